/// A hotline write the store refuses because it would rewrite recorded history (Art. 15).
public enum HotlineStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The request's stored status changes are not the start of its new history.
    case historyRewritten(request: String)

    public var description: String {
        switch self {
        case .historyRewritten(let request):
            "工单 \(request): the stored status history is not the start of the new one; status changes are append-only, so record a new change instead of editing an old one"
        }
    }
}
