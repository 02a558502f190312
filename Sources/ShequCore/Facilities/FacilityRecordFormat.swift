/// The facilities import file (社区综合服务设施, Art. 11–12, 29):
/// `id,community,name,kind,area,tenure,in_service,building`.
///
/// `kind` and `tenure` take the English key or the Chinese name (`activityVenue` or `活动场所`);
/// `area` is in square metres; `in_service` is `true`/`false` (default `true`).
///
/// ```swift
/// let facility = try FacilityRecordFormat.record(from: fields)
/// ```
public enum FacilityRecordFormat: RecordFormat {
    public static let columns = ["id", "community", "name", "kind", "area", "tenure", "in_service", "building"]
    public static let optionalColumns: Set<String> = ["in_service", "building"]

    public static func record(from fields: RecordFields) throws(FieldError) -> CommunityFacility {
        let areaText = try fields.required("area", expected: "the floor area in square metres")
        guard let area = Double(areaText), area.isFinite, area > 0 else {
            throw FieldError(field: "area", value: areaText, expected: "a positive number of square metres")
        }
        var inService = true
        if let text = fields.optional("in_service") {
            guard let value = Bool(text.lowercased()) else { throw FieldError(field: "in_service", value: text, expected: "true or false") }
            inService = value
        }
        return CommunityFacility(
            id: try fields.required("id", expected: "the facility's identifier"),
            communityCode: try fields.required("community", expected: "the community's 12-digit code"),
            buildingID: fields.optional("building"),
            name: try fields.required("name", expected: "the facility's name"),
            kind: try fields.vocabulary("kind", FacilityKind.self),
            areaSquareMetres: area,
            tenure: try fields.vocabulary("tenure", FacilityTenure.self),
            inService: inService
        )
    }
}
