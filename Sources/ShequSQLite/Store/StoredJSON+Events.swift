import ShequCore

/// The stored JSON of a behaviour event, written member by member instead of through
/// `JSONEncoder`: the ingest writes one per event. The bytes are those of
/// ``StoredJSON/encode(_:)`` on any event (members in sorted order, absent optionals left
/// out); a fact holding NaN or an infinity goes through `JSONEncoder`, which refuses it.
extension StoredJSON {
    static func encode(_ event: BehaviourEvent) throws -> String {
        try written(event, capacity: 320) { (event, json) throws(SortedJSONWriter.NonConformingNumber) in try write(event, to: &json) }
    }

    static func write(_ event: BehaviourEvent, to json: inout SortedJSONWriter) throws(SortedJSONWriter.NonConformingNumber) {
        json.member(#"{"community":"#, event.community.rawValue)
        json.raw(#","evidence":"#)
        json.strings(event.evidence)
        json.raw(#","facts":"#)
        try json.table(event.facts)
        json.member(#","household":"#, event.household)
        json.member(#","id":"#, event.id)
        json.member(#","kind":"#, event.kind)
        json.raw(#","occurred_at":"#)
        json.date(event.occurredOn)
        json.member(#","place":"#, event.place)
        json.member(#","reporter":"#, event.reporter)
        json.raw(#","subject":"#)
        write(event.subject, to: &json)
        json.raw("}")
    }

    static func write(_ subject: PointsSubject, to json: inout SortedJSONWriter) {
        json.member(#"{"id":"#, subject.id)
        json.member(#","type":"#, subject.type.rawValue)
        json.raw("}")
    }
}
