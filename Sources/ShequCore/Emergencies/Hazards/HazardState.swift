/// The state of a hazard finding, from discovery to verified removal (隐患整改销号).
///
/// ```
/// 待整改 → 整改中 → 待验收 → 已销号
///    ↘ 待验收 (fixed on the spot)   待验收 → 整改中 (verification failed)
/// ```
public enum HazardState: String, LifecycleState {
    /// Found, not yet being fixed (待整改).
    case open
    /// Being fixed (整改中).
    case rectifying
    /// Reported fixed, waiting for verification (待验收).
    case awaitingVerification
    /// Verified fixed and struck off (已销号).
    case verified

    public var chineseName: String {
        switch self {
        case .open: "待整改"
        case .rectifying: "整改中"
        case .awaitingVerification: "待验收"
        case .verified: "已销号"
        }
    }

    public var successors: Set<HazardState> {
        switch self {
        case .open: [.rectifying, .awaitingVerification]
        case .rectifying: [.awaitingVerification]
        case .awaitingVerification: [.verified, .rectifying]
        case .verified: []
        }
    }
}
