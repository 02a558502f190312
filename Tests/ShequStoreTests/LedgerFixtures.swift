import ShequCore

/// Conventions, events and measures the ledger cases write, in the two communities of ``Hierarchy``.
enum LedgerFixtures {
    static let community = CommunityID(Hierarchy.community.id.rawValue)
    static let village = CommunityID(Hierarchy.village.id.rawValue)
    static let plugin = PluginReference(id: "xinyang.points", version: "1.0.0")

    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    static func event(_ id: String, in community: CommunityID = community, household: String = "h-1", on date: String = "2025-06-03",
                      kind: String = "elder_care") -> BehaviourEvent {
        BehaviourEvent(id: id, kind: kind, subject: .household(household), community: community,
                       occurredOn: day(date), reporter: "网格员张敏")
    }

    /// Rules whose version 1 is in force from 2025-05-01.
    static func filedRules(for community: CommunityID = community) throws -> Convention {
        let articles = (1...8).map { ConventionArticle(number: $0, text: "第\($0)条内容") }
        var c = try Convention.draft(id: ConventionID("cv-\(community.rawValue)"), community: community, kind: .villageRules,
                                     title: "村规民约", articles: articles, on: day("2025-02-20"), by: "村民委员会").convention
        c = try c.advancing(version: 1, with: .gatherOpinions(OpinionSolicitation(
            from: day("2025-03-01"), through: day("2025-03-10"), opinionsReceived: 12, summary: "无异议")), by: "村委会").convention
        c = try c.advancing(version: 1, with: .review(TownshipReview(
            office: "街道办事处", on: day("2025-03-15"), approved: true, opinion: "同意")), by: "街道办事处").convention
        c = try c.advancing(version: 1, with: .vote(MeetingVote(
            body: .villagersMeeting, held: day("2025-04-05"), eligible: 800, present: 500, votesFor: 450,
            against: 30, abstained: 20, womenPresent: 230)), by: "村民会议").convention
        c = try c.advancing(version: 1, with: .file(ConventionFiling(
            office: "街道办事处", filedOn: day("2025-04-10"), publishedOn: day("2025-04-12"),
            effectiveFrom: day("2025-05-01"))), by: "街道办事处").convention
        return c
    }

    static func bounds() throws -> MeasureBounds {
        try MeasureDeclaration(plugin: plugin, measures: [
            DeclaredMeasure(kind: "award_points", maxPointsPerEvent: 10),
        ]).validate(file: "plugin.lua")
    }

    static func award(_ points: Int) -> MeasureProposal {
        MeasureProposal(kind: "award_points", fields: [
            "points": .integer(points), "topic": .string("respect_elderly"), "article": .string("第五条"),
            "reason": .string("照料空巢老人，奖励\(points)分"),
        ])
    }

    /// `ledger` after awarding `points` for each event under `community`'s rules.
    static func awarding(_ points: Int, for events: [BehaviourEvent], on ledger: PointsLedger,
                         in community: CommunityID = community) throws -> PointsLedger {
        ledger.run(events.map { (event: $0, proposals: [award(points)]) }, convention: try filedRules(for: community),
                   bounds: try bounds(), recordedOn: day("2025-06-30")).ledger
    }
}
