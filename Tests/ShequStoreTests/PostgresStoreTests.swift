import Foundation
import PostgresNIO
import Testing
import ShequCore
import ShequImport
import ShequPostgres

/// What only the server store does: schemas and migrations, county partitions, `COPY` batches, and several
/// writers sharing one database.
@Suite(
    "PostgreSQL store",
    .enabled(if: StoreKind.postgresURL != nil, StoreKind.skipReason))
struct PostgresStoreTests {
    static let xinyangDivisions: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/data/xinyang-divisions.csv").path

    @Test func migrationsAreRecordedAndAppliedOnce() async throws {
        let location = try StoreKind.freshPostgresLocation()
        let store = try await PostgresStore.create(location: location)
        #expect(try await store.appliedMigrations().count == 3)
        await store.close()
        let reopened = try await PostgresStore.open(location: location)
        #expect(try await reopened.appliedMigrations() == [
            "v1 divisions, dwellings, households, residents, workers", "v2 grids, conventions, behaviour events, points ledger",
            "v3 work affairs, violations, deliberation, disputes, hotline, services",
        ])
        await reopened.close()
    }

    @Test func openingAnEmptySchemaSaysHowToCreateTheWorkspace() async throws {
        let location = try StoreKind.freshPostgresLocation()
        await #expect(throws: StoreError.missingWorkspace(path: location.description)) { try await PostgresStore.open(location: location) }
    }

    @Test func badURLsNameWhatIsWrong() throws {
        #expect(throws: PostgresStoreError.self) { try PostgresLocation(url: "mysql://db/x") }
        #expect(throws: PostgresStoreError.self) { try PostgresLocation(url: "postgres://u@h/db?schema=Drop;Table") }
        let location = try PostgresLocation(url: "postgres://shequ:secret@db.example:6543/henan?schema=xinyang&sslmode=disable")
        #expect(location.host == "db.example" && location.port == 6543 && location.database == "henan")
        #expect(location.username == "shequ" && location.password == "secret" && location.schema == "xinyang")
        #expect(!location.description.contains("secret"))
    }

    @Test func householdsAndResidentsLandInTheirCountysPartition() async throws {
        let location = try StoreKind.freshPostgresLocation()
        let other = Division(id: "411503", level: .county, name: "平桥区", code: DivisionCode(unchecked: "411503"), parentID: "411500")
        let store = try await PostgresStore.create(location: location)
        try await store.transaction { tx in
            for division in [Hierarchy.city, Hierarchy.county, other, Hierarchy.township, Hierarchy.community] { _ = try tx.upsert(division) }
            _ = try tx.upsert(StoreBatch(
                households: [Household(id: "H-1", communityID: Hierarchy.community.id, address: "1号")],
                residents: [Resident(id: "H-1-1", householdID: "H-1", name: "张伟", sex: .male, birthDate: CivilDate(year: 1960, month: 1, day: 1)!, role: .head)]))
        }
        let rows = try await Self.query(location, """
            SELECT tableoid::regclass::text, county_id FROM households
            UNION ALL SELECT tableoid::regclass::text, county_id FROM residents
            UNION ALL SELECT 'partitions', count(*)::text FROM county_partitions
            """)
        #expect(rows == [["households_c1", "411502"], ["residents_c1", "411502"], ["partitions", "2"]])
        await store.close()
    }

    @Test func aBatchReportsTheFirstUnknownReferenceAndKeepsTheLastOfDuplicates() async throws {
        let store = try await StoreKind.postgres.makeStoreWithHierarchy()
        let community = Hierarchy.community.id
        await #expect(throws: StoreError.unknownReference(entity: "resident", id: "H-2-1", missing: "household", missingID: "H-2")) {
            try await store.transaction { tx in
                try tx.upsert(StoreBatch(
                    households: [Household(id: "H-1", communityID: community, address: "1号")],
                    residents: [
                        Resident(id: "H-1-1", householdID: "H-1", name: "张伟", sex: .male, birthDate: CivilDate(year: 1960, month: 1, day: 1)!, role: .head),
                        Resident(id: "H-2-1", householdID: "H-2", name: "李娜", sex: .female, birthDate: CivilDate(year: 1961, month: 1, day: 1)!, role: .head),
                    ]))
            }
        }
        #expect(try await store.household(id: "H-1") == nil)
        let outcome = try await store.transaction { tx in
            try tx.upsert(StoreBatch(households: [
                Household(id: "H-1", communityID: community, address: "旧址"),
                Household(id: "H-1", communityID: community, address: "1号\t东侧\\2"),
            ]))
        }
        #expect(outcome == BatchOutcome(written: 1, unchanged: 1))
        #expect(try await store.household(id: "H-1")?.address == "1号\t东侧\\2")
    }

    @Test func eventsAndLedgerEntriesLandInTheirCountysPartitionAndCannotBeRewritten() async throws {
        let address = try await StoreKind.postgres.makeAddressWithHierarchy(secondCounty: true)
        guard case .postgres(let location) = address else { return }
        let store = try await address.open()
        let events = [LedgerFixtures.event("e-1"), LedgerFixtures.event("v-1", in: LedgerFixtures.village, household: "h-9")]
        _ = try await store.record(events)
        for community in [LedgerFixtures.community, LedgerFixtures.village] {
            let base = try await store.ledger(of: community)
            let next = try LedgerFixtures.awarding(4, for: events.filter { $0.community == community }, on: base, in: community)
            try await store.commit(LedgerChange(from: base, to: next), in: community)
        }
        let rows = try await Self.query(location, """
            SELECT tableoid::regclass::text, county_id FROM behaviour_events
            UNION ALL SELECT tableoid::regclass::text, county_id FROM ledger_entries
            UNION ALL SELECT tableoid::regclass::text, county_id FROM applied_events
            ORDER BY 1
            """)
        #expect(rows == [
            ["applied_events_c1", "411502"], ["applied_events_c2", "411503"],
            ["behaviour_events_c1", "411502"], ["behaviour_events_c2", "411503"],
            ["ledger_entries_c1", "411502"], ["ledger_entries_c2", "411503"],
        ])
        for statement in ["UPDATE ledger_entries SET body = '{}'", "DELETE FROM applied_events", "DELETE FROM behaviour_events"] {
            await #expect(throws: (any Error).self, "\(statement)") { _ = try await Self.query(location, statement) }
        }
        #expect(try await store.ledger().entries.count == 2)
        if let store = store as? PostgresStore { await store.close() }
    }

    /// Four writers at once, each with its own connection pool as separate processes would have: two
    /// generate different counties, two generate the same county. Nothing is lost or doubled, and no
    /// deadlock stops a run.
    @Test(.timeLimit(.minutes(5))) func concurrentWritersNeitherLoseNorDoubleRows() async throws {
        let location = try StoreKind.freshPostgresLocation()
        let setup = try await PostgresStore.create(location: location)
        _ = try await Importer(store: setup).importDivisions(from: Self.xinyangDivisions)
        var profile = PopulationProfile.xinyang
        profile.scale = 0.01
        let generator = PopulationGenerator(seed: 3, profile: profile)
        let counties: [DivisionID] = ["411502", "411503", "411503"]
        let summaries = try await withThrowingTaskGroup(of: GenerationSummary.self) { group in
            for county in counties {
                group.addTask {
                    let store = try await PostgresStore.open(location: location)
                    var run = PopulationRun(store: store, generator: generator, scope: county)
                    run.communitiesPerTransaction = 32
                    let summary = try await run.writeToStore()
                    await store.close()
                    return summary
                }
            }
            return try await group.reduce(into: [GenerationSummary]()) { $0.append($1) }
        }
        let expectedHouseholds = Set(summaries.map(\.households))
        #expect(expectedHouseholds.count == 2, "the two runs of one county generate the same households")
        let summary = try await setup.summary()
        #expect(summary.households == expectedHouseholds.reduce(0, +))
        #expect(summary.residents == Set(summaries.map(\.residents)).reduce(0, +))
        let perCounty = try await Self.query(location, "SELECT county_id, count(*)::text FROM households GROUP BY 1 ORDER BY 1")
        #expect(perCounty.map(\.[0]) == ["411502", "411503"])
        await setup.close()
    }

    /// Runs `sql` on its own connection and returns every row's text cells.
    static func query(_ location: PostgresLocation, _ sql: String) async throws -> [[String]] {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.additionalStartupParameters = [("search_path", location.schema)]
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "test"))
        defer { Task { try await connection.close() } }
        var rows: [[String]] = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test")) {
            rows.append(try row.map { try $0.decode(String.self) })
        }
        return rows
    }
}
