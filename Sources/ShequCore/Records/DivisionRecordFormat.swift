/// The divisions file: one row per community with its township, county and city (`xinyang-divisions.csv`).
///
/// Columns `city_code,city,county_code,county,township_code,township,community`, plus an optional
/// `community_code`. Any code may be empty; a division without a code is identified by its name under
/// its parent (``DivisionID/init(name:under:)``).
public enum DivisionRecordFormat: RecordFormat {
    public static let columns = [
        "city_code", "city", "county_code", "county", "township_code", "township", "community", "community_code",
    ]
    public static let optionalColumns: Set<String> = ["community_code"]

    /// Returns the chain city, county, township, community for one row.
    public static func record(from fields: RecordFields) throws(FieldError) -> [Division] {
        let cityCode = try code(fields, "city_code", level: .city, under: nil, parentName: nil)
        let city = try fields.required("city", expected: "the city name, e.g. 信阳市")
        let cityID = cityCode.map(DivisionID.init(code:)) ?? DivisionID(name: city, under: nil)

        let countyCode = try code(fields, "county_code", level: .county, under: cityCode, parentName: city)
        let county = try fields.required("county", expected: "the county or district name, e.g. 浉河区")
        let countyID = countyCode.map(DivisionID.init(code:)) ?? DivisionID(name: county, under: cityID)

        let townshipCode = try code(fields, "township_code", level: .township, under: countyCode, parentName: county)
        let township = try fields.required("township", expected: "the township or street office name")
        let townshipID = townshipCode.map(DivisionID.init(code:)) ?? DivisionID(name: township, under: countyID)

        let communityCode = try code(
            fields, "community_code", level: .community, under: townshipCode, parentName: township)
        let community = try fields.required("community", expected: "the community or village committee name")
        let communityID = communityCode.map(DivisionID.init(code:)) ?? DivisionID(name: community, under: townshipID)

        return [
            Division(id: cityID, level: .city, name: city, code: cityCode),
            Division(id: countyID, level: .county, name: county, code: countyCode, parentID: cityID),
            Division(id: townshipID, level: .township, name: township, code: townshipCode, parentID: countyID),
            Division(
                id: communityID, level: .community, name: community, code: communityCode, parentID: townshipID,
                committee: CommitteeKind(inferringFrom: community)),
        ]
    }

    private static func code(
        _ fields: RecordFields, _ column: String, level: DivisionLevel, under parent: DivisionCode?,
        parentName: String?
    ) throws(FieldError) -> DivisionCode? {
        guard let text = fields.optional(column) else { return nil }
        let code: DivisionCode
        do { code = try DivisionCode(validating: text, level: level) } catch {
            throw FieldError(field: column, value: text, expected: "\(level.codeLength) digits or empty")
        }
        if let parent, !code.isDescendant(of: parent) {
            let rule = level == .county ? "the same first 4 digits as" : "a code starting with"
            throw FieldError(
                field: column, value: text,
                expected: "\(rule) its parent \(parentName ?? "")'s code \(parent): no such division under that parent")
        }
        return code
    }
}
