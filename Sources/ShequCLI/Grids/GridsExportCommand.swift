import ArgumentParser
import Foundation
import ShequCore

/// `shequ grids export`: the grids in force as CSV, or as a GeoJSON FeatureCollection (RFC 7946).
struct GridsExportCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, geojson
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the grids in force as CSV (grids, or households with --households) or GeoJSON (when coordinates exist).")

    @OptionGroup var scope: GridsScopeOptions

    @Option(help: "csv or geojson.")
    var format: Format = .csv

    @Flag(help: "CSV of households and their grids instead of one row per grid.")
    var households = false

    @Option(help: "The date (YYYY-MM-DD); default today.")
    var on: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let date = try CivilDate.option(on, "--on") ?? CivilDate.today()
            let members = try await scope.communities(in: store)
            let codes = members.map { $0.division.code?.rawValue ?? $0.division.id.rawValue }
            let histories = try await store.divisionHistories(communities: codes)
            let grids = codes.flatMap { histories[$0]?.division(on: date)?.grids ?? [] }
            guard !grids.isEmpty else {
                throw CommandFailure.rule("no grids in force on \(date) in scope: apply a division with `shequ grids divide … --apply --from DATE`")
            }
            switch format {
            case .csv:
                print(households ? GridCSV.households(grids) : GridCSV.grids(grids), terminator: "")
            case .geojson:
                do {
                    FileHandle.standardOutput.write(try GridGeoJSON.featureCollection(grids))
                    print()
                } catch {
                    throw CommandFailure.rule("cannot export GeoJSON: \(error)")
                }
            }
        }
    }
}
