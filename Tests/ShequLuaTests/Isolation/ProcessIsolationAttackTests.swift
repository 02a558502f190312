import Foundation
import Testing
@testable import ShequLua

/// Holes in the C parts of the sandbox, stood in for by the worker's test faults: under
/// process isolation each costs the call it happens in, never the host, the other calls of
/// the batch, or the next batch.
@Suite("Process isolation contains what the sandbox cannot")
struct ProcessIsolationAttackTests {
    @Test func crashCostsOnlyTheCallInFlight() async throws {
        let instance = try PluginInstance(plugin: IsolationFixture.plugin(), isolation: .process(IsolationFixture.options()))
        let results = await instance.invokeBatch(hook: "crash_on", inputs: IsolationFixture.inputs(6, marking: [2, 4]))
        for (index, result) in results.enumerated() {
            if index == 2 || index == 4 {
                guard case .failure(let error) = result else { Issue.record("call \(index) should fail"); continue }
                #expect(error.kind == .worker)
                #expect(error.message.contains("crashed with signal 11 (SIGSEGV)"), "\(error.message)")
                #expect(error.pluginID == "tests.isolation" && error.hook == "crash_on")
            } else {
                #expect(try result.get() == .integer(Int64(index)))
            }
        }
        // The next batch runs in a fresh worker.
        let next = await instance.invokeBatch(hook: "crash_on", inputs: IsolationFixture.inputs(3))
        #expect(try next.map { try $0.get() } == [0, 1, 2])
    }

    @Test func loopInCIsKilledAtTheDeadlinePlusGrace() async throws {
        let plugin = try IsolationFixture.plugin(deadline: .milliseconds(400))
        let instance = try PluginInstance(plugin: plugin, isolation: .process(IsolationFixture.options()))
        let started = ContinuousClock.now
        let results = await instance.invokeBatch(hook: "spin", inputs: IsolationFixture.inputs(3, marking: [1], as: "spin"))
        let elapsed = ContinuousClock.now - started
        #expect(try results[0].get() == 0)
        #expect(try results[2].get() == 2)
        guard case .failure(let error) = results[1] else { Issue.record("the spinning call should fail"); return }
        #expect(error.kind == .worker)
        #expect(error.message.contains("no answer within the call's deadline (400 ms) plus a grace of 300 ms"), "\(error.message)")
        // Liveness only: this task may wait for a cooperative thread other suites hold; the message above
        // proves the watchdog stopped the worker.
        #expect(elapsed < .seconds(300), "the host waited \(elapsed)")
        #expect(try await instance.invoke(hook: "spin", input: ["n": 7]) == 7)
    }

    @Test func memoryBombEndsAtTheWorkersAddressSpace() async throws {
        let instance = try PluginInstance(plugin: IsolationFixture.plugin(), isolation: .process(IsolationFixture.options()))
        let results = await instance.invokeBatch(hook: "exhaust", inputs: IsolationFixture.inputs(3, marking: [1], as: "exhaust"))
        #expect(try results[0].get() == 0)
        #expect(try results[2].get() == 2)
        switch results[1] {
        case .failure(let error):
            // The runtime cannot allocate once the C code took everything RLIMIT_AS allows.
            #expect(error.kind == .worker, "\(error)")
        case .success(let taken):
            // Or the worker survived to report how much it got: never more than its limit.
            let limit = PluginWorkerOptions().addressSpace(for: instance.plugin.limits)
            guard case .integer(let bytes) = taken else { Issue.record("unexpected \(taken)"); return }
            #expect(bytes > 0 && Int(bytes) < limit)
        }
        #expect(try await instance.invoke(hook: "exhaust", input: ["n": 5]) == 5)
    }

    @Test func workerRunsUnderItsLimits() async throws {
        let plugin = try IsolationFixture.plugin()
        let options = IsolationFixture.options()
        let instance = try PluginInstance(plugin: plugin, isolation: .process(options))
        #expect(try await instance.invoke(hook: "echo", input: ["n": 1]) != .nil)
        let pid = try #require(await instance.workerProcessID)
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        func limit(_ name: String) -> [String] {
            let line = limits.split(separator: "\n").first { $0.hasPrefix(name) } ?? ""
            return line.dropFirst(name.count).split(separator: " ").map(String.init)
        }
        let space = String(options.addressSpace(for: plugin.limits))
        #expect(limit("Max address space") == [space, space, "bytes"])
        #expect(limit("Max file size") == ["0", "0", "bytes"])
        #expect(limit("Max open files") == ["3", "3", "files"])
        #expect(limit("Max core file size") == ["0", "0", "bytes"])
        #expect(limit("Max cpu time").dropFirst().first == "3600")
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        #expect(status.contains("NoNewPrivs:\t1"))
        #expect(status.contains("CapEff:\t0000000000000000"))
        // Only the three pipes: no file, socket or descriptor of the host.
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")
        #expect(descriptors.sorted() == ["0", "1", "2"])
        for fd in descriptors {
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(fd)")
            #expect(target.hasPrefix("pipe:"), "fd \(fd) is \(target)")
        }
    }

    @Test func aPluginThatCrashesOnEveryCallCannotStartProcessesWithoutEnd() async throws {
        let options = IsolationFixture.options(maxRestartsPerBatch: 2)
        let instance = try PluginInstance(plugin: IsolationFixture.plugin(), isolation: .process(options))
        let results = await instance.invokeBatch(hook: "crash_on", inputs: IsolationFixture.inputs(10, marking: Set(0..<10)))
        let errors = results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
        #expect(errors.count == 10)
        #expect(errors.allSatisfy { $0.kind == .worker })
        #expect(errors.prefix(3).allSatisfy { $0.message.contains("SIGSEGV") })
        #expect(errors.dropFirst(3).allSatisfy { $0.message.contains("not run") && $0.message.contains("maxRestartsPerBatch") })
        #expect(try await instance.invoke(hook: "crash_on", input: ["n": 3]) == 3)
    }

    @Test func hostilePluginInAPoolLeavesEveryWorkerUsable() async throws {
        let pool = try PluginPool(plugin: IsolationFixture.plugin(), workers: 2, isolation: .process(IsolationFixture.options()))
        for round in 0..<100 {
            let results = await pool.evaluate(hook: "crash_on", inputs: IsolationFixture.inputs(4, marking: [round % 4]))
            for (index, result) in results.enumerated() where index != round % 4 {
                #expect(try result.get() == .integer(Int64(index)), "round \(round)")
            }
            #expect((try? results[round % 4].get()) == nil)
        }
        for instance in pool.instances {
            #expect(try await instance.invoke(hook: "crash_on", input: ["n": 1]) == 1)
        }
    }

    @Test func cancelKillsTheWorkerAndTheNextCallWorks() async throws {
        let plugin = try IsolationFixture.plugin(deadline: .seconds(20))
        let instance = try PluginInstance(plugin: plugin, isolation: .process(IsolationFixture.options()))
        _ = try await instance.invoke(hook: "echo", input: ["n": 1])
        let canceller = Task {
            try await Task.sleep(for: .milliseconds(300))
            instance.cancel()
        }
        let started = ContinuousClock.now
        let results = await instance.invokeBatch(hook: "spin", inputs: IsolationFixture.inputs(3, marking: [0], as: "spin"))
        try await canceller.value
        #expect(ContinuousClock.now - started < .seconds(300))  // liveness only, as above
        for result in results {
            guard case .failure(let error) = result else { Issue.record("cancelled batch succeeded"); continue }
            #expect(error.lua?.kind == .cancelled, "\(error)")
        }
        #expect(try await instance.invoke(hook: "spin", input: ["n": 4]) == 4)
    }

    @Test func missingWorkerExecutableSaysHowToFixIt() throws {
        let options = PluginWorkerOptions(executable: URL(fileURLWithPath: "/nonexistent/shequ-plugin-worker"))
        #expect {
            _ = try PluginInstance(plugin: IsolationFixture.plugin(), isolation: .process(options))
        } throws: { error in
            guard let error = error as? PluginError else { return false }
            return error.kind == .workerUnavailable && error.message.contains("/nonexistent/shequ-plugin-worker")
                && error.message.contains("swift build --product shequ-plugin-worker")
        }
    }

    @Test func defaultExecutableIsFoundNextToTheRunningOne() throws {
        let url = try PluginWorkerOptions().resolvedExecutable()
        #expect(url.lastPathComponent == "shequ-plugin-worker")
    }
}
