import Foundation

/// The durations of the measured runs of one figure, with the statistics the report prints.
struct Measurement: Sendable, Encodable {
    /// Seconds per run, in the order they were taken.
    let seconds: [Double]

    var median: Double { Self.percentile(0.5, of: seconds) }
    var minimum: Double { seconds.min() ?? 0 }
    var maximum: Double { seconds.max() ?? 0 }

    /// Spread as (max − min) / median: how far apart the runs were, relative to the figure.
    var spread: Double { median > 0 ? (maximum - minimum) / median : 0 }

    /// Runs `body` `warmup` times unmeasured, then `runs` times measured with a monotonic clock.
    static func take(runs: Int, warmup: Int, _ body: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmup { try body() }
        var seconds: [Double] = []
        seconds.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Measurement(seconds: seconds)
    }

    /// The async counterpart of ``take(runs:warmup:_:)``.
    static func take(runs: Int, warmup: Int, _ body: () async throws -> Void) async rethrows -> Measurement {
        for _ in 0..<warmup { try await body() }
        var seconds: [Double] = []
        seconds.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try await body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Measurement(seconds: seconds)
    }

    /// The nearest-rank percentile (`fraction` in 0...1) of `values`; used for latency p50/p99 too.
    static func percentile(_ fraction: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
