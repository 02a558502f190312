import Foundation
import Testing

/// The sample scripts work in workspaces of their own: an operator who keeps a real
/// workspace in `SHEQU_STORE`, as docs/cli/workspace.md recommends, never loses it to a sample.
@Suite("Sample scripts never touch a workspace they did not make")
struct SampleScriptsTests {
    /// A real workspace holding Xinyang's divisions, standing for an operator's own.
    private func operatorWorkspace() throws -> (shequ: ShequProcess, path: String, bytes: Data) {
        let shequ = try ShequProcess()
        let path = shequ.directory.appendingPathComponent("real.sqlite").path
        #expect(try shequ.run("init", "--store", path).status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions, "--store", path).status == 0)
        return (shequ, path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Runs a script of the repository with the given environment, in `directory`.
    private func script(_ relativePath: String, _ arguments: [String], environment: [String: String],
                        in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [ShequProcess.packageRoot.appendingPathComponent(relativePath).path] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func governanceWalkThroughUsesItsOwnTemporaryWorkspace() throws {
        let (shequ, path, before) = try operatorWorkspace()
        let run = try script("Samples/governance/run.sh", [ShequProcess.executable.path],
                             environment: ["SHEQU_STORE": path], in: shequ.directory)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("示例工作区"), "the script says where its workspace is: \(run.output)")
        #expect(!run.output.contains(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the operator's workspace changed")
        #expect(!FileManager.default.fileExists(atPath: shequ.directory.appendingPathComponent("governance.sqlite").path))
    }

    @Test func pointsMonthRefusesAWorkspaceTheDemoDidNotMake() throws {
        let (shequ, path, before) = try operatorWorkspace()
        let run = try script("Samples/points/month.sh", [ShequProcess.executable.path, path],
                             environment: ["SHEQU_STORE": path], in: shequ.directory)
        #expect(run.status == 2, "\(run.output)")
        #expect(run.output.contains("was not made by scripts/demo.sh"), "\(run.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the operator's workspace changed")
    }

    @Test func pointsMonthWithoutAWorkspaceMakesItsOwn() throws {
        let (shequ, path, before) = try operatorWorkspace()
        let run = try script("Samples/points/month.sh", [ShequProcess.executable.path],
                             environment: ["SHEQU_STORE": path], in: shequ.directory)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("示例工作区"), "\(run.output)")
        #expect(run.output.contains("积分排行"), "the month ran: \(run.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the operator's workspace changed")
    }
}
