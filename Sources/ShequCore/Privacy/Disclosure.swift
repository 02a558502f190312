/// Which sensitive data a caller explicitly asks to see. The default, `[]`, reveals nothing sensitive.
///
/// Privacy rules, applied by every store before data leaves it:
/// - ID numbers and phone numbers are masked (``Masking``) unless ``identifiers`` is present.
/// - Care categories (Art. 19–20) are omitted (`nil`) unless ``care`` is present.
///
/// ```swift
/// let resident = try await store.residents.resident(id: id, disclosure: [.identifiers, .care])
/// ```
public struct Disclosure: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Full ID numbers and phone numbers.
    public static let identifiers = Disclosure(rawValue: 1 << 0)
    /// Care categories (Art. 19–20).
    public static let care = Disclosure(rawValue: 1 << 1)
    /// Everything.
    public static let all: Disclosure = [.identifiers, .care]
}
