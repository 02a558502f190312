import Foundation
import Testing
import ShequLua

@Suite("JSON Lines reader")
struct JSONLinesReaderTests {
    private let text = """
        {"id": 1, "kind": "走访"}

        {"id": 2, "kind": "报修" "oops": 1}
        \t
        {"id": 3, "kind": "议事"}\r
        [4]
        """

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("jsonl-\(UUID().uuidString).jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func badLineInTheMiddleIsReportedAndReadingContinues() throws {
        let reader = JSONLinesReader(bytes: Array(text.utf8), source: "events.jsonl")
        var lines: [JSONLine] = []
        var errors: [JSONReadError] = []
        for result in reader {
            switch result {
            case .success(let line): lines.append(line)
            case .failure(let error): errors.append(error)
            }
        }
        #expect(lines.map(\.number) == [1, 5, 6])
        #expect(lines[1].value == ["id": 3, "kind": "议事"])
        #expect(lines[2].value == [4])
        #expect(errors.count == 1)
        #expect(errors.first?.description == "events.jsonl:3:24: expected ',' or '}' after object member, found '\"'")
    }

    @Test func tryStopsAtFirstError() throws {
        let reader = JSONLinesReader(bytes: Array(text.utf8))
        #expect(try reader.nextLine()?.number == 1)
        let error = try #require(throws: JSONReadError.self) { try reader.nextLine() }
        #expect(error.line == 3)
        #expect(try reader.nextLine()?.number == 5)
    }

    @Test func streamsFromFileAcrossChunkBoundaries() throws {
        var content = ""
        for index in 1...20_000 {
            content += #"{"n":\#(index),"pad":"\#(String(repeating: "x", count: index % 50))"}"# + "\n"
        }
        let path = try temporaryFile(Array(content.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try JSONLinesReader(contentsOfFile: path)
        var count = 0
        while let line = try reader.nextLine() {
            count += 1
            #expect(line.value.tableValue?["n"] == .integer(Int64(line.number)))
        }
        #expect(count == 20_000)
    }

    @Test func overlongLineIsReportedAndSkipped() throws {
        let long = "[\"" + String(repeating: "a", count: 200_000) + "\"]"
        let path = try temporaryFile(Array("[1]\n\(long)\n[3]".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try JSONLinesReader(contentsOfFile: path, maxLineLength: 100_000)
        let results = Array(reader)
        #expect(results.count == 3)
        guard case .failure(let error) = results[1] else {
            Issue.record("expected the long line to fail")
            return
        }
        #expect(error.kind == .lineTooLong)
        #expect(error.line == 2)
        #expect(try results[2].get() == JSONLine(number: 3, value: [3]))
    }

    @Test func missingFileIsUnreadable() throws {
        let error = try #require(throws: JSONReadError.self) {
            try JSONLinesReader(contentsOfFile: "/nonexistent/events.jsonl")
        }
        #expect(error.kind == .unreadable)
        #expect(error.source == "/nonexistent/events.jsonl")
    }

    @Test func emptyInputYieldsNothing() throws {
        #expect(try JSONLinesReader(bytes: []).nextLine() == nil)
        #expect(try JSONLinesReader(bytes: Array("\n\n  \n".utf8)).nextLine() == nil)
    }
}
