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
}
