/// The stable code of a grid: the community's code followed by a three-digit grid
/// number, after the county–township–community–grid structure of CJ/T 349.
///
/// For a community with a 12-digit statistical code the grid code is 15 digits:
///
/// ```
/// 411502 001 001 003
/// │      │   │   └── grid number within the community, 001–999
/// │      │   └────── community within the township (digits 10–12)
/// │      └────────── township within the county (digits 7–9)
/// └───────────────── county or district (digits 1–6)
/// ```
///
/// A community without a statistical code (the reference data carries none, and new
/// communities have none for a while) gets a *provisional* code: its identifier (the
/// name path, e.g. `信阳市/浉河区/老城街道办事处/义阳居委会`) followed by `#` and the
/// three-digit number. `#` never occurs in a statistical code, so the two forms never
/// collide. When the community later receives its statistical code, each grid keeps its
/// number and only the prefix changes.
///
/// Codes are unique because a community's identifier is unique and a grid number is
/// used for one grid only within its community (see ``GridNumbering``).
///
/// ```swift
/// let code = try GridCode(communityCode: "411502001001", number: 3)
/// code.rawValue      // "411502001001003"
/// code.countyCode    // "411502"
/// code.townshipCode  // "411502001"
/// ```
public struct GridCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The highest grid number a community can use; three digits, as in CJ/T 349.
    public static let highestNumber = 999

    /// The community's identifier: its 12-digit statistical code or its name path.
    public let communityCode: String
    /// The grid number within the community, 1 to ``highestNumber``.
    public let number: Int

    /// Creates the code of grid `number` in the community `communityCode`.
    ///
    /// - Throws: ``GridCodeError`` when the number is outside 1–999 or the community
    ///   identifier is empty or contains `#`.
    public init(communityCode: String, number: Int) throws(GridCodeError) {
        guard (1...GridCode.highestNumber).contains(number) else {
            throw .numberOutOfRange(number)
        }
        guard !communityCode.isEmpty, !communityCode.contains("#") else {
            throw .invalidCommunityCode(communityCode)
        }
        self.communityCode = communityCode
        self.number = number
    }

    /// Parses a code in either form; `nil` when it is neither.
    public init?(rawValue: String) {
        if rawValue.count == 15, rawValue.allSatisfy(\.isASCIIDigit) {
            guard let number = Int(rawValue.suffix(3)),
                  let code = try? GridCode(communityCode: String(rawValue.prefix(12)), number: number)
            else { return nil }
            self = code
            return
        }
        guard let hash = rawValue.lastIndex(of: "#") else { return nil }
        let digits = rawValue[rawValue.index(after: hash)...]
        guard digits.count == 3, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits),
              let code = try? GridCode(communityCode: String(rawValue[..<hash]), number: number),
              !code.isStatistical
        else { return nil }
        self = code
    }

    /// Whether the community has a 12-digit statistical code (otherwise the code is provisional).
    public var isStatistical: Bool {
        communityCode.count == 12 && communityCode.allSatisfy(\.isASCIIDigit)
    }

    /// The code as text: 15 digits, or `<community name path>#NNN` when provisional.
    public var rawValue: String {
        let digits = String(number)
        let padded = String(repeating: "0", count: 3 - digits.count) + digits
        return isStatistical ? communityCode + padded : communityCode + "#" + padded
    }

    /// The 6-digit county or district code, when the community's code is statistical.
    public var countyCode: String? { isStatistical ? String(communityCode.prefix(6)) : nil }

    /// The 9-digit township or street-office code, when the community's code is statistical.
    public var townshipCode: String? { isStatistical ? String(communityCode.prefix(9)) : nil }

    public var description: String { rawValue }

    public static func < (lhs: GridCode, rhs: GridCode) -> Bool {
        (lhs.communityCode, lhs.number) < (rhs.communityCode, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = GridCode(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(text)\" is not a grid code; expected 15 digits or <community>#NNN"
            )
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
