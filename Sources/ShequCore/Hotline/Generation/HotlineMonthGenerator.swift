import Foundation

/// Generates a realistic month of 12345 work orders over given communities, deterministic
/// by seed, so the analysis can be shown on a workspace without real hotline data (Art. 15).
///
/// Requests are spread over communities by their households, over the day with an evening
/// peak, and over categories by how often cities report them; each community has a few
/// problem places that draw repeated complaints. States are consistent: orders are
/// dispatched by category, completed mostly (a few late), and some calls back rated.
///
/// ```swift
/// let generator = HotlineMonthGenerator(seed: 7, requestsPerThousandHouseholds: 15)
/// let requests = generator.requests(communities: ["411502001/义阳居委会": 1200], year: 2026, month: 3)
/// ```
///
/// Everything generated is invented: the numbers start with `GEN-`.
public struct HotlineMonthGenerator: Sendable {
    /// One category of the catalogue.
    struct Category {
        var code: String
        var name: String
        var weight: Double
        var type: HotlineRequestType
        var department: String
        var deadlineHours: Int
        var descriptions: [String]
    }

    static let catalogue: [Category] = [
        Category(code: "0301", name: "噪音扰民", weight: 14, type: .complaint, department: "城市管理局", deadlineHours: 48,
                 descriptions: ["夜间施工噪音", "广场舞音响扰民", "商铺音响声音过大", "装修噪音影响休息"]),
        Category(code: "0302", name: "占道经营", weight: 10, type: .complaint, department: "城市管理局", deadlineHours: 72,
                 descriptions: ["商贩占用人行道", "早市摊位堵塞道路", "店外摆摊影响通行"]),
        Category(code: "0303", name: "环境卫生", weight: 9, type: .complaint, department: "城市管理局", deadlineHours: 72,
                 descriptions: ["垃圾清运不及时", "小区周边污水外溢", "公厕卫生差"]),
        Category(code: "0401", name: "物业管理", weight: 12, type: .complaint, department: "住房和城乡建设局", deadlineHours: 120,
                 descriptions: ["电梯经常停运", "物业不处理漏水", "小区门禁损坏"]),
        Category(code: "0402", name: "供水供暖", weight: 7, type: .help, department: "住房和城乡建设局", deadlineHours: 24,
                 descriptions: ["突然停水无通知", "水压过低", "暖气不热"]),
        Category(code: "0501", name: "燃气安全", weight: 3, type: .help, department: "应急管理局", deadlineHours: 4,
                 descriptions: ["楼道里有燃气味", "燃气管道锈蚀"]),
        Category(code: "0601", name: "食品安全", weight: 5, type: .report, department: "市场监督管理局", deadlineHours: 120,
                 descriptions: ["餐馆后厨卫生差", "超市售卖过期食品"]),
        Category(code: "0701", name: "社会治安", weight: 4, type: .report, department: "公安分局", deadlineHours: 24,
                 descriptions: ["夜间有人聚集喧哗", "电动车被盗"]),
        Category(code: "0801", name: "邻里纠纷", weight: 6, type: .help, department: "司法局", deadlineHours: 168,
                 descriptions: ["楼上漏水协商不成", "邻居占用公共楼道"]),
        Category(code: "0901", name: "政策咨询", weight: 12, type: .enquiry, department: "人民政府办公室", deadlineHours: 72,
                 descriptions: ["咨询医保缴费", "咨询低保申请条件", "咨询入学政策"]),
        Category(code: "0902", name: "意见建议", weight: 4, type: .suggestion, department: "人民政府办公室", deadlineHours: 120,
                 descriptions: ["建议增设电动车充电桩", "建议增设公交站点"]),
        Category(code: "0903", name: "表扬感谢", weight: 2, type: .praise, department: "人民政府办公室", deadlineHours: 120,
                 descriptions: ["感谢社区帮助", "感谢民警及时处置"]),
    ]

    static let streets = ["胜利路", "民权路", "工区路", "人民路", "解放路", "新华路", "东方红大道", "中山路", "北京路", "湖东路"]

    /// The seed: equal seeds give equal months.
    public var seed: UInt64
    /// How many requests a thousand households make in a month.
    public var requestsPerThousandHouseholds: Double
    /// The name prefixed to each department, e.g. `浉河区`.
    public var departmentPrefix: String

    /// Creates a generator.
    public init(seed: UInt64, requestsPerThousandHouseholds: Double = 15, departmentPrefix: String = "") {
        self.seed = seed
        self.requestsPerThousandHouseholds = requestsPerThousandHouseholds
        self.departmentPrefix = departmentPrefix
    }

    /// The requests of one month (China Standard Time) over the communities, keyed by the
    /// community's report key with its number of households; oldest first.
    public func requests(communities: [String: Int], year: Int, month: Int) -> [HotlineRequest] {
        let calendar = Calendar.chinaStandard
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let days = calendar.range(of: .day, in: .month, for: start)?.count else { return [] }
        var random = SeededRandom(seed: seed, stream: "hotline \(year)-\(month)")
        let codes = communities.keys.sorted()
        var requests: [HotlineRequest] = []
        var serial = 0
        let categoryWeights = Self.catalogue.map(\.weight)
        let hourWeights: [Double] = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 3, 5, 6, 6, 5, 4, 4, 5, 5, 5, 5, 6, 7, 8, 7, 5, 3]
        for code in codes {
            let households = communities[code] ?? 0
            let expected = Double(households) * requestsPerThousandHouseholds / 1000
            let count = Int(expected) + (random.chance(expected - Double(Int(expected))) ? 1 : 0)
            let hotspots = (0..<3).map { _ in "\(Self.streets[Int(random.next() % UInt64(Self.streets.count))])\(1 + Int(random.next() % 60))号" }
            for _ in 0..<count {
                serial += 1
                let category = Self.catalogue[random.weighted(categoryWeights)]
                let day = Int(random.next() % UInt64(days))
                let hour = random.weighted(hourWeights)
                let minute = Int(random.next() % 60)
                let requestedAt = start.addingTimeInterval(Double(day * 86_400 + hour * 3600 + minute * 60))
                let address = category.type == .complaint && random.chance(0.3)
                    ? hotspots[Int(random.next() % 3)]
                    : "\(Self.streets[Int(random.next() % UInt64(Self.streets.count))])\(1 + Int(random.next() % 200))号"
                let channel: HotlineChannel = [.phone, .phone, .phone, .wechat, .web, .app, .transferFrom110][Int(random.next() % 7)]
                var request = HotlineRequest(
                    id: "GEN-\(year)\(month < 10 ? "0" : "")\(month)-\(String(format: "%06d", serial))",
                    serviceCode: category.code, serviceName: category.name, type: category.type, channel: channel,
                    description: category.descriptions[Int(random.next() % UInt64(category.descriptions.count))],
                    address: address, communityCode: code, requestedAt: requestedAt)
                settle(&request, category, &random)
                requests.append(request)
            }
        }
        return requests.sorted { ($0.requestedAt, $0.id) < ($1.requestedAt, $1.id) }
    }

    /// Gives the order a consistent state: received, with a unit, completed (some late) or called back.
    private func settle(_ request: inout HotlineRequest, _ category: Category, _ random: inout SeededRandom) {
        let roll = random.unit()
        guard roll >= 0.05 else { return }
        let deadline = request.requestedAt.addingTimeInterval(Double(category.deadlineHours) * 3600)
        request.agencyResponsible = departmentPrefix + category.department
        request.expectedAt = deadline
        request.status = .dispatched
        guard roll >= 0.15 else { return }
        // Most orders finish within the deadline; about one in ten runs over.
        let share = random.chance(0.1) ? 1 + random.unit() : 0.1 + 0.85 * random.unit()
        let completedAt = request.requestedAt.addingTimeInterval(Double(category.deadlineHours) * 3600 * share)
        request.completedAt = completedAt
        request.updatedAt = completedAt
        request.status = .completed
        guard roll >= 0.6 else { return }
        request.status = .visited
        request.updatedAt = completedAt.addingTimeInterval(86_400)
        let answers: [HotlineSatisfaction] = [.verySatisfied, .satisfied, .basicallySatisfied, .dissatisfied, .veryDissatisfied]
        request.satisfaction = answers[random.weighted([30, 40, 15, 10, 5])]
    }
}
