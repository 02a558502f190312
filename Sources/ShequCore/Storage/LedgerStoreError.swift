/// A ledger change the store refuses.
public enum LedgerStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Someone wrote entries between reading the ledger and committing.
    case ledgerMoved(expected: Int, found: Int)
    /// An entry id is already stored.
    case duplicateEntry(id: String)

    public var description: String {
        switch self {
        case .ledgerMoved(let expected, let found):
            "the points ledger changed while this command ran (expected \(expected) entries, found \(found)); nothing was written: run the command again"
        case .duplicateEntry(let id):
            "ledger entry '\(id)' is already stored; entries are never rewritten, so nothing was written"
        }
    }
}
