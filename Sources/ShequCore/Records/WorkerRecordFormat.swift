/// The workers file: `id,community_id,name,role,employment,phone,grid` (Art. 39).
///
/// `role` is `community-worker` or `grid-worker`, `employment` `full-time` or `part-time`; `grid`
/// names the grid of a grid worker.
public enum WorkerRecordFormat: RecordFormat {
    public static let columns = ["id", "community_id", "name", "role", "employment", "phone", "grid"]
    public static let optionalColumns: Set<String> = ["phone", "grid"]

    public static func record(from fields: RecordFields) throws(FieldError) -> Worker {
        let id = try fields.required("id", expected: "the worker's identity")
        let community = try fields.required("community_id", expected: "a community's identity")
        let name = try fields.required("name", expected: "the worker's name")
        let roleText = try fields.required("role", expected: "community-worker or grid-worker")
        guard let role = WorkerRole(rawValue: roleText) else {
            throw FieldError(field: "role", value: roleText, expected: "community-worker or grid-worker")
        }
        let employmentText = try fields.required("employment", expected: "full-time or part-time")
        guard let employment = Employment(rawValue: employmentText) else {
            throw FieldError(field: "employment", value: employmentText, expected: "full-time or part-time")
        }
        let phone = fields.optional("phone")
        if let phone, !PhoneNumber.isValid(phone) {
            throw FieldError(field: "phone", value: phone, expected: "11 digits starting with 1, or 0AAA-NNNNNNN")
        }
        return Worker(
            id: WorkerID(rawValue: id), communityID: DivisionID(rawValue: community), name: name, role: role,
            employment: employment, phone: phone, grid: fields.optional("grid"))
    }
}
