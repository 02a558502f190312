/// The same-place key of a request: its community and its address, normalised.
///
/// Spaces and punctuation are dropped, full-width letters and digits made half-width
/// and Latin letters lower-cased, so `胜利路１２号` and `胜利路 12 号` are one place.
public struct HotlinePlaceKey: Sendable, Hashable, Codable, Comparable {
    /// The community's code or name path.
    public var communityCode: String
    /// The normalised address.
    public var address: String

    /// The key of a community and an address as given.
    public init(communityCode: String, address: String) {
        self.communityCode = communityCode
        self.address = Self.normalise(address)
    }

    /// The key of a request's place.
    public init(_ request: HotlineRequest) {
        self.init(communityCode: request.communityCode, address: request.address)
    }

    /// Whether the address says nothing, so it cannot identify a place.
    public var isEmpty: Bool { address.isEmpty }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.communityCode, lhs.address) < (rhs.communityCode, rhs.address)
    }

    static func normalise(_ address: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in address.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x3000 { continue }
            guard let normal = Unicode.Scalar(value) else { continue }
            if normal.properties.isWhitespace || Self.ignored.contains(normal) { continue }
            scalars.append(contentsOf: String(normal).lowercased().unicodeScalars)
        }
        return String(scalars)
    }

    private static let ignored: Set<Unicode.Scalar> = [
        ",", ".", "-", "_", "(", ")", "#", "/", "，", "。", "、", "（", "）", "—", "·", "－",
    ]
}
