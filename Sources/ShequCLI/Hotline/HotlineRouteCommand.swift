import ArgumentParser
import Foundation
import ShequCore
import ShequHooks
import ShequLua

/// `shequ hotline route`: dispatches received work orders to departments by the county's
/// routing table and, optionally, its `hotline_routing` plugin (派单, Art. 15).
struct HotlineRouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Dispatch received work orders by the routing table (JSON) and an optional county plugin (hook hotline_routing).")

    @Option(help: "The routing table: a JSON file with rules (service_code_prefix, types, department, deadline_hours), fallback_department, fallback_deadline_hours.")
    var table: String

    @Option(help: "A county plugin folder implementing the hotline_routing hook.")
    var plugin: String?

    @OptionGroup var isolationOptions: PluginIsolationOptions

    @Option(help: "Route only this work order.")
    var id: String?

    @Flag(help: "Print the decisions without dispatching.")
    var dryRun = false

    @OptionGroup var period: HotlinePeriodOptions
    @OptionGroup var time: HotlineTimeOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Routed: Encodable {
        var request: String
        var decision: HotlineRoutingDecision?
        var error: String?
    }

    func run() async throws {
        try await reportingFailures {
            let routingTable = try Self.readTable(table)
            let store = try await storeOptions.open()
            var requests: [HotlineRequest]
            if let id {
                guard let request = try await store.hotlineRequest(id: id) else {
                    throw CommandFailure.rule("no work order '\(id)': list them with `shequ hotline list`")
                }
                requests = [request]
            } else {
                requests = try await store.hotlineRequests(period.filter()).filter { $0.status == .received }
            }
            var pool: PluginPool?
            if let plugin {
                do { pool = try PluginPool(plugin: try Plugin.load(from: URL(fileURLWithPath: plugin)), isolation: isolationOptions.choice) } catch {
                    throw CommandFailure.rule("\(plugin): \(error)")
                }
            }
            let results = await HotlineRouter(table: routingTable, pool: pool).route(requests)
            let dispatchedAt = try time.time()
            var routed: [Routed] = []
            var changed: [HotlineRequest] = []
            for (request, result) in zip(requests, results) {
                switch result {
                case .failure(let failure):
                    routed.append(Routed(request: request.id, error: failure.description))
                case .success(let decision):
                    var order = request
                    do {
                        try order.dispatch(to: decision.department, at: max(dispatchedAt, order.updatedAt), by: time.by, note: decision.reason)
                        order.expectedAt = decision.expectedAt
                        changed.append(order)
                        routed.append(Routed(request: request.id, decision: decision))
                    } catch {
                        routed.append(Routed(request: request.id, error: "\(error)"))
                    }
                }
            }
            if !dryRun { _ = try await store.saveHotlineRequests(changed) }
            switch output.format {
            case .json: try JSONOutput.print(routed)
            case .text:
                for line in routed {
                    if let decision = line.decision {
                        print("\(line.request)  → \(decision.department)  时限\(decision.deadlineHours)小时  \(decision.reason)")
                    } else {
                        printError("error: \(line.error ?? "")")
                    }
                }
                print("派单 \(routed.filter { $0.decision != nil }.count) 件，失败 \(routed.filter { $0.error != nil }.count) 件\(dryRun ? "（未保存）" : "")")
            }
            if routed.contains(where: { $0.error != nil }) { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }

    static func readTable(_ path: String) throws -> HotlineRoutingTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.usage("\(path): cannot read the routing table")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do { return try decoder.decode(HotlineRoutingTable.self, from: data) } catch {
            throw CommandFailure.usage("\(path): not a routing table (\(error)); see docs/cli/hotline.md")
        }
    }
}
