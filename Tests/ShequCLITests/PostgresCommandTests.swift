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
}
