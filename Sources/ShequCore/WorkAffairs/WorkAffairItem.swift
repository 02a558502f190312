/// One entry of a work-affairs catalogue (工作事务指导目录, Art. 40).
///
/// The `id` is stable across versions and across a city and its counties, so that a
/// county can adjust an item it inherits.
///
/// ```swift
/// let item = WorkAffairItem(
///     id: "A-07", category: .assistance, title: "协助开展人口普查",
///     keywords: ["人口普查", "入户登记"])
/// ```
public struct WorkAffairItem: Sendable, Hashable, Codable, Identifiable {
    /// The item's code in the catalogue, e.g. `"Z-01"`; unique within the effective catalogue.
    public var id: String
    /// Which list the item is on.
    public var category: WorkAffairCategory
    /// The item as the catalogue words it (Chinese).
    public var title: String
    /// Words and local synonyms that help map a free-text task to this item.
    public var keywords: [String]
    /// The department that owns the work, when the catalogue names one.
    public var responsibleDepartment: String?
    /// A note from the catalogue (scope, exceptions), in Chinese.
    public var note: String?

    /// Creates a catalogue item.
    public init(
        id: String,
        category: WorkAffairCategory,
        title: String,
        keywords: [String] = [],
        responsibleDepartment: String? = nil,
        note: String? = nil
    ) {
        self.id = id
        self.category = category
        self.title = title
        self.keywords = keywords
        self.responsibleDepartment = responsibleDepartment
        self.note = note
    }
}
