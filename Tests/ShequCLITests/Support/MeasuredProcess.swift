import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `shequ` and measures its peak resident memory, as the kernel counts it
/// when the process is reaped (`ru_maxrss`): a bound on the host's memory whatever a plugin
/// does, without sampling.
///
/// `shequ` runs under `/usr/bin/time`, which forks it and reports its peak alone: a process
/// started by `posix_spawn` from this test process (a vfork) inherits the test process's own
/// peak at `exec`, so `wait4` on it would report the test runner's memory.
enum MeasuredProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Int
        var stderrBytes: Int
        /// The peak resident set size of the process, in bytes.
        var peakResidentBytes: Int
    }

    static func run(_ arguments: [String], stdin: String = "", timeout: Duration = .seconds(60)) throws -> Result {
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0], errors: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0, pipe(&errors) == 0 else { throw Failure("pipe failed") }
        // Close-on-exec, so children other tests start meanwhile do not keep these pipes open.
        for descriptor in input + output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        for descriptor in input + output + errors { posix_spawn_file_actions_addclose(&actions, descriptor) }

        let path = "/usr/bin/time"
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-peak-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let argv = ([path, "-f", "%M", "-o", report, ShequProcess.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SHEQU_STORE")
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        close(input[0])
        close(output[1])
        close(errors[1])
        guard spawned == 0 else { throw Failure("cannot start \(path): \(spawned)") }

        // Drain both pipes on their own threads so a chatty child never blocks.
        let collected = ShequProcess.Collected()
        let group = DispatchGroup()
        for (descriptor, isError) in [(output[0], false), (errors[0], true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).readDataToEndOfFile()
                collected.store(data, isError: isError)
                group.leave()
            }
        }
        let handle = FileHandle(fileDescriptor: input[1], closeOnDealloc: true)
        handle.write(Data(stdin.utf8))
        try? handle.close()

        var status: Int32 = 0
        let deadline = ContinuousClock.now + timeout
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { throw Failure("waitpid failed: \(errno)") }
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Failure("shequ \(arguments.joined(separator: " ")) still ran after \(timeout)")
            }
            usleep(10_000)
        }
        group.wait()
        let (out, err) = collected.values
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        // The last line of the report is the peak in KiB (a line before it may say how the command ended).
        let peakKiB = (try? String(contentsOfFile: report, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let peakKiB else { throw Failure("/usr/bin/time reported no peak for shequ \(arguments.joined(separator: " "))") }
        return Result(
            status: exitStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            stdoutBytes: out.count, stderrBytes: err.count,
            peakResidentBytes: peakKiB * 1024)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

}
