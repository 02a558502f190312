import Foundation
import Testing
@testable import ShequLua

/// What crosses from a worker is untrusted: a hostile or corrupt frame or value is an
/// ordinary error, never a crash of the host or an allocation sized by the worker's say-so.
@Suite("The worker protocol against hostile bytes")
struct WorkerProtocolTests {
    let limits = LuaLimits()

    func decode(_ bytes: [UInt8]) -> Result<[LuaValue], LuaError> {
        Result { () throws(LuaError) -> [LuaValue] in try EncodedValues.decode(bytes[...], limits: limits) { "result" } }
    }

    @Test func encodingsRoundTrip() throws {
        let value: LuaValue = ["name": "张三", "list": [1, 2.5, true, "x"], "nested": ["deep": ["deeper": .nil]]]
        let bytes = try LuaValueWriter.encode([value, 7, "s"], limits: limits) { _ in "v" }
        #expect(try decode(bytes).get() == [value, 7, "s"])
        #expect(try EncodedValues.validate(bytes[...], limits: limits) { "v" } == 3)
    }

    @Test func countsLargerThanTheBytesAreRefusedBeforeAllocating() {
        // One table promising 2^60 elements in 21 bytes.
        var bytes: [UInt8] = [1, 0, 0, 0, 6]
        bytes += withUnsafeBytes(of: UInt64(1) << 60) { Array($0) }
        bytes += withUnsafeBytes(of: UInt64(0)) { Array($0) }
        guard case .failure(let error) = decode(bytes) else { Issue.record("accepted"); return }
        #expect(error.message.contains("malformed"))
        // A string longer than what follows, and a value count beyond the bytes.
        var long: [UInt8] = [1, 0, 0, 0, 5]
        long += withUnsafeBytes(of: UInt64.max) { Array($0) }
        #expect((try? decode(long).get()) == nil)
        #expect((try? decode([255, 255, 255, 255]).get()) == nil)
    }

    @Test func limitsApplyToWhatTheWorkerSends() {
        var deep: [UInt8] = [1, 0, 0, 0]
        // Tables one inside the other: each holds one element (sequence 1, fields 0).
        for _ in 0..<100 { deep += [6] + [1, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0, count: 8) }
        deep += [0]
        guard case .failure(let error) = decode(deep) else { Issue.record("accepted"); return }
        #expect(error.kind == .limitExceeded)
        let invalid: [UInt8] = [1, 0, 0, 0, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe]
        #expect((try? decode(invalid).get()) == nil)
        // A NaN key and a table key.
        var nanKey: [UInt8] = [1, 0, 0, 0, 6] + [UInt8](repeating: 0, count: 8) + [1, 0, 0, 0, 0, 0, 0, 0, 4]
        nanKey += withUnsafeBytes(of: Double.nan.bitPattern) { Array($0) } + [0]
        #expect((try? decode(nanKey).get()) == nil)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let valid = (try? LuaValueWriter.encode([["a": [1, 2, ["b": "c"]]]], limits: limits) { _ in "v" }) ?? []
        for _ in 0..<5000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            if Bool.random(using: &generator) { bytes.removeLast(Int.random(in: 0..<bytes.count, using: &generator)) }
            _ = decode(bytes)
            _ = try? EncodedValues.validate(bytes[...], limits: limits) { "v" }
            var reader = WorkerWireReader(bytes)
            _ = try? PluginError(reading: &reader)
        }
    }

    @Test func errorsCrossWithEveryField() throws {
        var lua = LuaError(kind: .runtime, message: "")
        lua.message = "rules.lua:3: boom"
        lua.file = "rules.lua"
        lua.line = 3
        lua.traceback = "stack traceback:\n\trules.lua:3: in function 'f'"
        let error = PluginError(kind: .lua, message: "boom", pluginID: "p", hook: "h", file: "rules.lua", line: 3, field: nil, lua: lua)
        var writer = WorkerWireWriter(.failure)
        error.write(to: &writer)
        let frame = writer.finish()
        var reader = WorkerWireReader(frame, from: 5)
        #expect(try PluginError(reading: &reader) == error)
        #expect(reader.isAtEnd)
    }

    /// A worker executable that answers the setup with a frame length far past the bound.
    @Test func hugeFrameFromTheWorkerIsAnOrdinaryError() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("shequ-plugin-worker")
        try Data("#!/bin/sh\nprintf '\\377\\377\\377\\177'\nsleep 5\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let options = PluginWorkerOptions(executable: fake, maxRestartsPerBatch: 1)
        let instance = try PluginInstance(plugin: IsolationFixture.plugin(), isolation: .process(options))
        let started = ContinuousClock.now
        let results = await instance.invokeBatch(hook: "echo", inputs: IsolationFixture.inputs(3))
        // Liveness only: this task may wait for a cooperative thread other suites hold.
        #expect(ContinuousClock.now - started < .seconds(300), "the host waited for the hostile worker")
        for result in results {
            guard case .failure(let error) = result else { Issue.record("a hostile worker gave a result"); continue }
            #expect(error.kind == .worker)
        }
        guard case .failure(let first) = results[0] else { return }
        #expect(first.message.contains("announced a frame of 2147483647 bytes"), "\(first.message)")
    }
}
