import ArgumentParser
import Foundation
import ShequCore

/// `shequ hotline duplicates`: links requests about the same place and category within a window.
struct HotlineDuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Find requests about the same place and category within a window; --link records the links.")

    @OptionGroup var period: HotlinePeriodOptions

    @Option(help: "The window in hours after a first request.")
    var windowHours: Double = 72

    @Option(help: "Positions at most this far apart are one place, in metres.")
    var radius: Double = 50

    @Flag(help: "Record the links on the work orders (duplicate_of).")
    var link = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard windowHours >= 0, radius > 0 else { throw ValidationError("--window-hours must not be negative and --radius must be positive") }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let requests = try await store.hotlineRequests(period.filter())
            let detector = HotlineDuplicateDetector(window: windowHours * 3600, radiusMetres: radius)
            let links = detector.links(in: requests)
            if link {
                let primaryByID = Dictionary(links.map { ($0.requestID, $0.primaryID) }, uniquingKeysWith: { a, _ in a })
                let linked = requests.compactMap { request -> HotlineRequest? in
                    guard let primary = primaryByID[request.id], request.duplicateOf != primary else { return nil }
                    var copy = request
                    copy.duplicateOf = primary
                    return copy
                }
                _ = try await store.saveHotlineRequests(linked)
            }
            switch output.format {
            case .json: try JSONOutput.print(links)
            case .text:
                for found in links {
                    let how = switch found.match {
                    case .sameAddress: "同一地址"
                    case .nearby(let metres): "相距\(Int(metres.rounded()))米"
                    }
                    print("\(found.requestID)  重复于 \(found.primaryID)（\(how)）")
                }
                print("重复工单 \(links.count) 件\(link ? "，已关联" : "")")
            }
        }
    }
}
