import Foundation
import ShequCore
import Testing
@testable import ShequImport

@Suite("Behaviour event files")
struct BehaviourEventFileTests {
    func write(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func jsonLinesAndCSVGiveTheSameEvent() throws {
        let json = try write("e.jsonl", #"{"id":"e-1","kind":"banquet","subject":{"type":"household","id":"h-1"},"community":"c-1","occurred_at":"2025-04-03","reporter":"网格员","evidence":["p-1","p-2"],"facts":{"tables":12,"ceremony":"wedding"}}"#)
        let csv = try write("e.csv", """
            id,kind,subject_type,subject_id,household,community,occurred_at,place,reporter,evidence,facts
            e-1,banquet,household,h-1,,c-1,2025-04-03,,网格员,p-1;p-2,"{""tables"":12,""ceremony"":""wedding""}"
            """)
        let fromJSON = try BehaviourEventFile.read(path: json)
        let fromCSV = try BehaviourEventFile.read(path: csv)
        #expect(fromJSON == fromCSV)
        #expect(fromJSON.first?.facts["tables"] == .integer(12))
        #expect(fromJSON.first?.evidence == ["p-1", "p-2"])
    }

    @Test func errorsNameFileLineAndField() throws {
        let csv = try write("bad.csv", """
            id,kind,subject_type,subject_id,community,occurred_at,reporter
            e-1,elder_care,resident,r-1,c-1,2025-04-03,网格员
            e-2,elder_care,family,r-1,c-1,2025-04-03,网格员
            """)
        let error = #expect(throws: ImportError.self) { try BehaviourEventFile.read(path: csv) }
        #expect(error?.line == 3)
        #expect(error?.field == "subject_type")
        #expect(error?.description.contains("bad.csv") == true)
    }

    @Test func eventKindsAreLowercaseASCIISnakeCase() throws {
        func read(kind: String) throws -> BehaviourEvent? {
            let path = try write("k.jsonl", #"{"id":"e-1","kind":"\#(kind)","subject":{"type":"household","id":"h-1"},"community":"c-1","occurred_at":"2025-04-03","reporter":"网格员"}"#)
            return try BehaviourEventFile.read(path: path).first
        }
        for kind in ["elder_care", "k9", "_x", "garbage_sorted_2"] {
            #expect(try read(kind: kind)?.kind == kind)
        }
        // Capitals, hyphens, spaces, Chinese, full-width digits, an accent written as a combining mark.
        for kind in ["Elder_care", "elder-care", "elder care", "宴席", "k\u{FF19}", "cafe\u{0301}", "ｅlder"] {
            let error = #expect(throws: ImportError.self, "\(kind)") { try read(kind: kind) }
            #expect(error?.field == "kind")
        }
    }

    @Test func aDuplicateIdInTheFileIsRefused() throws {
        let line = #"{"id":"e-1","kind":"elder_care","subject":{"type":"household","id":"h-1"},"community":"c-1","occurred_at":"2025-04-03","reporter":"网格员"}"#
        let file = try write("dup.jsonl", line + "\n\n" + line + "\n")
        let error = #expect(throws: ImportError.self) { try BehaviourEventFile.read(path: file) }
        #expect(error?.line == 3)
        #expect(error?.field == "id")
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let csv = try write("nohead.csv", "id,kind\ne-1,elder_care\n")
        let error = #expect(throws: ImportError.self) { try BehaviourEventFile.read(path: csv) }
        #expect(error?.line == 1)
        #expect(error?.field == "subject_type")
    }

    /// The events as the reader before `PlainValue(json:)` built them: `JSONDecoder` per line.
    func eventsAsJSONDecoderRead(_ path: String) throws -> [BehaviourEvent] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var events: [BehaviourEvent] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            guard case .table(var fields) = try JSONDecoder().decode(PlainValue.self, from: Data(line.utf8)) else {
                Issue.record("line \(index + 1) is not an object")
                continue
            }
            if case .table(let subject)? = fields["subject"] {
                fields["subject_type"] = subject["type"]
                fields["subject_id"] = subject["id"]
                fields["subject"] = nil
            }
            events.append(try BehaviourEventRecord.event(from: fields, file: path, line: index + 1))
        }
        return events
    }

    @Test func trickyLinesGiveTheEventsJSONDecoderGave() throws {
        let lines = [
            #"{"id":"e-1","kind":"banquet","subject":{"type":"household","id":"h-1"},"community":"c-1","occurred_at":"2025-04-03","reporter":"网格员","facts":{"tables":12,"hours":2.5,"whole":3.0,"exp":1e2,"big":12345678901234567890,"negzero":-0.0}}"#,
            "",
            "  \t ",
            #"{"id":"e-2","kind":"elder_care","subject_type":"resident","subject_id":"r-\u0031","household":"h-1","community":"c-1","occurred_at":"2025-04-04","place":"\u7b2c\u4e09\u7f51\u683c","reporter":"\"老\\张\"\/\t\n","evidence":["\ud83d\udcf7 p-1","p-2\u0000"]}"#,
            #"  { "id" : "e-3" , "kind":"dog_unleashed", "subject":{"type":"resident","id":"r-2"}, "community":"c-1", "occurred_at":"2025-04-05", "reporter":"网格员😀", "facts":{"nested":{"deeper":{"list":[1,1.5,"x",null,true,{"k":[]}]}},"emoji":"\uD83D\uDE00"} , }  "#,
            #"{"id":"e-4","kind":"banquet","subject":{"type":"household","id":"h-2"},"community":"c-1","occurred_at":"2025-04-06","reporter":"r","facts":{"tables":8,"tables":9},"place":null,"evidence":null}"# + "\r",
        ]
        let file = try write("tricky.jsonl", lines.joined(separator: "\n") + "\n")
        let events = try BehaviourEventFile.read(path: file)
        #expect(events == (try eventsAsJSONDecoderRead(file)))
        #expect(events.count == 4)
        #expect(events[0].facts["hours"] == .number(2.5))
        #expect(events[0].facts["whole"] == .integer(3))
        #expect(events[0].facts["exp"] == .integer(100))
        #expect(events[0].facts["big"] == .number(Double("12345678901234567890")!))
        #expect(events[1].subject == .resident("r-1"))
        #expect(events[1].place == "第三网格")
        #expect(events[1].reporter == "\"老\\张\"/\t\n")  // ends in a line break, so nothing is trimmed
        #expect(events[1].evidence == ["📷 p-1", "p-2\u{0}"])
        #expect(events[2].facts["emoji"] == .string("😀"))
        #expect(events[3].facts["tables"] == .integer(8))
    }

    @Test("bad lines name the file, line, column and field", arguments: [
        (#"{"id":"e-1","kind":"banquet","facts":{"tables":8,,}}"#, 50, "facts", "expected a member name in quotes, found ','"),
        (#"{"id":"e-1","reporter":"网格员\x"}"#, 28, "reporter", #"\x is not an escape"#),
        (#"{"id":"e-1","evidence":["p-1","\ud800"]}"#, 32, "evidence[2]", "surrogate pair"),
        (#"{"id":"e-1","facts":{"hours":1e400}}"#, 30, "facts.hours", "too large"),
        (#"{"id":"e-1" "kind":"banquet"}"#, 13, nil, #"expected ',' or '}' after the member "id", found '"'"#),
        (#"{"id":"e-1","kind":"banquet"}}"#, 30, nil, "expected the end after the value, found '}'"),
        ("{\"id\":\"e-1\",\"reporter\":\"tab\there\"}", 28, "reporter", "control character (U+0009)"),
    ] as [(String, Int, String?, String)])
    func badLines(line: String, column: Int, field: String?, message: String) throws {
        let good = #"{"id":"e-0","kind":"banquet","subject":{"type":"household","id":"h-1"},"community":"c-1","occurred_at":"2025-04-03","reporter":"网格员"}"#
        let file = try write("bad.jsonl", good + "\n\n" + line + "\n")
        let error = try #require(throws: ImportError.self) { try BehaviourEventFile.read(path: file) }
        #expect(error.line == 3)
        #expect(error.column == column)
        #expect(error.field == field)
        #expect(error.message.contains(message))
        #expect(error.message.hasPrefix("not valid JSON ("))
        #expect(error.description.hasPrefix(file + ":3: column \(column)"))
    }

    @Test func aLineThatIsNotAnObjectIsRefused() throws {
        let file = try write("list.jsonl", "[1,2]\n")
        let error = try #require(throws: ImportError.self) { try BehaviourEventFile.read(path: file) }
        #expect(error.line == 1)
        #expect(error.message == "each line must hold one JSON object (an event)")
    }
}
