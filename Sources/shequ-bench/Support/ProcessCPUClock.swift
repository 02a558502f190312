import Foundation

/// CPU time used by the whole process (all threads, user and system), for figures that should
/// not move with the load of other programs: on a shared machine, wall time counts the waits
/// for a core, CPU time only the work done.
enum ProcessCPUClock {
    /// Seconds of CPU the process has used so far.
    static func now() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Runs `body` and returns the process CPU seconds it used.
    static func measure(_ body: () async throws -> Void) async rethrows -> Double {
        let start = now()
        try await body()
        return now() - start
    }
}
