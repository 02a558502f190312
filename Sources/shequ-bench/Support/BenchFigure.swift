/// One line of a benchmark report: a measured figure, optionally with the work it did per run
/// (to print a rate) and the ratio against a baseline measured in the same run.
struct BenchFigure: Sendable, Encodable {
    /// What was measured, e.g. "SDK batch evaluation" or "sqlite3 .import (ceiling)".
    let name: String
    let measurement: Measurement
    /// Units of work per run (events, rows, communities) and their name, for the rate column.
    var work: Double?
    var workUnit: String?
    /// This figure's rate over the baseline's rate (>1 is faster), when a baseline was run.
    var ratio: Double?
    /// The target the ratio is held against, e.g. 0.8; printed beside the ratio.
    var target: Double?

    /// Units of work per second at the median run.
    var rate: Double? {
        guard let work, measurement.median > 0 else { return nil }
        return work / measurement.median
    }

    /// Sets ``ratio`` to this figure's speed over `baseline`'s (time ratio when neither has work).
    func compared(to baseline: BenchFigure, target: Double? = nil) -> BenchFigure {
        var figure = self
        if let rate, let baseRate = baseline.rate, baseRate > 0 {
            figure.ratio = rate / baseRate
        } else if measurement.median > 0 {
            figure.ratio = baseline.measurement.median / measurement.median
        }
        figure.target = target
        return figure
    }
}
