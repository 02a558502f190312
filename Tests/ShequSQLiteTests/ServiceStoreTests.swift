import Foundation
import GRDB
import Testing
import ShequCore
import ShequSQLite

/// The SQLite triggers behind the hotline's work orders; the stores' behaviour is checked for both stores in
/// ShequStoreTests (`ServiceConformanceTests`).
@Suite("SQLite hotline, facility and volunteer stores")
struct ServiceStoreTests {
    static let community = "411502001/义阳居委会"

    static func at(_ text: String) -> Date { Open311ServiceRequest.parseTime(text)! }

    static func request(_ id: String, code: String = "0301", at time: String, community: String = community) -> HotlineRequest {
        HotlineRequest(id: id, serviceCode: code, serviceName: "噪音扰民", type: .complaint, channel: .phone,
                       description: "夜间施工噪音", address: "胜利路12号", communityCode: community, requestedAt: at(time))
    }

    @Test func theV5MigrationFollowsTheEarlierOnes() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let migrations = try await store.appliedMigrations()
        let v5 = try #require(migrations.firstIndex(of: "v5 hotline, emergencies, services, facilities, community workers"))
        #expect(migrations[..<v5].map { $0.prefix(2) } == ["v1", "v2", "v3", "v4"])
    }

    @Test func statusChangesAndRequestsRefuseRewritesInTheDatabase() async throws {
        let workspace = try TemporaryWorkspace()
        let store = try await workspace.makeStore()
        var order = Self.request("H-1", at: "2026-03-01 09:00")
        _ = try await store.saveHotlineRequests([order])
        try order.dispatch(to: "浉河区城市管理局", at: Self.at("2026-03-01 10:00"), by: "12345")
        _ = try await store.saveHotlineRequests([order])
        #expect(try await store.hotlineStatusHistory(request: "H-1").count == 1)

        let queue = try DatabaseQueue(path: workspace.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE hotline_status_changes SET body = '{}'") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM hotline_status_changes") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM hotline_requests") }
        }
    }
}
