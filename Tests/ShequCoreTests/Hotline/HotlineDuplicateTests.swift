import Foundation
import Testing
@testable import ShequCore

@Suite("Hotline duplicate linking: same place and category within a window")
struct HotlineDuplicateTests {
    let detector = HotlineDuplicateDetector(window: 72 * 3600, radiusMetres: 50)

    @Test func sameAddressInsideTheWindowIsLinked() {
        let links = detector.links(in: [
            HotlineFixture.request("H-1", address: "胜利路12号", at: "2026-03-01 09:00"),
            HotlineFixture.request("H-2", address: "胜利路 １２ 号", at: "2026-03-02 09:00"),
        ])
        #expect(links == [HotlineDuplicateLink(requestID: "H-2", primaryID: "H-1", match: .sameAddress)])
    }

    @Test func outsideTheWindowStartsANewPrimary() {
        let links = detector.links(in: [
            HotlineFixture.request("H-1", at: "2026-03-01 09:00"),
            HotlineFixture.request("H-2", at: "2026-03-03 09:00"), // 48 h: linked to H-1
            HotlineFixture.request("H-3", at: "2026-03-04 10:00"), // 73 h after H-1: a new primary
            HotlineFixture.request("H-4", at: "2026-03-05 10:00"), // 24 h after H-3
        ])
        #expect(links.map { [$0.requestID, $0.primaryID] } == [["H-2", "H-1"], ["H-4", "H-3"]])
    }

    @Test func otherCategoryOrCommunityIsNotADuplicate() {
        let links = detector.links(in: [
            HotlineFixture.request("H-1", code: "0301", at: "2026-03-01 09:00"),
            HotlineFixture.request("H-2", code: "0302", at: "2026-03-01 10:00"),
            HotlineFixture.request("H-3", code: "0301", community: "411502001002", at: "2026-03-01 11:00"),
        ])
        #expect(links.isEmpty)
    }

    @Test func nearPositionsAreLinkedFarOnesAreNot() throws {
        // 0.0003° of latitude is about 33 m; 0.005° is about 556 m.
        let links = detector.links(in: [
            HotlineFixture.request("H-1", address: "工地北门", at: "2026-03-01 09:00", lat: 32.1300, lon: 114.0700),
            HotlineFixture.request("H-2", address: "工地东侧", at: "2026-03-01 10:00", lat: 32.1303, lon: 114.0700),
            HotlineFixture.request("H-3", address: "另一工地", at: "2026-03-01 11:00", lat: 32.1350, lon: 114.0700),
        ])
        #expect(links.count == 1)
        let link = try #require(links.first)
        #expect(link.requestID == "H-2")
        #expect(link.primaryID == "H-1")
        guard case .nearby(let metres) = link.match else {
            Issue.record("expected a nearby match, got \(link.match)")
            return
        }
        #expect(abs(metres - 33.4) < 0.5)
    }

    @Test func linkingSetsDuplicateOf() {
        let linked = detector.linking([
            HotlineFixture.request("H-1", at: "2026-03-01 09:00"),
            HotlineFixture.request("H-2", at: "2026-03-01 10:00"),
        ])
        #expect(linked.map(\.duplicateOf) == [nil, "H-1"])
    }

    @Test func agreesWithPairwiseComparisonOnRandomRequests() {
        var random = HotlineTestRandom(seed: 42)
        let requests = (0..<600).map { index in
            let hasPosition = random.next() % 3 != 0
            return HotlineRequest(
                id: "R-\(index)", serviceCode: ["01", "02", "03"][Int(random.next() % 3)], serviceName: "x", type: .complaint,
                channel: .phone, description: "", address: "路\(random.next() % 15)号",
                latitude: hasPosition ? 32.1 + Double(random.next() % 4000) / 1_000_000 : nil,
                longitude: hasPosition ? 114.0 + Double(random.next() % 4000) / 1_000_000 : nil,
                communityCode: "C\(random.next() % 2)",
                requestedAt: ServiceClock.at("2026-03-01").addingTimeInterval(Double(random.next() % (30 * 86_400)))
            )
        }
        let links = detector.links(in: requests)
        #expect(links == pairwiseLinks(requests))
        #expect(links.contains { $0.match == .sameAddress })
        #expect(links.contains { if case .nearby = $0.match { true } else { false } })
    }

    @Test func aCitysMonthIsLinkedQuickly() {
        var random = HotlineTestRandom(seed: 7)
        let requests = (0..<60_000).map { index in
            HotlineRequest(
                id: "R-\(index)", serviceCode: String(format: "%02d", Int(random.next() % 40)), serviceName: "x",
                type: .complaint, channel: .phone, description: "", address: "路\(random.next() % 5000)号",
                latitude: 32.0 + Double(random.next() % 200_000) / 1_000_000,
                longitude: 114.0 + Double(random.next() % 200_000) / 1_000_000,
                communityCode: "C\(random.next() % 300)",
                requestedAt: ServiceClock.at("2026-03-01").addingTimeInterval(Double(random.next() % (30 * 86_400)))
            )
        }
        let clock = ContinuousClock()
        var links: [HotlineDuplicateLink] = []
        let elapsed = clock.measure { links = detector.links(in: requests) }
        #expect(!links.isEmpty)
        // Comparing all pairs would take 1.8 billion distance computations.
        #expect(elapsed < .seconds(20))
    }

    /// The same rule, written the slow and obvious way.
    private func pairwiseLinks(_ requests: [HotlineRequest]) -> [HotlineDuplicateLink] {
        let sorted = requests.sorted { ($0.requestedAt, $0.id) < ($1.requestedAt, $1.id) }
        var primaries: [HotlineRequest] = []
        var links: [HotlineDuplicateLink] = []
        for request in sorted {
            let candidates = primaries.filter {
                $0.serviceCode == request.serviceCode && request.requestedAt.timeIntervalSince($0.requestedAt) <= detector.window
            }
            if let same = candidates.last(where: { HotlinePlaceKey($0) == HotlinePlaceKey(request) }) {
                links.append(HotlineDuplicateLink(requestID: request.id, primaryID: same.id, match: .sameAddress))
                continue
            }
            let near = candidates.compactMap { primary -> (HotlineRequest, Double)? in
                guard let a = request.latitude, let b = request.longitude, let c = primary.latitude, let d = primary.longitude else { return nil }
                let metres = GreatCircleDistance.metres(latitude: a, longitude: b, latitude: c, longitude: d)
                return metres <= detector.radiusMetres ? (primary, metres) : nil
            }.min { $0.1 < $1.1 }
            if let (primary, metres) = near {
                links.append(HotlineDuplicateLink(requestID: request.id, primaryID: primary.id, match: .nearby(metres: metres)))
                continue
            }
            primaries.append(request)
        }
        return links
    }
}

/// A small deterministic generator, so random cases are the same on every run.
struct HotlineTestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
