/// Hands runs of consecutive events to a pool's workers as each becomes free: long runs
/// first (few hops to a worker's thread), shorter ones toward the end, so every worker
/// finishes at about the same time whatever the events cost and whichever worker shares
/// its core with other work. ``MeasuresEvaluator`` uses it.
actor EvaluationRuns {
    /// The longest run, in events: one hop to a worker's thread evaluates this many.
    static let longest = 512
    /// The shortest run, except for a smaller remainder.
    static let shortest = 32

    private let runs: [Range<Int>]
    private var next = 0

    /// Splits `count` events for `workers` workers: each run is half of a worker's share of
    /// the events that remain, between ``shortest`` and ``longest``.
    init(count: Int, workers: Int) {
        var runs: [Range<Int>] = []
        var start = 0
        while start < count {
            let remaining = count - start
            let length = max(min(Self.shortest, remaining), min(Self.longest, remaining / (2 * max(1, workers))))
            runs.append(start..<(start + length))
            start += length
        }
        self.runs = runs
    }

    /// The next run to evaluate, or `nil` when every run was handed out.
    func take() -> Range<Int>? {
        guard next < runs.count else { return nil }
        defer { next += 1 }
        return runs[next]
    }

    /// Every run, in order (for tests).
    var all: [Range<Int>] { runs }
}
