import Testing
@testable import ShequHooks

@Suite("Runs of events handed to a pool's workers")
struct EvaluationRunsTests {
    @Test("runs cover every event once, in order, long first and shorter toward the end",
          arguments: [(1, 1), (31, 2), (100, 2), (9_642, 2), (9_642, 1), (50_000, 4)])
    func cover(count: Int, workers: Int) async {
        let runs = await EvaluationRuns(count: count, workers: workers).all
        #expect(runs.first?.lowerBound == 0)
        #expect(runs.last?.upperBound == count)
        for (run, following) in zip(runs, runs.dropFirst()) {
            #expect(run.upperBound == following.lowerBound)
            #expect(run.count >= following.count)
        }
        #expect(runs.allSatisfy { $0.count <= EvaluationRuns.longest && !$0.isEmpty })
        #expect(runs.dropLast().allSatisfy { $0.count >= EvaluationRuns.shortest })
    }

    @Test("a worker that is free takes the next run, and nothing is handed out twice")
    func takenOnce() async {
        let runs = EvaluationRuns(count: 9_642, workers: 2)
        let all = await runs.all
        #expect(all.count > 2 * 9_642 / EvaluationRuns.longest / 2, "enough runs to balance two workers")
        #expect(all.last!.count < EvaluationRuns.longest / 4, "the last runs are short")
        var taken: [Range<Int>] = []
        while let run = await runs.take() { taken.append(run) }
        #expect(taken == all)
        #expect(await runs.take() == nil)
    }
}
