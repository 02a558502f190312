import ArgumentParser
import Foundation

/// `shequ-bench import --scale S`: `shequ import households` and `shequ import residents` of a
/// generated city's CSV files (whole processes), against the `sqlite3` tool's `.import` of the
/// same files into tables with the same keys and indexes (as scripts/measure-city.sh does).
struct ImportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import of a generated city's households and residents against sqlite3 .import of the same CSV.",
        discussion: "Scale 1 is the whole city (about 1.9M households, 6M residents; each run several minutes). Each measured run imports into a fresh copy of a workspace holding only the divisions; row counts are checked equal between the workspace, the ceiling and the files."
    )

    @Option(help: "Fraction of the city's households to generate (1 = the whole city).")
    var scale = 0.05

    @OptionGroup var options: BenchOptions
    @OptionGroup var workspace: BenchWorkspace

    static let ceilingSchema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE households (id TEXT PRIMARY KEY NOT NULL, community_id TEXT NOT NULL, dwelling_kind TEXT, dwelling_name TEXT, address TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX households_community ON households(community_id, id);
        CREATE TABLE residents (id TEXT PRIMARY KEY NOT NULL, household_id TEXT NOT NULL, name TEXT NOT NULL, sex TEXT NOT NULL, birth_date TEXT NOT NULL, id_number TEXT, phone TEXT, role TEXT NOT NULL, care TEXT) WITHOUT ROWID;
        CREATE INDEX residents_household ON residents(household_id);
        """

    func validate() throws {
        guard scale > 0 && scale <= 1 else { throw ValidationError("--scale must be in (0, 1]") }
    }

    func run() throws {
        let directory = try workspace.directory("import-\(scale)")
        let template = directory + "/template.sqlite"
        let csv = directory + "/csv"
        if !FileManager.default.fileExists(atPath: csv + "/residents.csv") {
            let building = directory + "/building.sqlite"
            BenchWorkspace.removeDatabase(building)
            try workspace.shequ(["init"], store: building)
            try workspace.shequ(["import", "divisions", BenchWorkspace.root + "/Samples/data/xinyang-divisions.csv"], store: building)
            BenchWorkspace.removeDatabase(template)
            try FileManager.default.moveItem(atPath: building, toPath: template)
            try workspace.shequ(["generate", "--seed", "1", "--scale", "\(scale)", "--csv-dir", csv], store: template)
        }
        let households = try Self.dataLines(csv + "/households.csv")
        let residents = try Self.dataLines(csv + "/residents.csv")
        let database = directory + "/run.sqlite"
        let ceiling = directory + "/ceiling.sqlite"
        let pragmas = ["-cmd", "PRAGMA synchronous = NORMAL", "-cmd", "PRAGMA cache_size = -262144"]
        var times: [String: [Double]] = [:]
        for run in 0..<(options.warmup + options.runs) {
            try BenchWorkspace.copyWorkspace(template, to: database)
            let shequHouseholds = try workspace.shequ(["import", "households", csv + "/households.csv"], store: database).seconds
            let shequResidents = try workspace.shequ(["import", "residents", csv + "/residents.csv"], store: database).seconds
            BenchWorkspace.removeDatabase(ceiling)
            try ChildProcess.run("sqlite3", [ceiling, Self.ceilingSchema])
            let sqliteHouseholds = try ChildProcess.run("sqlite3", [ceiling] + pragmas + [".import --csv --skip 1 \(csv)/households.csv households"]).seconds
            let sqliteResidents = try ChildProcess.run("sqlite3", [ceiling] + pragmas + [".import --csv --skip 1 \(csv)/residents.csv residents"]).seconds
            let counts = try BenchWorkspace.query(database, "SELECT (SELECT COUNT(*) FROM households), (SELECT COUNT(*) FROM residents)")
            let ceilingCounts = try BenchWorkspace.query(ceiling, "SELECT (SELECT COUNT(*) FROM households), (SELECT COUNT(*) FROM residents)")
            guard counts == ["\(households)", "\(residents)"], ceilingCounts == counts else {
                throw ValidationError("row counts differ: files \(households)/\(residents), shequ \(counts), sqlite3 \(ceilingCounts)")
            }
            guard run >= options.warmup else { continue }
            for (key, value) in [("shequ households", shequHouseholds), ("shequ residents", shequResidents),
                                 ("sqlite3 households", sqliteHouseholds), ("sqlite3 residents", sqliteResidents),
                                 ("shequ total", shequHouseholds + shequResidents),
                                 ("sqlite3 total", sqliteHouseholds + sqliteResidents)] {
                times[key, default: []].append(value)
            }
        }
        var report = BenchReport(title: "import: generated city at scale \(scale) (CSV) → workspace")
        for (part, rows) in [("households", households), ("residents", residents), ("total", households + residents)] {
            let ceilingFigure = BenchFigure(name: "sqlite3 .import \(part) (ceiling)", measurement: Measurement(seconds: times["sqlite3 \(part)"]!),
                                            work: Double(rows), workUnit: "rows")
            let figure = BenchFigure(name: "shequ import \(part)", measurement: Measurement(seconds: times["shequ \(part)"]!),
                                     work: Double(rows), workUnit: "rows")
            report.figures.append(figure.compared(to: ceilingFigure, target: 0.5))
            report.figures.append(ceilingFigure)
        }
        report.notes.append("\(households) households, \(residents) residents; counts equal in the workspace, the ceiling and the files")
        try report.print(json: options.json)
    }

    /// Lines of a CSV file after its header (the generator writes no line breaks inside fields).
    static func dataLines(_ path: String) throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ValidationError("\(path): cannot open")
        }
        defer { try? handle.close() }
        var lines = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return lines - 1
    }
}
