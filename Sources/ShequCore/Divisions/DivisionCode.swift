/// A statistical division code (统计用区划代码): 6 digits for a city or county, 9 for a township, 12 for a community.
///
/// ```swift
/// let code = try DivisionCode(validating: "411502001", level: .township)
/// code.isDescendant(of: DivisionCode(unchecked: "411502"))  // true
/// ```
public struct DivisionCode: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The digits of the code.
    public let rawValue: String

    /// Wraps digits already known to be a valid code (read back from a store).
    public init(unchecked digits: String) { rawValue = digits }

    public init?(rawValue: String) {
        guard Self.isAllDigits(rawValue), [6, 9, 12].contains(rawValue.utf8.count) else { return nil }
        self.rawValue = rawValue
    }

    /// Validates `digits` as the code of a division at `level`.
    /// - Throws: ``DivisionCodeError`` naming what was expected.
    public init(validating digits: String, level: DivisionLevel) throws(DivisionCodeError) {
        guard Self.isAllDigits(digits) else { throw .notDigits(digits) }
        guard digits.utf8.count == level.codeLength else {
            throw .wrongLength(digits, expected: level.codeLength, level: level)
        }
        rawValue = digits
    }

    /// Whether this code lies under `ancestor` in the statistical scheme.
    ///
    /// A county (6 digits) lies under its city when their first four digits agree;
    /// a township or community lies under an ancestor whose digits it starts with.
    public func isDescendant(of ancestor: DivisionCode) -> Bool {
        if rawValue.utf8.count == 6 && ancestor.rawValue.utf8.count == 6 {
            return rawValue != ancestor.rawValue && rawValue.prefix(4) == ancestor.rawValue.prefix(4)
        }
        return rawValue.utf8.count > ancestor.rawValue.utf8.count && rawValue.hasPrefix(ancestor.rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: DivisionCode, rhs: DivisionCode) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isAllDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}

/// Why a text is not a valid ``DivisionCode``.
public enum DivisionCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    case notDigits(String)
    case wrongLength(String, expected: Int, level: DivisionLevel)

    public var description: String {
        switch self {
        case .notDigits(let text):
            "'\(text)' is not a division code: expected only digits 0-9"
        case .wrongLength(let text, let expected, let level):
            "'\(text)' has \(text.utf8.count) digits: a \(level) code has \(expected)"
        }
    }
}
