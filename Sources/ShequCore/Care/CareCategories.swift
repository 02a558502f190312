/// The set of care categories a resident belongs to (Art. 19–20), storable as one integer.
///
/// ```swift
/// var care: CareCategories = [.minimumSubsistence, .disability]
/// care.keys  // ["dibao", "disability"]
/// CareCategories(bitmask: care.bitmask) == care  // true
/// ```
public struct CareCategories: Sendable, Hashable, Codable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// One bit per ``CareCategory/rawValue``.
    public private(set) var bitmask: Int

    public init(bitmask: Int) { self.bitmask = bitmask }

    public init(arrayLiteral elements: CareCategory...) {
        bitmask = 0
        for element in elements { insert(element) }
    }

    public init<S: Sequence>(_ categories: S) where S.Element == CareCategory {
        bitmask = 0
        for category in categories { insert(category) }
    }

    public var isEmpty: Bool { bitmask == 0 }

    public func contains(_ category: CareCategory) -> Bool { bitmask & (1 << category.rawValue) != 0 }

    public mutating func insert(_ category: CareCategory) { bitmask |= 1 << category.rawValue }

    /// The categories in declaration order.
    public var categories: [CareCategory] { CareCategory.allCases.filter(contains) }

    /// The file and JSON keys, in declaration order.
    public var keys: [String] { categories.map(\.key) }

    public var description: String { keys.joined(separator: ";") }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.singleValueContainer().decode([String].self)
        var set = CareCategories()
        for key in keys {
            guard let category = CareCategory(key: key) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "unknown care category '\(key)': expected one of \(CareCategory.allCases.map(\.key).joined(separator: ", "))"))
            }
            set.insert(category)
        }
        self = set
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(keys)
    }
}
