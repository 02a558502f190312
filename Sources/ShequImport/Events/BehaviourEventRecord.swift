import ShequCore

/// Checks the fields of one behaviour event as read from a file and builds the event.
enum BehaviourEventRecord {
    static let requiredFields = ["id", "kind", "subject_type", "subject_id", "community", "occurred_at", "reporter"]
    static let allFields = requiredFields + ["household", "place", "evidence", "facts"]

    static func event(from fields: [String: PlainValue], file: String, line: Int) throws(ImportError) -> BehaviourEvent {
        func fail(_ field: String, _ message: String) -> ImportError {
            ImportError(file: file, line: line, column: nil, field: field, message: message)
        }
        for name in fields.keys where !allFields.contains(name) {
            throw fail(name, "unknown field; an event has \(allFields.joined(separator: ", "))")
        }
        func text(_ name: String, required: Bool = true) throws(ImportError) -> String? {
            guard let value = fields[name], value != .null else {
                if required { throw fail(name, "missing: every event needs \(requiredFields.joined(separator: ", "))") }
                return nil
            }
            guard let string = value.stringValue?.trimmingHorizontalWhitespace, !string.isEmpty else {
                throw fail(name, "must be a non-empty string")
            }
            return string
        }
        let id = try text("id")!
        if let prefix = BehaviourEvent.reservedPrefix(of: id) {
            throw fail("id", "'\(id)' starts with '\(prefix)', which the ledger keeps for appeal reversals and shop redemptions: give the event another id")
        }
        let kind = try text("kind")!
        // a–z, 0–9 and _, checked scalar by scalar: no grapheme breaking or Unicode tables for an ASCII check.
        guard kind.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
            throw fail("kind", "'\(kind)' is not an event kind: use the plugin's snake_case kinds such as elder_care, banquet")
        }
        let typeText = try text("subject_type")!
        guard let type = PointsSubject.Kind(rawValue: typeText) else {
            throw fail("subject_type", "'\(typeText)' is not a subject type: use resident or household")
        }
        let subjectID = try text("subject_id")!
        let community = try text("community")!
        let dayText = try text("occurred_at")!
        guard let day = CivilDate(dayText) else {
            throw fail("occurred_at", "'\(dayText)' is not a date: expected YYYY-MM-DD, e.g. 2025-04-03")
        }
        let reporter = try text("reporter")!
        var evidence: [String] = []
        if let value = fields["evidence"], value != .null {
            guard case .list(let items) = value, let strings = Optional(items.compactMap(\.stringValue)), strings.count == items.count else {
                throw fail("evidence", "must be a list of strings (photo ids, witness notes)")
            }
            evidence = strings
        }
        var facts: [String: PlainValue] = [:]
        if let value = fields["facts"], value != .null {
            guard case .table(let table) = value else { throw fail("facts", "must be an object such as {\"tables\": 8}") }
            facts = table
        }
        return BehaviourEvent(id: id, kind: kind, subject: PointsSubject(type: type, id: subjectID),
                              household: try text("household", required: false), community: CommunityID(community),
                              occurredOn: day, place: try text("place", required: false), reporter: reporter,
                              evidence: evidence, facts: facts)
    }
}
