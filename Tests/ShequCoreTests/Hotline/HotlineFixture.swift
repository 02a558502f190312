import Foundation
@testable import ShequCore

/// Builds hotline requests with only the fields a test cares about.
enum HotlineFixture {
    static func request(
        _ id: String, code: String = "0301", name: String = "噪音扰民", type: HotlineRequestType = .complaint,
        channel: HotlineChannel = .phone, address: String = "胜利路12号", community: String = "411502001001",
        grid: String? = nil, at time: String, lat: Double? = nil, lon: Double? = nil,
        caller: HotlineCaller? = nil
    ) -> HotlineRequest {
        HotlineRequest(
            id: id, serviceCode: code, serviceName: name, type: type, channel: channel, description: "描述\(id)",
            address: address, latitude: lat, longitude: lon, communityCode: community, gridCode: grid,
            caller: caller, requestedAt: ServiceClock.at(time)
        )
    }
}
