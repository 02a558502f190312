/// The subject matter a measure is about: the topics Art. 30 names, or a local topic.
///
/// Written as a snake_case string, as plugins return it (`topic = "respect_elderly"`).
///
/// ```swift
/// MeasureTopic(rawValue: "dog_keeping")   // .dogKeeping
/// MeasureTopic(rawValue: "volunteer_service")?.chineseName   // "志愿服务"
/// ```
public enum MeasureTopic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 尊老爱幼: respect for the elderly and care for the young.
    case respectElderly
    /// 婚丧礼俗: wedding and funeral customs.
    case weddingFuneralCustoms
    /// 餐饮消费: dining and banquet spending.
    case banquetSpending
    /// 文明养犬: civilised dog-keeping.
    case dogKeeping
    /// 人居环境: the living environment.
    case livingEnvironment
    /// A topic the local convention adds (Art. 30's "等内容"), as a snake_case identifier.
    case local(String)

    /// The topics Art. 30 names, in its order.
    public static let named: [MeasureTopic] = [
        .respectElderly, .weddingFuneralCustoms, .banquetSpending, .dogKeeping, .livingEnvironment,
    ]

    /// Parses a snake_case topic; `nil` unless it is a named topic or a valid local
    /// identifier (a lowercase letter, then lowercase letters, digits or `_`, at most 64).
    public init?(rawValue: String) {
        switch rawValue {
        case "respect_elderly": self = .respectElderly
        case "wedding_funeral_customs": self = .weddingFuneralCustoms
        case "banquet_spending": self = .banquetSpending
        case "dog_keeping": self = .dogKeeping
        case "living_environment": self = .livingEnvironment
        default:
            guard MeasureTopic.isIdentifier(rawValue) else { return nil }
            self = .local(rawValue)
        }
    }

    /// The snake_case form.
    public var rawValue: String {
        switch self {
        case .respectElderly: "respect_elderly"
        case .weddingFuneralCustoms: "wedding_funeral_customs"
        case .banquetSpending: "banquet_spending"
        case .dogKeeping: "dog_keeping"
        case .livingEnvironment: "living_environment"
        case let .local(name): name
        }
    }

    /// The topic's Chinese name; local topics show a known name or their identifier.
    public var chineseName: String {
        switch self {
        case .respectElderly: "尊老爱幼"
        case .weddingFuneralCustoms: "婚丧礼俗"
        case .banquetSpending: "餐饮消费"
        case .dogKeeping: "文明养犬"
        case .livingEnvironment: "人居环境"
        case let .local(name): MeasureTopic.knownLocalNames[name] ?? "本地事项（\(name)）"
        }
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let topic = MeasureTopic(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "“\(text)” is not a topic: use respect_elderly, wedding_funeral_customs, banquet_spending, dog_keeping, living_environment or a snake_case local topic")
        }
        self = topic
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    private static let knownLocalNames = [
        "volunteer_service": "志愿服务",
        "garbage_sorting": "垃圾分类",
        "public_order": "公共秩序",
        "neighbourhood": "邻里和睦",
        "family_virtue": "家庭美德",
    ]

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.unicodeScalars.count <= 64 else {
            return false
        }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
