import Testing
@testable import ShequCore

@Suite("Convention lifecycle (Art. 30)")
struct ConventionLifecycleTests {
    func draft() throws -> ConventionVersion {
        try Convention.draft(id: Fixtures.conventionID, community: Fixtures.village, kind: .villageRules,
                             title: "某村村规民约", articles: Fixtures.articles(8), on: Fixtures.day("2025-02-20"),
                             by: "村民委员会").convention.versions[0]
    }

    @Test("drafted → opinions → reviewed → adopted → filed, each step audited")
    func legalPath() throws {
        let v0 = try draft()
        let t1 = try v0.applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会")
        let t2 = try t1.version.applying(.review(Fixtures.review), by: "弦山街道办事处")
        let t3 = try t2.version.applying(.vote(Fixtures.vote), by: "村民会议")
        let t4 = try t3.version.applying(.file(Fixtures.filing), by: "弦山街道办事处")
        #expect([t1, t2, t3, t4].map(\.version.stage) == [.drafted, .reviewed, .adopted, .filed])
        #expect([t1, t2, t3, t4].map(\.record.action) == ["gather_opinions", "review", "vote", "file"])
        #expect(t3.record.from == .reviewed && t3.record.to == .adopted)
        #expect(t3.record.summary.contains("实到530（其中妇女241）"))
        #expect(t4.version.effectiveFrom == Fixtures.day("2025-05-01"))
        // Each step returned a new value; the earlier ones are untouched.
        #expect(v0.stage == .drafted && v0.opinions.isEmpty)
        #expect(t2.version.vote == nil)
    }

    @Test("steps out of order are refused", arguments: ["vote", "file", "review-twice"])
    func outOfOrder(_ which: String) throws {
        let drafted = try draft().applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会").version
        switch which {
        case "vote":
            #expect(throws: ConventionError.stepNotAllowed(step: "vote", stage: .drafted, requires: .reviewed)) {
                try drafted.applying(.vote(Fixtures.vote), by: "村民会议")
            }
        case "file":
            #expect(throws: ConventionError.stepNotAllowed(step: "file", stage: .drafted, requires: .adopted)) {
                try drafted.applying(.file(Fixtures.filing), by: "弦山街道办事处")
            }
        default:
            let reviewed = try drafted.applying(.review(Fixtures.review), by: "弦山街道办事处").version
            #expect(throws: ConventionError.stepNotAllowed(step: "review", stage: .reviewed, requires: .drafted)) {
                try reviewed.applying(.review(Fixtures.review), by: "弦山街道办事处")
            }
        }
    }

    @Test("review needs residents' opinions first")
    func reviewWithoutOpinions() throws {
        #expect(throws: ConventionError.noOpinionsGathered) {
            try draft().applying(.review(Fixtures.review), by: "弦山街道办事处")
        }
    }

    @Test("a draft sent back by the township is closed and cannot go to the vote")
    func returned() throws {
        let sentBack = TownshipReview(office: "弦山街道办事处", on: Fixtures.day("2025-03-20"), approved: false,
                                      opinion: "第六条罚款规定与法律相抵触，请修改")
        let v = try draft().applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会").version
            .applying(.review(sentBack), by: "弦山街道办事处").version
        #expect(v.stage == .returned)
        #expect(throws: ConventionError.stepNotAllowed(step: "vote", stage: .returned, requires: .reviewed)) {
            try v.applying(.vote(Fixtures.vote), by: "村民会议")
        }
    }

    @Test("a meeting without quorum decides nothing; a majority against closes the version")
    func votes() throws {
        let reviewed = try draft().applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会").version
            .applying(.review(Fixtures.review), by: "弦山街道办事处").version
        let thin = MeetingVote(body: .villagersMeeting, held: Fixtures.day("2025-04-10"), eligible: 820, present: 400,
                               votesFor: 390, against: 0, abstained: 0, womenPresent: 100)
        #expect(throws: ConventionError.noQuorum(body: .villagersMeeting, present: 400, eligible: 820)) {
            try reviewed.applying(.vote(thin), by: "村民会议")
        }
        let against = MeetingVote(body: .villagersMeeting, held: Fixtures.day("2025-04-10"), eligible: 820, present: 500,
                                  votesFor: 200, against: 280, abstained: 20, womenPresent: 100)
        let rejected = try reviewed.applying(.vote(against), by: "村民会议")
        #expect(rejected.version.stage == .rejected)
        #expect(rejected.record.summary.contains("表决未通过"))
    }

    @Test("inconsistent vote counts are refused with the field")
    func invalidVote() throws {
        let reviewed = try draft().applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会").version
            .applying(.review(Fixtures.review), by: "弦山街道办事处").version
        let bad = MeetingVote(body: .villagersMeeting, held: Fixtures.day("2025-04-10"), eligible: 500, present: 600,
                              votesFor: 400, against: 0, abstained: 0, womenPresent: 100)
        #expect(throws: ConventionError.invalidVote(.moreThanEligible(present: 600, eligible: 500))) {
            try reviewed.applying(.vote(bad), by: "村民会议")
        }
    }

    @Test("a residents' meeting cannot adopt village rules")
    func wrongBody() throws {
        let reviewed = try draft().applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会").version
            .applying(.review(Fixtures.review), by: "弦山街道办事处").version
        let residents = MeetingVote(body: .residentsMeeting, held: Fixtures.day("2025-04-10"), eligible: 820, present: 530,
                                    votesFor: 498, against: 20, abstained: 12, womenPresent: 241)
        #expect(throws: ConventionError.bodyCannotAdopt(kind: .villageRules, body: .residentsMeeting)) {
            try reviewed.applying(.vote(residents), by: "居民会议")
        }
    }

    @Test("dates must follow the steps: effect before publication, vote before review are refused")
    func dates() throws {
        let adopted = try draft().applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会").version
            .applying(.review(Fixtures.review), by: "弦山街道办事处").version
            .applying(.vote(Fixtures.vote), by: "村民会议").version
        let early = ConventionFiling(office: "弦山街道办事处", filedOn: Fixtures.day("2025-04-20"),
                                     publishedOn: Fixtures.day("2025-04-22"), effectiveFrom: Fixtures.day("2025-04-21"))
        #expect(throws: ConventionError.dateBeforeEarlierStep(field: "filing.effective_from", day: Fixtures.day("2025-04-21"),
                                                              earlierField: "filing.published_on", earlier: Fixtures.day("2025-04-22"))) {
            try adopted.applying(.file(early), by: "弦山街道办事处")
        }
        let beforeVote = ConventionFiling(office: "弦山街道办事处", filedOn: Fixtures.day("2025-04-01"),
                                          publishedOn: Fixtures.day("2025-04-22"), effectiveFrom: Fixtures.day("2025-05-01"))
        #expect(throws: ConventionError.self) { try adopted.applying(.file(beforeVote), by: "弦山街道办事处") }
    }

    @Test("the reviewing and filing offices must be named")
    func offices() throws {
        let drafted = try draft().applying(.gatherOpinions(Fixtures.opinions), by: "村民委员会").version
        let unnamed = TownshipReview(office: "  ", on: Fixtures.day("2025-03-20"), approved: true, opinion: "同意")
        #expect(throws: ConventionError.blankField("review.office")) { try drafted.applying(.review(unnamed), by: "x") }
    }

    @Test("the hook sees the version's public text, not its vote records")
    func hookContext() throws {
        let version = try Fixtures.villageRules().versions[1]
        let context = version.hookContext
        #expect(context["version"] == .integer(2))
        #expect(context["effective_from"] == .string("2025-09-01"))
        guard case let .list(articles)? = context["articles"] else {
            Issue.record("no articles")
            return
        }
        #expect(articles.count == 9)
        #expect(articles[4]["label"] == .string("第五条"))
        #expect(context["vote"] == nil)
    }

    @Test("articles must be numbered 1, 2, 3 …")
    func numbering() {
        #expect(throws: ConventionError.articlesNotNumbered(expected: 2, found: 3)) {
            try ConventionVersion(convention: Fixtures.conventionID, community: Fixtures.village, kind: .villageRules,
                                  number: 1, title: "t",
                                  articles: [ConventionArticle(number: 1, text: "a"), ConventionArticle(number: 3, text: "c")],
                                  draftedOn: Fixtures.day("2025-01-01"))
        }
        #expect(throws: ConventionError.noArticles) {
            try ConventionVersion(convention: Fixtures.conventionID, community: Fixtures.village, kind: .villageRules,
                                  number: 1, title: "t", articles: [], draftedOn: Fixtures.day("2025-01-01"))
        }
    }

    @Test("an amendment is a new version; the filed one is kept unchanged")
    func amendment() throws {
        let c = try Fixtures.villageRules()
        #expect(c.versions.map(\.number) == [1, 2])
        #expect(c.versions.map(\.stage) == [.filed, .filed])
        #expect(c.versions[0].articles.count == 8 && c.versions[1].articles.count == 9)
        #expect(c.versions[0].filing?.effectiveFrom == Fixtures.day("2025-05-01"))
        // A filed version cannot be moved again.
        #expect(throws: ConventionError.stepNotAllowed(step: "file", stage: .filed, requires: .adopted)) {
            try c.advancing(version: 1, with: .file(Fixtures.filing), by: "弦山街道办事处")
        }
    }

    @Test("no amendment while another version is still open")
    func amendWhileOpen() throws {
        var c = try Fixtures.villageRules()
        c = try c.amend(title: "第三版", articles: Fixtures.articles(9), on: Fixtures.day("2025-10-01"), by: "村民委员会").convention
        #expect(throws: ConventionError.versionStillOpen(number: 3, stage: .drafted)) {
            try c.amend(title: "第四版", articles: Fixtures.articles(9), on: Fixtures.day("2025-10-02"), by: "村民委员会")
        }
        #expect(throws: ConventionError.unknownVersion(7)) {
            try c.advancing(version: 7, with: .gatherOpinions(Fixtures.opinions), by: "村民委员会")
        }
    }
}
