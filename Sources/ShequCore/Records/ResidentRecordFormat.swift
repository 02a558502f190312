/// The residents file: `id,household_id,name,sex,birth_date,id_number,phone,role,care`.
///
/// `sex` is `male`/`female` (or 男/女), `birth_date` is `YYYY-MM-DD`, `id_number` an 18-character
/// identity card number whose check character and birth date must agree, `role` one of
/// ``HouseholdRole`` raw values, `care` a `;`-separated list of ``CareCategory/key`` (may be empty).
public enum ResidentRecordFormat: RecordFormat {
    public static let columns = ["id", "household_id", "name", "sex", "birth_date", "id_number", "phone", "role", "care"]
    public static let optionalColumns: Set<String> = ["id_number", "phone", "care"]

    public static func record(from fields: RecordFields) throws(FieldError) -> Resident {
        let id = try fields.required("id", expected: "the resident's identity")
        let household = try fields.required("household_id", expected: "a household's identity")
        let name = try fields.required("name", expected: "the resident's name")
        let sexText = try fields.required("sex", expected: "male or female")
        guard let sex = Sex(parsing: sexText) else {
            throw FieldError(field: "sex", value: sexText, expected: "male or female (or 男/女)")
        }
        let birthText = try fields.required("birth_date", expected: "a date YYYY-MM-DD")
        let birthDate: CivilDate
        do { birthDate = try CivilDate(parsing: birthText) } catch {
            throw FieldError(field: "birth_date", value: birthText, expected: "a date YYYY-MM-DD, e.g. 1958-03-09")
        }
        let idNumber = fields.optional("id_number")
        if let idNumber {
            guard IDNumber.isValid(idNumber) else {
                throw FieldError(field: "id_number", value: idNumber, expected: "18 characters with a valid check character")
            }
            guard IDNumber.birthDate(in: idNumber) == birthDate else {
                throw FieldError(field: "id_number", value: idNumber, expected: "the birth date \(birthDate.compactDigits) in positions 7-14")
            }
        }
        let phone = fields.optional("phone")
        if let phone, !PhoneNumber.isValid(phone) {
            throw FieldError(field: "phone", value: phone, expected: "11 digits starting with 1, or 0AAA-NNNNNNN")
        }
        let roleText = try fields.required("role", expected: "head, spouse, child, parent, grandchild or other")
        guard let role = HouseholdRole(rawValue: roleText) else {
            throw FieldError(field: "role", value: roleText, expected: "head, spouse, child, parent, grandchild or other")
        }
        var care = CareCategories()
        if let careText = fields.optional("care") {
            for key in careText.split(separator: ";") {
                let key = String(key).trimmingSpaces()
                guard let category = CareCategory(key: key) else {
                    throw FieldError(
                        field: "care", value: key,
                        expected: "';'-separated keys among \(CareCategory.allCases.map(\.key).joined(separator: ", "))")
                }
                care.insert(category)
            }
        }
        return Resident(
            id: ResidentID(rawValue: id), householdID: HouseholdID(rawValue: household), name: name, sex: sex,
            birthDate: birthDate, idNumber: idNumber, phone: phone, role: role, care: care)
    }
}
