import Foundation

/// The inputs of the ingest benchmark, made once per working directory: a workspace with
/// Xinyang's divisions, one township's generated households (弦山街道, 23 communities) and a
/// filed convention for each of its communities, and months of that township's events.
struct IngestSetup {
    static let township = "411522001"
    static let plugin = BenchWorkspace.root + "/Plugins/guangshan-points"
    static let firstMonth = 4  // 2025-04 onwards

    let directory: String
    /// The workspace every run starts from (no events, no ledger).
    let template: String

    init(_ workspace: BenchWorkspace) throws {
        directory = try workspace.directory("ingest")
        template = directory + "/template.sqlite"
        guard !FileManager.default.fileExists(atPath: template) else { return }
        let building = directory + "/building.sqlite"
        BenchWorkspace.removeDatabase(building)
        try workspace.shequ(["init"], store: building)
        try workspace.shequ(["import", "divisions", BenchWorkspace.root + "/Samples/data/xinyang-divisions.csv"], store: building)
        try workspace.shequ(["generate", "--seed", "1", "--scale", "1", "--under", Self.township], store: building)
        let rows = try ChildProcess.text("sqlite3", [building, """
            SELECT id, name FROM divisions WHERE level = 4
              AND parent_id = (SELECT id FROM divisions WHERE code = '\(Self.township)') ORDER BY id
            """]).split(separator: "\n")
        for (index, row) in rows.enumerated() {
            let parts = row.split(separator: "|", maxSplits: 1).map(String.init)
            try Self.fileConvention(id: "bench-\(index + 1)", community: parts[0], name: parts[1], workspace: workspace, store: building)
        }
        try FileManager.default.moveItem(atPath: building, toPath: template)
    }

    /// Drafts, consults, reviews, adopts and files the sample village rules for one community.
    private static func fileConvention(id: String, community: String, name: String,
                                       workspace: BenchWorkspace, store: String) throws {
        let village = name.hasSuffix("村委会")
        let articles = BenchWorkspace.root + "/Samples/conventions/guangshan-village-rules.txt"
        let office = "光山县弦山街道办事处"
        for step in [
            ["create", "--id", id, "--community", community, "--kind", village ? "village_rules" : "residents_convention",
             "--title", "\(name)\(village ? "村规民约" : "居民公约")", "--articles", articles, "--on", "2025-01-06", "--by", name],
            ["opinions", id, "--from", "2025-01-08", "--through", "2025-01-22", "--received", "46", "--summary", "无异议"],
            ["review", id, "--office", office, "--on", "2025-02-10", "--opinion", "未发现与法律法规相抵触的内容"],
            ["adopt", id, "--body", village ? "villagers_meeting" : "residents_meeting", "--held", "2025-02-20",
             "--eligible", "1260", "--present", "811", "--for", "752", "--against", "31", "--abstained", "28",
             "--women-present", "362"],
            ["file", id, "--office", office, "--filed", "2025-03-01", "--published", "2025-03-03",
             "--effective", "2025-03-15", "--plugin", plugin],
        ] {
            try workspace.shequ(["conventions"] + step, store: store)
        }
    }

    /// A JSON Lines file of the township's events over `months` months from April 2025; made once.
    func events(months: Int, workspace: BenchWorkspace) throws -> String {
        let path = directory + "/events-\(months)m.jsonl"
        guard !FileManager.default.fileExists(atPath: path) else { return path }
        var text = Data()
        for offset in 0..<months {
            let month = Self.firstMonth + offset
            let label = String(format: "%04d-%02d", 2025 + (month - 1) / 12, (month - 1) % 12 + 1)
            let monthFile = directory + "/events-\(label).jsonl"
            if !FileManager.default.fileExists(atPath: monthFile) {
                try workspace.shequ(["events", "generate", "--month", label, "--seed", "1", "--under", Self.township,
                                     "--output", monthFile], store: template)
            }
            text.append(try Data(contentsOf: URL(fileURLWithPath: monthFile)))
        }
        try text.write(to: URL(fileURLWithPath: path))
        return path
    }
}
