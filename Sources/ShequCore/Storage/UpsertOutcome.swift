/// What an upsert did to the store: wrote new or changed data, or found it already there.
///
/// Re-importing the same file yields only ``unchanged``: imports are idempotent.
public enum UpsertOutcome: Sendable, Hashable {
    /// The row was inserted or its values changed.
    case written
    /// A row with the same identity and the same values was already stored.
    case unchanged
}
