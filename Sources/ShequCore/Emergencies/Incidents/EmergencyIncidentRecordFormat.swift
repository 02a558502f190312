/// The incidents import file (突发事件, Art. 37):
/// `id,source,reference,category,kind,severity,community,address,reported_at`.
///
/// Vocabularies take the English key or the Chinese name (`fire119` or `119`, `large` or `较大`);
/// `reported_at` is ISO 8601 or `2026-03-01 20:00` in China Standard Time.
///
/// ```swift
/// let incident = try EmergencyIncidentRecordFormat.record(from: fields)
/// ```
public enum EmergencyIncidentRecordFormat: RecordFormat {
    public static let columns = ["id", "source", "reference", "category", "kind", "severity", "community", "address", "reported_at"]
    public static let optionalColumns: Set<String> = ["reference"]

    public static func record(from fields: RecordFields) throws(FieldError) -> EmergencyIncident {
        let severityText = try fields.required("severity", expected: "extraordinary, major, large or ordinary")
        guard let severity = EmergencySeverity.allCases.first(where: { "\($0)" == severityText || $0.chineseName == severityText }) else {
            throw FieldError(field: "severity", value: severityText, expected: "extraordinary, major, large or ordinary (特别重大, 重大, 较大, 一般)")
        }
        return EmergencyIncident(
            id: try fields.required("id", expected: "the incident's identifier"),
            source: try fields.vocabulary("source", EmergencySource.self),
            sourceReference: fields.optional("reference"),
            category: try fields.vocabulary("category", EmergencyCategory.self),
            kind: try fields.required("kind", expected: "what happened, e.g. 居民楼火灾"),
            severity: severity,
            place: EmergencyPlace(communityCode: try fields.required("community", expected: "the community's code or identity"),
                                  address: try fields.required("address", expected: "where it happened")),
            reportedAt: try fields.serviceTime("reported_at")!
        )
    }
}
