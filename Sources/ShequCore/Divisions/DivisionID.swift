/// The stable identity of a division: its statistical code when known, otherwise its name under its parent.
///
/// Identity never depends on row order. A division with a code is `"411502001"`; one without
/// is its parent's identity, a slash and its name: `"411502001/义阳居委会"`.
///
/// ```swift
/// let township = DivisionID(code: DivisionCode(unchecked: "411502001"))
/// let community = DivisionID(name: "义阳居委会", under: township)
/// community.rawValue  // "411502001/义阳居委会"
/// ```
public struct DivisionID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { rawValue = value }

    /// The identity of a division that has a statistical code.
    public init(code: DivisionCode) { rawValue = code.rawValue }

    /// The identity of a division without a code: its name under its parent (or alone, for a city).
    public init(name: String, under parent: DivisionID?) {
        rawValue = parent.map { "\($0.rawValue)/\(name)" } ?? name
    }

    public var description: String { rawValue }

    public static func < (lhs: DivisionID, rhs: DivisionID) -> Bool { lhs.rawValue < rhs.rawValue }
}
