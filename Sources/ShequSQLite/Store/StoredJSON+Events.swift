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
        json.raw(#"{"community":"#)
        json.string(event.community.rawValue)
        json.raw(#","evidence":["#)
        for (index, item) in event.evidence.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(item)
        }
        json.raw(#"],"facts":"#)
        try json.table(event.facts)
        json.member(#","household":"#, event.household)
        json.raw(#","id":"#)
        json.string(event.id)
        json.raw(#","kind":"#)
        json.string(event.kind)
        json.raw(#","occurred_at":"#)
        json.date(event.occurredOn)
        json.member(#","place":"#, event.place)
        json.raw(#","reporter":"#)
        json.string(event.reporter)
        json.raw(#","subject":"#)
        write(event.subject, to: &json)
        json.raw("}")
    }

    static func write(_ subject: PointsSubject, to json: inout SortedJSONWriter) {
        json.raw(#"{"id":"#)
        json.string(subject.id)
        json.raw(#","type":"#)
        json.string(subject.type.rawValue)
        json.raw("}")
    }
}
