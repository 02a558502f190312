/// Why a grid code could not be formed.
public enum GridCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The grid number is outside 1–999.
    case numberOutOfRange(Int)
    /// The community identifier is empty or contains `#`.
    case invalidCommunityCode(String)

    public var description: String {
        switch self {
        case .numberOutOfRange(let number):
            "grid number \(number) is outside 1–\(GridCode.highestNumber); a community has at most \(GridCode.highestNumber) grids, so merge grids or reuse a retired number"
        case .invalidCommunityCode(let code):
            "community identifier \"\(code)\" cannot prefix a grid code; use the 12-digit statistical code or the name path, without \"#\""
        }
    }
}
