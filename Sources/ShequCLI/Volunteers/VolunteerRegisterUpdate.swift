import Foundation
import ShequCore

/// Reads the volunteer register, applies a change its rules check, and stores it.
struct VolunteerRegisterUpdate {
    let store: any WorkspaceStore

    func apply(_ change: (inout VolunteerRegister) throws -> Void) async throws {
        var register = try await store.volunteerRegister()
        do { try change(&register) } catch let error as VolunteerError {
            throw CommandFailure.rule(error)
        }
        try await store.save(register)
    }
}

extension HotlineTimeOptions {
    /// The time option named `what` in messages.
    static func parse(_ text: String?, _ option: String) throws -> Date? {
        guard let text else { return nil }
        guard let date = Open311ServiceRequest.parseTime(text) else {
            throw CommandFailure.usage("\(option) \(text): not a time; give 2026-03-01 or 2026-03-01 09:30 (China Standard Time)")
        }
        return date
    }
}
