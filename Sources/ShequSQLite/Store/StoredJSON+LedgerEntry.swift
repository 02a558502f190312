import ShequCore

/// The stored JSON of a ledger entry (积分台账, Art. 30), written member by member instead of
/// through `JSONEncoder`: the ingest writes at least one per event. The bytes are those of
/// ``StoredJSON/encode(_:)`` on any entry (members in sorted order, absent optionals left
/// out, the measure in the flat form a plugin returns it).
extension StoredJSON {
    static func encode(_ entry: LedgerEntry) throws -> String {
        try written(entry, capacity: 512) { (entry, json) throws(SortedJSONWriter.NonConformingNumber) in try write(entry, to: &json) }
    }

    static func write(_ entry: LedgerEntry, to json: inout SortedJSONWriter) throws(SortedJSONWriter.NonConformingNumber) {
        json.raw("{")
        if let appealID = entry.appealID {
            json.member(#""appeal_id":"#, appealID)
            json.raw(",")
        }
        json.member(#""community":"#, entry.community.rawValue)
        if let convention = entry.convention {
            json.member(#","convention":{"convention":"#, convention.convention.rawValue)
            json.raw(#","version":"#)
            json.integer(convention.version)
            json.raw("}")
        }
        json.member(#","event_id":"#, entry.eventID)
        json.member(#","explanation":"#, entry.explanation)
        json.member(#","household":"#, entry.household)
        json.member(#","id":"#, entry.id)
        json.member(#","kind":"#, entry.kind.rawValue)
        if let measure = entry.measure {
            json.raw(#","measure":"#)
            try json.value(measure.proposal.plainValue)
        }
        json.raw(#","on":"#)
        json.date(entry.on)
        if let plugin = entry.plugin {
            json.member(#","plugin":{"id":"#, plugin.id)
            json.member(#","version":"#, plugin.version)
            json.raw("}")
        }
        json.raw(#","points":"#)
        json.integer(entry.points)
        json.raw(#","recorded_on":"#)
        json.date(entry.recordedOn)
        if let redemption = entry.redemption {
            json.raw(#","redemption":"#)
            write(redemption, to: &json)
        }
        json.member(#","reverses":"#, entry.reverses)
        json.raw(#","sequence":"#)
        json.integer(entry.sequence)
        json.raw(#","subject":"#)
        write(entry.subject, to: &json)
        json.raw("}")
    }

    static func write(_ redemption: Redemption, to json: inout SortedJSONWriter) {
        json.raw("{")
        if let household = redemption.household {
            json.member(#""household":"#, household)
            json.raw(",")
        }
        json.member(#""id":"#, redemption.id)
        json.member(#","item_id":"#, redemption.itemID)
        json.raw(#","on":"#)
        json.date(redemption.on)
        json.raw(#","quantity":"#)
        json.integer(redemption.quantity)
        json.raw(#","subject":"#)
        write(redemption.subject, to: &json)
        json.raw("}")
    }
}
