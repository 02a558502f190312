/// One edit in a catalogue version: an item added, adjusted or removed (动态调整, Art. 40 ¶1).
///
/// A county uses `.adjust` and `.remove` on items it inherits from its city.
///
/// ```swift
/// let change = CatalogueChange.adjust(
///     WorkAffairItem(id: "A-07", category: .mainDuty, title: "人口信息登记"))
/// ```
public enum CatalogueChange: Sendable, Hashable, Codable {
    /// Adds an item whose id is not yet in the effective catalogue.
    case add(WorkAffairItem)
    /// Replaces an item already in the effective catalogue (own or inherited), matched by id.
    case adjust(WorkAffairItem)
    /// Removes an item (own or inherited) from the effective catalogue.
    case remove(itemID: String)

    /// The id of the item the change touches.
    public var itemID: String {
        switch self {
        case .add(let item), .adjust(let item): item.id
        case .remove(let itemID): itemID
        }
    }
}
