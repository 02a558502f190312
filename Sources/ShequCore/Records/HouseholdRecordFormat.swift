/// The households file: `id,community_id,dwelling_kind,dwelling_name,address`.
///
/// `community_id` is a division identity (its code, or its name path such as `411502001/义阳居委会`);
/// `dwelling_kind` is `building` or `natural-village` and may be empty together with `dwelling_name`.
public enum HouseholdRecordFormat: RecordFormat {
    public static let columns = ["id", "community_id", "dwelling_kind", "dwelling_name", "address"]
    public static let optionalColumns: Set<String> = ["dwelling_kind", "dwelling_name"]

    public static func record(from fields: RecordFields) throws(FieldError) -> (dwelling: Dwelling?, household: Household) {
        let id = try fields.required("id", expected: "the household's identity")
        let community = DivisionID(rawValue: try fields.required("community_id", expected: "a community's identity"))
        var dwelling: Dwelling?
        if let name = fields.optional("dwelling_name") {
            let kindText = try fields.required("dwelling_kind", expected: "building or natural-village")
            guard let kind = DwellingKind(rawValue: kindText) else {
                throw FieldError(field: "dwelling_kind", value: kindText, expected: "building or natural-village")
            }
            dwelling = Dwelling(communityID: community, kind: kind, name: name)
        } else if let kindText = fields.optional("dwelling_kind") {
            throw FieldError(field: "dwelling_name", value: "", expected: "the name of the \(kindText)")
        }
        let address = try fields.required("address", expected: "the household's address")
        return (dwelling, Household(id: HouseholdID(rawValue: id), communityID: community, dwellingID: dwelling?.id, address: address))
    }
}
