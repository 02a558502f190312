import ShequCore

/// A small deterministic random source (SplitMix64), so generated communities are the
/// same on every run and failures can be reproduced from the seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates communities shaped like Xinyang's: urban ones of residential buildings
/// (with the odd empty building, school or market), rural ones of natural villages.
enum CommunityGenerator {
    static let roads = ["义阳路", "民权路", "胜利路", "中山路", "新华路"]
    static let villageNames = ["黄湾", "李家洼", "张庄", "王岗", "刘楼", "陈畈", "周冲", "吴家店"]
    static let chineseNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                 "十一", "十二", "十三", "十四", "十五", "十六"]

    static func community(index: Int, seed: UInt64) -> DivisionCommunity {
        var random = SeededGenerator(seed: seed &+ UInt64(index) &* 7919)
        let kind: CommunityKind = Bool.random(using: &random) ? .urban : .rural
        let code = "411502" + pad(index / 40 % 1000, 3) + pad(index % 1000, 3)
        let withCoordinates = Int.random(in: 0..<5, using: &random) != 0
        let center = (lon: 114.07 + Double.random(in: -0.5...0.5, using: &random),
                      lat: 32.12 + Double.random(in: -0.5...0.5, using: &random))
        var units: [DivisionUnit] = []
        var householdSerial = 0

        func households(_ count: Int) -> [String] {
            defer { householdSerial += count }
            return (0..<count).map { "\(code)-H\(householdSerial + $0)" }
        }
        func coordinate() -> GeoCoordinate? {
            guard withCoordinates else { return nil }
            return GeoCoordinate(lon: center.lon + Double.random(in: -0.01...0.01, using: &random),
                                 lat: center.lat + Double.random(in: -0.01...0.01, using: &random))
        }

        switch kind {
        case .urban:
            let road = roads.randomElement(using: &random)!
            let numbers = Array(1...60).shuffled(using: &random).prefix(Int.random(in: 1...40, using: &random))
            for number in numbers {
                let roll = Int.random(in: 0..<30, using: &random)
                let count = roll == 0 ? 0 : Int.random(in: 8...140, using: &random)
                let dedicated: GridKind? = roll == 1 ? .school : (roll == 2 ? .market : nil)
                units.append(DivisionUnit(id: "\(code)-B\(number)", kind: .building, address: "\(road)\(number)号楼",
                                          householdIDs: households(count), coordinate: coordinate(),
                                          dedicated: dedicated))
            }
        case .rural:
            let count = Int.random(in: 1...16, using: &random)
            for number in 0..<count {
                let name = villageNames[number % villageNames.count]
                let size = Int.random(in: 0..<8, using: &random) == 0
                    ? Int.random(in: 400...900, using: &random)
                    : Int.random(in: 15...250, using: &random)
                units.append(DivisionUnit(id: "\(code)-V\(number)", kind: .naturalVillage,
                                          address: "第\(chineseNumbers[number])组\(name)",
                                          householdIDs: households(size), coordinate: coordinate()))
            }
        }
        units.shuffle(using: &random)
        return DivisionCommunity(communityCode: code, communityName: kind == .urban ? "义阳居委会" : "吴家店村委会",
                                 townshipName: kind == .urban ? "老城街道办事处" : "吴家店镇", kind: kind, units: units)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A small fixed community: four buildings of 3, 2, 2 and 1 households.
    static func small() -> DivisionCommunity {
        DivisionCommunity(
            communityCode: "411502001001", communityName: "义阳居委会", townshipName: "老城街道办事处", kind: .urban,
            units: [
                DivisionUnit(id: "B-3", kind: .building, address: "义阳路3号楼", householdIDs: ["H-1", "H-2", "H-3"],
                             coordinate: GeoCoordinate(lon: 114.070, lat: 32.120)),
                DivisionUnit(id: "B-12", kind: .building, address: "义阳路12号楼", householdIDs: ["H-4", "H-5"],
                             coordinate: GeoCoordinate(lon: 114.075, lat: 32.121)),
                DivisionUnit(id: "B-5", kind: .building, address: "义阳路5号楼", householdIDs: ["H-6", "H-7"],
                             coordinate: GeoCoordinate(lon: 114.072, lat: 32.126)),
                DivisionUnit(id: "B-20", kind: .building, address: "义阳路20号楼", householdIDs: ["H-8"],
                             coordinate: GeoCoordinate(lon: 114.078, lat: 32.119)),
            ]
        )
    }
}
