import ArgumentParser
import Foundation
import ShequCore

/// `--at` and `--by`: when a change to a work order happens and who makes it.
struct HotlineTimeOptions: ParsableArguments {
    @Option(help: "When it happens (2026-03-01T09:30:00+08:00 or 2026-03-01 09:30, China Standard Time); default now.")
    var at: String?

    @Option(help: "Who does it (the unit or operator recorded in the history).")
    var by: String = "12345"

    func time() throws -> Date {
        guard let at else { return Date() }
        guard let date = Open311ServiceRequest.parseTime(at) else {
            throw CommandFailure.usage("--at \(at): not a time; give 2026-03-01T09:30:00+08:00 or 2026-03-01 09:30")
        }
        return date
    }
}
