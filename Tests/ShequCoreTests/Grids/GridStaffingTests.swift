import Testing
@testable import ShequCore

@Suite("Grid workers")
struct GridStaffingTests {
    func grids() throws -> [Grid] {
        let community = CommunityGenerator.small()
        let parameters = DivisionParameters(targetHouseholds: 2, minHouseholds: 1, maxHouseholds: 3)
        return try DivisionValidator.validate(BuiltInDivision.divide(community, parameters: parameters),
                                              of: community, parameters: parameters).grids
    }

    @Test func everyGridNeedsAWorker() throws {
        let grids = try grids()
        #expect(grids.count >= 3)
        let assignments = grids.dropLast().enumerated().map { index, grid in
            GridWorkerAssignment(workerID: "W-\(index)", gridCode: grid.code, employment: .fullTime)
        }
        let problems = GridStaffing.problems(grids: grids, assignments: assignments, policy: .oneGridPerWorker)
        #expect(problems == [.gridWithoutWorker(grids.last!.code)])
        #expect(problems[0].description.contains("has no grid worker"))
    }

    @Test func severalGridsPerWorkerOnlyWhereTheCountyAllows() throws {
        let grids = try grids()
        let assignments = grids.map { GridWorkerAssignment(workerID: "W-1", gridCode: $0.code, employment: .partTime) }
        let strict = GridStaffing.problems(grids: grids, assignments: assignments, policy: .oneGridPerWorker)
        #expect(strict == [.tooManyGridsForWorker(workerID: "W-1", grids: grids.map(\.code), limit: 1)])

        let allowing = GridStaffingPolicy(allowsSeveralGridsPerWorker: true)
        #expect(GridStaffing.problems(grids: grids, assignments: assignments, policy: allowing).isEmpty)

        let capped = GridStaffingPolicy(allowsSeveralGridsPerWorker: true, maxGridsPerWorker: 2)
        #expect(GridStaffing.problems(grids: grids, assignments: assignments, policy: capped)
            == [.tooManyGridsForWorker(workerID: "W-1", grids: grids.map(\.code), limit: 2)])
    }

    @Test func unknownGridsAndDuplicatesAreReported() throws {
        let grids = try grids()
        let stranger = try GridCode(communityCode: "411502001009", number: 1)
        var assignments = grids.map { GridWorkerAssignment(workerID: "W-\($0.number)", gridCode: $0.code, employment: .fullTime) }
        assignments.append(GridWorkerAssignment(workerID: "W-1", gridCode: grids[0].code, employment: .fullTime))
        assignments.append(GridWorkerAssignment(workerID: "W-9", gridCode: stranger, employment: .partTime))
        let problems = GridStaffing.problems(grids: grids, assignments: assignments, policy: .oneGridPerWorker)
        #expect(problems == [.duplicateAssignment(workerID: "W-1", gridCode: grids[0].code),
                             .unknownGrid(workerID: "W-9", gridCode: stranger)])
    }
}
