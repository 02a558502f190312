import ArgumentParser

/// `shequ-bench`: release-mode benchmarks of Shequ against the ceilings set by the libraries
/// under it (Lua's C API, the `sqlite3` tool). Run with `swift run -c release shequ-bench …`;
/// `docs/performance.md` explains each figure.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shequ-bench",
        abstract: "Measure Shequ against its ceilings: each figure as median and spread over several runs, each ratio from the same run.",
        subcommands: [HooksBenchmark.self, PoolBenchmark.self, ColdStartBenchmark.self,
                      IngestBenchmark.self, ImportBenchmark.self, DivideBenchmark.self,
                      MeasuredChildCommand.self]
    )
}
