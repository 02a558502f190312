/// A person who mediates disputes locally (Art. 35 ¶3).
///
/// ```swift
/// let mediator = Mediator(id: "w-17", name: "刘某", kind: .peoplesMediator)
/// ```
public struct Mediator: Sendable, Hashable, Codable, Identifiable {
    /// The kinds of mediator Art. 35 ¶3 names.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 网格员
        case gridWorker = "grid_worker"
        /// 人民调解员
        case peoplesMediator = "peoples_mediator"
        /// 法律顾问
        case legalAdviser = "legal_adviser"
        /// 平安志愿者
        case volunteer

        /// The kind in Chinese.
        public var chineseName: String {
            switch self {
            case .gridWorker: "网格员"
            case .peoplesMediator: "人民调解员"
            case .legalAdviser: "法律顾问"
            case .volunteer: "平安志愿者"
            }
        }
    }

    /// The mediator's id: a `workerID` for grid workers and mediators on staff, otherwise a `residentID` or any stable id.
    public var id: String
    /// The mediator's name.
    public var name: String
    /// Grid worker, people's mediator, legal adviser or volunteer.
    public var kind: Kind

    /// Creates a mediator.
    public init(id: String, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}
