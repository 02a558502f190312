import Foundation
import Testing
import ShequCore
import ShequImport

@Suite("Importing divisions")
struct DivisionImportTests {
    @Test(arguments: StoreKind.allCases) func theRealXinyangFileGivesTheRealCounts(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        let store = try await fixtures.store()
        let summary = try await Importer(store: store).importDivisions(from: ImportFixtures.xinyangDivisions)
        #expect(summary.records == 3_358)
        #expect(try await store.summary() == DivisionSummary(city: 1, county: 10, township: 208, community: 3_358))
        let township = try #require(try await store.division(id: "411502001"))
        #expect(township.name == "老城街道办事处")
        #expect(township.level == .township)
        #expect(try await store.children(of: "411502001").contains { $0.name == "义阳居委会" && $0.committee == .residents })
    }

    @Test(arguments: StoreKind.allCases) func importingTwiceChangesNothing(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        let store = try await fixtures.store()
        let first = try await Importer(store: store).importDivisions(from: ImportFixtures.xinyangDivisions)
        let before = try await store.summary()
        let second = try await Importer(store: store).importDivisions(from: ImportFixtures.xinyangDivisions)
        #expect(first.written == 3_577)
        #expect(second.written == 0)
        #expect(second.unchanged == 3_577)
        #expect(try await store.summary() == before)
    }

    /// Imports a valid file, then a broken one, and checks the broken one is reported and changed nothing.
    private func expectRejected(
        _ kind: StoreKind, _ rows: [String], data: Data? = nil, line: Int, column: Int?, field: String?, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let fixtures = try ImportFixtures(kind)
        let store = try await fixtures.store()
        let good = try fixtures.file("good.csv", ImportFixtures.header + "\n411500,信阳市,411502,浉河区,411502001,老城街道办事处,义阳居委会\n")
        _ = try await Importer(store: store).importDivisions(from: good)
        let before = try await store.summary()
        let bad = try data.map { try fixtures.file("bad.csv", $0) } ?? fixtures.file("bad.csv", ([ImportFixtures.header] + rows).joined(separator: "\n"))
        do {
            _ = try await Importer(store: store).importDivisions(from: bad)
            Issue.record("expected an ImportError", sourceLocation: sourceLocation)
        } catch let error as ImportError {
            #expect(error.file == bad, sourceLocation: sourceLocation)
            #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
            #expect(error.column == column, "\(error)", sourceLocation: sourceLocation)
            #expect(error.field == field, "\(error)", sourceLocation: sourceLocation)
            #expect(error.description.hasPrefix("\(bad):\(line):"), sourceLocation: sourceLocation)
        }
        #expect(try await store.summary() == before, sourceLocation: sourceLocation)
        #expect(try await store.division(id: "411502002") == nil, sourceLocation: sourceLocation)
    }

    static let validRow = "411500,信阳市,411502,浉河区,411502002,民权街道办事处,民权居委会"

    @Test(arguments: StoreKind.allCases) func aBadCodeIsReportedWithLineAndColumn(_ kind: StoreKind) async throws {
        try await expectRejected(kind, [Self.validRow, "411500,信阳市,411502,浉河区,41150200x,民权街道办事处,新华居委会"], line: 3, column: 5, field: "township_code")
    }

    @Test(arguments: StoreKind.allCases) func aWrongColumnCountIsReported(_ kind: StoreKind) async throws {
        try await expectRejected(kind, [Self.validRow, Self.validRow, "411500,信阳市,411502,浉河区,411502002,民权街道办事处"], line: 4, column: nil, field: nil)
    }

    @Test(arguments: StoreKind.allCases) func badUTF8IsReportedWithItsColumn(_ kind: StoreKind) async throws {
        var data = Data((ImportFixtures.header + "\n" + Self.validRow + "\n411500,信阳市,411502,浉河区,411502002,").utf8)
        data.append(contentsOf: [0xC3, 0x28, 0x0A])
        try await expectRejected(kind, [], data: data, line: 3, column: 6, field: "township")
    }

    @Test(arguments: StoreKind.allCases) func aTownshipUnderTheWrongCountyIsAnUnknownParent(_ kind: StoreKind) async throws {
        try await expectRejected(kind, [Self.validRow, "411500,信阳市,411502,浉河区,411503001,某街道,某居委会"], line: 3, column: 5, field: "township_code")
    }

    @Test(arguments: StoreKind.allCases) func oneCodeNamingTwoDivisionsIsReported(_ kind: StoreKind) async throws {
        try await expectRejected(kind, [Self.validRow, "411500,信阳市,411502,浉河区,411502002,别的街道,新华居委会"], line: 3, column: 5, field: "township_code")
    }

    @Test(arguments: StoreKind.allCases) func aMissingHeaderColumnIsReported(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        let file = try fixtures.file("bad.csv", "city_code,city,county_code,county,township_code,community\n")
        let store = try await fixtures.store()
        await #expect(throws: ImportError.self) { try await Importer(store: store).importDivisions(from: file) }
    }

    @Test(arguments: StoreKind.allCases) func aMissingFileIsAUsageError(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        do {
            _ = try await Importer(store: try await fixtures.store()).importDivisions(from: "/nonexistent/divisions.csv")
            Issue.record("expected an ImportError")
        } catch let error as ImportError {
            #expect(error.isUsage)
        }
    }
}
