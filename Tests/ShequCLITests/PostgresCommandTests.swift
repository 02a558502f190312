import Foundation
import Testing

/// The PostgreSQL server that `scripts/with-postgres.sh` starts for the tests.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["SHEQU_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
}

/// The commands on a PostgreSQL store, against the same commands on an SQLite file, and several `shequ`
/// processes writing one database at once.
@Suite(
    "shequ on a PostgreSQL store",
    .enabled(
        if: PostgresTestServer.url != nil,
        "SHEQU_TEST_POSTGRES_URL is not set: run through scripts/with-postgres.sh (scripts/test.sh does) to test the PostgreSQL store"))
struct PostgresCommandTests {
    /// The test server's URL with a schema no other test uses.
    static func freshStore() throws -> String {
        let server = try #require(PostgresTestServer.url)
        var components = try #require(URLComponents(string: server))
        let schema = "c_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "schema", value: String(schema))]
        return try #require(components.string)
    }

    /// Creates the workspace and imports Xinyang's divisions.
    private func prepare(_ shequ: ShequProcess, _ store: String) throws {
        #expect(try shequ.run("init", "--store", store).status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions, "--store", store).status == 0)
    }

    @Test func everyCommandGivesTheSameAnswersAsOnAnSQLiteFile() throws {
        let shequ = try ShequProcess()
        let stores = [shequ.directory.appendingPathComponent("shequ.sqlite").path, try Self.freshStore()]
        var answers: [[String]] = []
        for store in stores {
            try prepare(shequ, store)
            #expect(try shequ.run("generate", "--seed", "2", "--scale", "0.01", "--under", "浉河区", "--store", store).status == 0)
            let commands: [[String]] = [
                ["divisions", "summary", "--format", "json"],
                ["divisions", "show", "浉河区", "--format", "json"],
                ["households", "list", "411502001/义阳居委会", "--limit", "3", "--format", "json"],
                ["residents", "list", "--community", "411502001/义阳居委会", "--limit", "5", "--format", "json"],
                ["residents", "list", "--community", "411502001/义阳居委会", "--care", "elderly-alone", "--include-care", "--format", "json"],
                ["workers", "411502001/义阳居委会", "--format", "json"],
            ]
            answers.append(try commands.map { arguments in
                let result = try ShequProcess.run(arguments + ["--store", store], currentDirectory: shequ.directory)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                return result.stdout
            })
        }
        #expect(answers[0] == answers[1])
        #expect(answers[1][0].contains("\"households\""))
    }

    /// One command group of the governance and service processes: the commands it runs, in order.
    struct Group: Sendable, CustomTestStringConvertible {
        var name: String
        var commands: [[String]]
        var testDescription: String { name }
    }

    static let governance = ShequProcess.packageRoot.appendingPathComponent("Samples/governance")
    static let services = ShequProcess.packageRoot.appendingPathComponent("Samples/services")
    static let yiyang = "411502001/义阳居委会"

    static let groups: [Group] = [
        Group(name: "affairs", commands: [
            ["affairs", "catalogue", "import", governance.appendingPathComponent("catalogue.csv").path],
            ["affairs", "catalogue", "show", "--county", "411521", "--on", "2025-08-01"],
            ["affairs", "assign", "--file", governance.appendingPathComponent("tasks.csv").path, "--format", "json"],
            ["affairs", "assign", "--file", governance.appendingPathComponent("tasks.csv").path, "--format", "json"],
            ["affairs", "decisions", "--county", "411521"],
            ["affairs", "catalogue", "history", "--county", "411521"],
        ]),
        Group(name: "violations", commands: [
            ["affairs", "catalogue", "import", governance.appendingPathComponent("catalogue.csv").path],
            ["affairs", "assign", "--file", governance.appendingPathComponent("tasks.csv").path],
            ["violations", "correct", "LS-2025-004-violation", "--order", "撤回拆违任务", "--by", "罗山县人民政府",
             "--deadline", "2025-06-01", "--at", "2025-05-10"],
            ["violations", "correct", "LS-2025-004-violation", "--status", "corrected", "--by", "罗山县城市管理局",
             "--note", "已撤回任务", "--at", "2025-05-20"],
            ["violations", "list", "--history", "--format", "json"],
            ["violations", "report", "--from", "2025-01-01", "--to", "2026-01-01", "--by", "quarter"],
        ]),
        Group(name: "deliberation", commands: [
            ["deliberation", "topic", "--id", "YS-2025-01", "--community", "411521001001", "--title", "小区停车位划线方案",
             "--proposer", "居民代表张某", "--participant", "p1:张一", "--participant", "p2:王二", "--participant", "p3:李三",
             "--participant", "p4:赵四", "--participant", "p5:钱五", "--option", "A:划线收费", "--option", "B:划线免费", "--at", "2025-04-01"],
            ["deliberation", "meeting", "YS-2025-01", "--id", "M1", "--date", "2025-04-10T19:00", "--place", "社区议事厅",
             "--attendee", "p1", "--attendee", "p2", "--attendee", "p3", "--attendee", "p4"],
            ["deliberation", "vote", "YS-2025-01", "--meeting", "M1", "--ballot", "p1:B", "--ballot", "p2:B", "--ballot", "p3:A", "--ballot", "p4:B"],
            ["deliberation", "close", "YS-2025-01", "--meeting", "M1", "--channel", "社区公示栏",
             "--follow-up", "F1:施划停车线:物业公司:2025-05-01", "--at", "2025-04-11"],
            ["deliberation", "show", "YS-2025-01"],
            ["deliberation", "list"],
        ]),
        Group(name: "disputes", commands: [
            ["disputes", "import", governance.appendingPathComponent("disputes.csv").path, "--format", "json"],
            ["disputes", "import", governance.appendingPathComponent("disputes.csv").path, "--format", "json"],
            ["disputes", "assign", "LS-D-002", "--mediator", "m1", "--name", "周某", "--kind", "peoples_mediator",
             "--by", "龙池社区人民调解委员会", "--at", "2025-06-04"],
            ["disputes", "session", "LS-D-002", "--id", "S1", "--date", "2025-06-05T10:00", "--place", "社区调解室",
             "--mediator", "m1", "--summary", "兄弟二人同意分担"],
            ["disputes", "resolve", "LS-D-002", "--outcome", "mediation_agreement", "--agreement", "兄弟二人各承担一半赡养费",
             "--by", "龙池社区人民调解委员会", "--at", "2025-06-05T11:00"],
            ["disputes", "escalate", "--now", "2025-06-20T12:00"],
            ["disputes", "show", "LS-D-001", "--now", "2025-06-20T12:00", "--format", "json"],
            ["disputes", "list", "--open"],
        ]),
        Group(name: "hotline", commands: [
            ["hotline", "import", services.appendingPathComponent("hotline-2026-03.csv").path, "--format", "json"],
            ["hotline", "import", services.appendingPathComponent("hotline-2026-03.csv").path, "--format", "json"],
            ["hotline", "analyse", "--from", "2026-03-01", "--to", "2026-03-31", "--now", "2026-04-01", "--format", "json"],
            ["hotline", "duplicates", "--from", "2026-03-01", "--to", "2026-03-31", "--link", "--format", "json"],
            ["hotline", "route", "--table", services.appendingPathComponent("shihe-routing.json").path,
             "--plugin", ShequProcess.packageRoot.appendingPathComponent("Plugins/shihe-hotline").path,
             "--at", "2026-04-01T08:00:00+08:00", "--format", "json"],
            ["hotline", "transfer", "SH-20260312-011", "--to", "浉河区城市管理局", "--reason", "充电桩设置属城管审批",
             "--at", "2026-04-01T09:00:00+08:00", "--by", "浉河区住房和城乡建设局"],
            ["hotline", "status", "SH-20260312-011", "--to", "accepted", "--at", "2026-04-02 10:00", "--by", "浉河区城市管理局"],
            ["hotline", "show", "SH-20260312-011", "--format", "json"],
            ["hotline", "list", "--limit", "100", "--format", "json"],
        ]),
        Group(name: "facilities", commands: [
            ["facilities", "import", services.appendingPathComponent("facilities.csv").path, "--format", "json"],
            ["facilities", "compliance", "--format", "json"],
            ["facilities", "remedy", "--community", "411502001/东方红居委会", "--remedy", "renovation", "--area", "40",
             "--unit", "老城街道办事处"],
            ["facilities", "compliance", "--community", "411502001/东方红居委会"],
            ["facilities", "list", "--format", "json"],
        ]),
        Group(name: "emergencies and hazards", commands: [
            ["emergencies", "import", services.appendingPathComponent("incidents.csv").path, "--format", "json"],
            ["emergencies", "list"],
            ["hazards", "import", services.appendingPathComponent("hazards.csv").path, "--format", "json"],
            ["hazards", "overdue", "--now", "2026-03-15", "--format", "json"],
        ]),
        Group(name: "care", commands: [
            ["care", "open", "--id", "C-1", "--resident", "R-100", "--community", yiyang, "--name", "王秀英",
             "--groups", "elderly-alone;tekun", "--carer", "W-12:李敏:communityWorker", "--phone", "13712345678",
             "--address", "胜利路12号3单元201", "--at", "2026-01-02"],
            ["care", "visit", "C-1", "--by", "W-12", "--services", "visit;meals", "--note", "精神尚可", "--at", "2026-03-01"],
            ["care", "list", "--format", "json"],
        ]),
        Group(name: "staff", commands: [
            ["staff", "import", services.appendingPathComponent("community-workers.csv").path, "--format", "json"],
            ["staff", "hire", "--worker", "CW-90", "--community", yiyang, "--position", "fullTimeWorker", "--level", "3", "--at", "2024-03-01"],
            ["staff", "evaluate", "--worker", "CW-90", "--year", "2024", "--grade", "excellent", "--at", "2025-01-10"],
            ["staff", "list", "--format", "json"],
        ]),
        Group(name: "volunteers", commands: [
            ["volunteers", "project", "--id", "P-MEALS", "--title", "独居老人助餐", "--community", yiyang, "--area", "elderlyCare",
             "--organiser", "W-12", "--starts", "2026-03-01", "--state", "recruiting"],
            ["volunteers", "signup", "--project", "P-MEALS", "--volunteer", "V-1", "--name", "张敏", "--at", "2026-03-01"],
            ["volunteers", "signup", "--project", "P-MEALS", "--volunteer", "V-2", "--name", "刘洋", "--occupation", "deliveryRider",
             "--at", "2026-03-01"],
            ["volunteers", "log", "--file", services.appendingPathComponent("volunteer-hours.csv").path],
            ["volunteers", "confirm", "E-1", "--by", "W-12"],
            ["volunteers", "totals", "--format", "json"],
        ]),
    ]

    /// `text` without what the clock decides: import timings and decision times taken from now.
    static func withoutClockReadings(_ text: String) -> String {
        text.replacing(/\ in [0-9.]+ s \([0-9]+ records\/s\)/, with: "")
            .replacing(/"(seconds|decided_at)" : [0-9.e+-]+/) { "\"\($0.output.1)\"" }
    }

    /// Each group's commands give the same answers, in the same order, on PostgreSQL as on an SQLite file.
    @Test(arguments: groups) func governanceAndServiceCommandsGiveTheSameAnswersAsOnAnSQLiteFile(_ group: Group) throws {
        let shequ = try ShequProcess()
        let stores = [shequ.directory.appendingPathComponent("shequ.sqlite").path, try Self.freshStore()]
        var answers: [[String]] = []
        for store in stores {
            try prepare(shequ, store)
            answers.append(try group.commands.map { arguments in
                let result = try ShequProcess.run(arguments + ["--store", store], currentDirectory: shequ.directory)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                return Self.withoutClockReadings(result.stdout)
            })
        }
        for (index, arguments) in group.commands.enumerated() {
            #expect(answers[0][index] == answers[1][index], "\(arguments)")
        }
        #expect(answers[1].allSatisfy { !$0.isEmpty })
    }

    /// Two processes generate one county and two another, all at once, into one database: every
    /// process succeeds and the database holds exactly what one run per county writes to an SQLite file.
    @Test func concurrentProcessesNeitherLoseNorDoubleRows() throws {
        let shequ = try ShequProcess()
        let reference = shequ.directory.appendingPathComponent("reference.sqlite").path
        try prepare(shequ, reference)
        for county in ["浉河区", "平桥区"] {
            #expect(try shequ.run("generate", "--seed", "4", "--scale", "0.01", "--under", county, "--store", reference).status == 0)
        }
        let store = try Self.freshStore()
        try prepare(shequ, store)
        let running = try ["浉河区", "平桥区", "浉河区", "平桥区"].map { county in
            try shequ.start(["generate", "--seed", "4", "--scale", "0.01", "--under", county, "--store", store])
        }
        for (process, _, errors) in running {
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(stderr)")
        }
        let expected = try ShequProcess.run(["divisions", "summary", "--format", "json", "--store", reference], currentDirectory: shequ.directory)
        let actual = try ShequProcess.run(["divisions", "summary", "--format", "json", "--store", store], currentDirectory: shequ.directory)
        #expect(actual.stdout == expected.stdout)
        #expect(actual.stdout.contains("\"households\""))
    }

    // MARK: Conventions, events and points

    static let plugin = ShequProcess.packageRoot.appendingPathComponent("Plugins/guangshan-points").path
    static let rules = ShequProcess.packageRoot.appendingPathComponent("Samples/conventions/guangshan-village-rules.txt").path
    /// Villages in two counties (光山县 and 浉河区), and a second village of 浉河区.
    static let villages = ["411522001/方楼村委会", "411502007/南湾村委会", "411502007/郑家冲村委会"]

    /// Files village rules (in force from 2025-03-15) for each village, through the commands.
    private func fileRules(_ shequ: ShequProcess, _ store: String, villages: [String]) throws {
        for (number, village) in villages.enumerated() {
            let id = "rules-\(number)"
            for arguments in [
                ["conventions", "create", "--id", id, "--community", village, "--kind", "village_rules", "--title", "村规民约",
                 "--articles", Self.rules, "--on", "2025-01-06"],
                ["conventions", "opinions", id, "--from", "2025-01-08", "--through", "2025-01-22", "--received", "12", "--summary", "无异议"],
                ["conventions", "review", id, "--office", "街道办事处", "--on", "2025-02-10", "--opinion", "同意"],
                ["conventions", "adopt", id, "--body", "villagers_meeting", "--held", "2025-02-20", "--eligible", "800",
                 "--present", "500", "--for", "450", "--against", "30", "--abstained", "20", "--women-present", "230"],
                ["conventions", "file", id, "--office", "街道办事处", "--filed", "2025-03-01", "--published", "2025-03-03",
                 "--effective", "2025-03-15", "--plugin", Self.plugin],
            ] {
                let result = try ShequProcess.run(arguments + ["--store", store], currentDirectory: shequ.directory)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
        }
    }

    /// `count` events of April 2025 in `village`, spread over 20 households, as JSON Lines.
    static func events(_ village: String, prefix: String, count: Int) -> String {
        (1...count).map { number in
            let kind = number % 2 == 0 ? "elder_care" : "garbage_sorted"
            let household = "\(prefix)-h\(number % 20)"
            return #"{"id":"\#(prefix)-\#(number)","kind":"\#(kind)","subject":{"type":"household","id":"\#(household)"},"household":"\#(household)","community":"\#(village)","occurred_at":"2025-04-\#(String(format: "%02d", 1 + number % 28))","reporter":"网格员","facts":{}}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test func thePointsProcessGivesTheSameAnswersAsOnAnSQLiteFile() throws {
        let shequ = try ShequProcess()
        let file = try shequ.write("april.jsonl", Self.events(Self.villages[0], prefix: "fl", count: 30))
        var answers: [[String]] = []
        for store in [shequ.directory.appendingPathComponent("shequ.sqlite").path, try Self.freshStore()] {
            try prepare(shequ, store)
            try fileRules(shequ, store, villages: [Self.villages[0]])
            let commands: [[String]] = [
                ["events", "import", file, "--plugin", Self.plugin, "--today", "2025-05-01", "--format", "json"],
                ["events", "import", file, "--plugin", Self.plugin, "--today", "2025-05-01", "--format", "json"],
                ["points", "balance", "--community", Self.villages[0], "--top", "5", "--format", "json"],
                ["points", "explain", "household:fl-h2"],
                ["shop", "stock", "--community", Self.villages[0], "--item", "soap", "--name", "洗衣皂", "--price", "2", "--stock", "5"],
                ["points", "redeem", "household:fl-h2", "--community", Self.villages[0], "--item", "soap", "--id", "r-1",
                 "--on", "2025-05-02", "--format", "json"],
                ["shop", "list", "--community", Self.villages[0], "--format", "json"],
                ["points", "balance", "household:fl-h2", "--format", "json"],
                ["conventions", "history", "rules-0", "--format", "json"],
            ]
            answers.append(try commands.map { arguments in
                let result = try ShequProcess.run(arguments + ["--store", store], currentDirectory: shequ.directory)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                return result.stdout
            })
        }
        #expect(answers[0] == answers[1])
        #expect(answers[1][0].contains("\"written\" : 30"), "\(answers[1][0])")
    }

    /// `events import --plugin` by four processes at once into one database: one per county, and a second
    /// one of each county over the same file. Every process succeeds, and the ledger holds exactly the
    /// entries that importing each file once into an SQLite file writes.
    @Test func concurrentEventImportsNeitherLoseNorDoubleLedgerEntries() throws {
        let shequ = try ShequProcess()
        let files = try Self.villages.prefix(2).enumerated().map { number, village in
            try shequ.write("events-\(number).jsonl", Self.events(village, prefix: "v\(number)", count: 200))
        }
        let reference = shequ.directory.appendingPathComponent("reference.sqlite").path
        try prepare(shequ, reference)
        try fileRules(shequ, reference, villages: Array(Self.villages.prefix(2)))
        for file in files {
            let result = try ShequProcess.run(["events", "import", file, "--plugin", Self.plugin, "--today", "2025-05-01", "--store", reference],
                                              currentDirectory: shequ.directory)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let store = try Self.freshStore()
        try prepare(shequ, store)
        try fileRules(shequ, store, villages: Array(Self.villages.prefix(2)))
        let running = try (files + files).map { file in
            try shequ.start(["events", "import", file, "--plugin", Self.plugin, "--today", "2025-05-01", "--store", store])
        }
        for (process, _, errors) in running {
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(stderr)")
        }
        for village in Self.villages.prefix(2) {
            let balances = ["points", "balance", "--community", village, "--top", "50", "--format", "json"]
            let expected = try ShequProcess.run(balances + ["--store", reference], currentDirectory: shequ.directory)
            let actual = try ShequProcess.run(balances + ["--store", store], currentDirectory: shequ.directory)
            #expect(actual.stdout == expected.stdout)
            #expect(actual.stdout.contains("\"balance\""))
        }
    }

    /// Four `shequ points redeem` processes for one household at once, each with its own id: each checks the
    /// balance under its community's lock, so every redemption is written once and the stock and balance
    /// fall by exactly four.
    @Test func concurrentRedemptionsTakeEachPointAndItemOnce() throws {
        let shequ = try ShequProcess()
        let store = try Self.freshStore()
        let village = Self.villages[0]
        try prepare(shequ, store)
        try fileRules(shequ, store, villages: [village])
        let file = try shequ.write("april.jsonl", Self.events(village, prefix: "fl", count: 40))
        for arguments in [
            ["events", "import", file, "--plugin", Self.plugin, "--today", "2025-05-01"],
            ["shop", "stock", "--community", village, "--item", "soap", "--name", "洗衣皂", "--price", "1", "--stock", "50"],
        ] {
            let result = try ShequProcess.run(arguments + ["--store", store], currentDirectory: shequ.directory)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let before = try balance(of: "household:fl-h2", in: store, shequ)
        try #require(before >= 4, "the household needs points to spend")
        let running = try (1...4).map { number in
            try shequ.start(["points", "redeem", "household:fl-h2", "--community", village, "--item", "soap", "--id", "r-\(number)",
                             "--on", "2025-05-02", "--store", store])
        }
        for (process, _, errors) in running {
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(stderr)")
        }
        #expect(try balance(of: "household:fl-h2", in: store, shequ) == before - 4)
        let items = try ShequProcess.run(["shop", "list", "--community", village, "--format", "json", "--store", store],
                                         currentDirectory: shequ.directory)
        let stock = try #require(try JSONSerialization.jsonObject(with: Data(items.stdout.utf8)) as? [[String: Any]])
        #expect(stock.first?["stock"] as? Int == 46)
    }

    private func balance(of subject: String, in store: String, _ shequ: ShequProcess) throws -> Int {
        let result = try ShequProcess.run(["points", "balance", subject, "--format", "json", "--store", store], currentDirectory: shequ.directory)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let balances = try #require(object["balances"] as? [[String: Any]])
        return try #require(balances.first?["balance"] as? Int)
    }
}

