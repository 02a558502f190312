import ArgumentParser

/// Options every benchmark shares: how many measured runs, how many warm-up runs, output format.
struct BenchOptions: ParsableArguments {
    @Option(help: "Measured runs per figure; the median and spread are over these.")
    var runs: Int = 5

    @Option(help: "Unmeasured runs before the measured ones (caches, JIT-free warm-up of allocators).")
    var warmup: Int = 1

    @Flag(help: "Print the figures as JSON instead of a text table.")
    var json = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard warmup >= 0 else { throw ValidationError("--warmup must not be negative") }
    }
}
