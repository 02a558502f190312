import Foundation
@testable import ShequCore

/// A city (信阳市) with two counties, catalogues as a small real-looking example.
enum CatalogueFixture {
    static let city = CatalogueJurisdiction(divisionCode: "411500", name: "信阳市", level: .city)
    static let guangshan = CatalogueJurisdiction(divisionCode: "411522", name: "光山县", level: .county, parentDivisionCode: "411500")
    static let shihe = CatalogueJurisdiction(divisionCode: "411502", name: "浉河区", level: .district, parentDivisionCode: "411500")

    static let meetings = WorkAffairItem(id: "Z-01", category: .mainDuty, title: "组织召开居(村)民会议", keywords: ["居民会议", "村民会议"])
    static let conventions = WorkAffairItem(id: "Z-02", category: .mainDuty, title: "组织修订村规民约、居民公约")
    static let census = WorkAffairItem(id: "X-01", category: .assistance, title: "协助开展人口普查", keywords: ["普查"])
    static let insurance = WorkAffairItem(id: "X-02", category: .assistance, title: "协助城乡居民医保参保登记", keywords: ["医保"])
    static let enforcement = WorkAffairItem(id: "F-01", category: .negative, title: "城市管理行政执法", keywords: ["执法", "拆违"])
    static let attendance = WorkAffairItem(id: "F-02", category: .negative, title: "为辖区单位出具无法核实的证明", keywords: ["证明"])

    /// City v1 on day 0 (Z-01, Z-02, X-01, X-02, F-01); v2 on day 100 adds F-02 and moves X-02 to the negative list.
    /// Guangshan v1 on day 10 makes X-01 a main duty locally and adds G-01.
    static func hierarchy() throws -> CatalogueHierarchy {
        var hierarchy = CatalogueHierarchy()
        try hierarchy.register(city)
        try hierarchy.register(guangshan)
        try hierarchy.register(shihe)
        try hierarchy.record(CatalogueVersion(
            number: 1, effectiveFrom: day(0), author: "信阳市民政局 王某",
            reason: "依据条例第四十条制定首版工作事务指导目录",
            changes: [.add(meetings), .add(conventions), .add(census), .add(insurance), .add(enforcement)]), for: "411500")
        try hierarchy.record(CatalogueVersion(
            number: 2, effectiveFrom: day(100), author: "信阳市民政局 王某",
            reason: "市政府常务会议决定调整目录",
            changes: [
                .add(attendance),
                .adjust(WorkAffairItem(id: "X-02", category: .negative, title: "城乡居民医保费用催缴")),
            ]), for: "411500")
        try hierarchy.record(CatalogueVersion(
            number: 1, effectiveFrom: day(10), author: "光山县民政局 赵某",
            reason: "县政府通知：人口信息采集纳入村级主责",
            changes: [
                .adjust(WorkAffairItem(id: "X-01", category: .mainDuty, title: "人口信息采集")),
                .add(WorkAffairItem(id: "G-01", category: .mainDuty, title: "茶园防火巡查宣传")),
            ]), for: "411522")
        return hierarchy
    }
}
