import Testing
@testable import ShequCore

@Suite("Chinese names identify each value")
struct ChineseNameTests {
    /// Imports accept Chinese names, so no two values of one type may share one.
    private func namesAreUniqueAndReadBack<T: ChineseNamedCase & Equatable>(_ type: T.Type) -> Bool {
        let names = T.allCases.map(\.chineseName)
        return Set(names).count == names.count && !names.contains("")
            && T.allCases.allSatisfy { T(chineseName: $0.chineseName) == $0 }
    }

    @Test func everyServiceVocabulary() {
        #expect(namesAreUniqueAndReadBack(HotlineRequestType.self))
        #expect(namesAreUniqueAndReadBack(HotlineChannel.self))
        #expect(namesAreUniqueAndReadBack(HotlineStatus.self))
        #expect(namesAreUniqueAndReadBack(HotlineSatisfaction.self))
        #expect(namesAreUniqueAndReadBack(HotlineExportTarget.self))
        #expect(namesAreUniqueAndReadBack(HotlineExportField.self))
        #expect(namesAreUniqueAndReadBack(EmergencySource.self))
        #expect(namesAreUniqueAndReadBack(EmergencyCategory.self))
        #expect(namesAreUniqueAndReadBack(EmergencySeverity.self))
        #expect(namesAreUniqueAndReadBack(EmergencyStatus.self))
        #expect(namesAreUniqueAndReadBack(EmergencyUnitRole.self))
        #expect(namesAreUniqueAndReadBack(EmergencyCommunityActionKind.self))
        #expect(namesAreUniqueAndReadBack(SafetyRiskLevel.self))
        #expect(namesAreUniqueAndReadBack(HazardLevel.self))
        #expect(namesAreUniqueAndReadBack(HazardState.self))
        #expect(namesAreUniqueAndReadBack(CareCategory.self))
        #expect(namesAreUniqueAndReadBack(CareServiceKind.self))
        #expect(namesAreUniqueAndReadBack(CareNeedState.self))
        #expect(namesAreUniqueAndReadBack(CareProvider.Kind.self))
        #expect(namesAreUniqueAndReadBack(VolunteerServiceArea.self))
        #expect(namesAreUniqueAndReadBack(NewEconomyOccupation.self))
        #expect(namesAreUniqueAndReadBack(VolunteerProjectState.self))
        #expect(namesAreUniqueAndReadBack(ServiceHourState.self))
        #expect(namesAreUniqueAndReadBack(FacilityKind.self))
        #expect(namesAreUniqueAndReadBack(FacilityTenure.self))
        #expect(namesAreUniqueAndReadBack(FacilityRemedy.self))
        #expect(namesAreUniqueAndReadBack(FacilityUtility.self))
        #expect(namesAreUniqueAndReadBack(UtilityTariff.self))
        #expect(namesAreUniqueAndReadBack(FacilityComplianceStatus.self))
        #expect(namesAreUniqueAndReadBack(OpenedFacility.Kind.self))
        #expect(namesAreUniqueAndReadBack(HousingProjectStage.self))
        #expect(namesAreUniqueAndReadBack(HousingProjectPart.self))
        #expect(namesAreUniqueAndReadBack(HousingProjectFacility.Kind.self))
        #expect(namesAreUniqueAndReadBack(CommunityWorkerPost.self))
        #expect(namesAreUniqueAndReadBack(CommunityWorkerPosition.self))
        #expect(namesAreUniqueAndReadBack(CommunityWorkerHiringRoute.self))
        #expect(namesAreUniqueAndReadBack(CommunityWorkerEvaluationGrade.self))
        #expect(namesAreUniqueAndReadBack(CommunityWorkerDepartureReason.self))
        #expect(namesAreUniqueAndReadBack(HotlineTrend.self))
        #expect(namesAreUniqueAndReadBack(HotlinePeriodUnit.self))
    }

    @Test func finalStatesAreReachable() {
        // A final state nobody can reach would be a dead entry in a lifecycle.
        func reachable<T: LifecycleState>(_ start: T) -> Set<T> {
            var seen: Set<T> = [start]
            var queue = [start]
            while let next = queue.popLast() {
                for successor in next.successors where seen.insert(successor).inserted { queue.append(successor) }
            }
            return seen
        }
        #expect(reachable(HotlineStatus.received) == Set(HotlineStatus.allCases))
        #expect(reachable(EmergencyStatus.reported) == Set(EmergencyStatus.allCases))
        #expect(reachable(HazardState.open) == Set(HazardState.allCases))
        #expect(reachable(CareNeedState.outstanding) == Set(CareNeedState.allCases))
        #expect(reachable(VolunteerProjectState.planned) == Set(VolunteerProjectState.allCases))
        #expect(reachable(ServiceHourState.logged) == Set(ServiceHourState.allCases))
    }
}
