import PostgresNIO
import ShequCore

/// The column lists every read selects, in the order the decoders below expect.
enum PostgresColumns {
    static let division = division(nil)
    static let household = "id, community_id, dwelling_id, address"
    static let resident = resident(nil)

    static func division(_ alias: String?) -> String {
        columns(alias, ["id", "level", "name", "code", "parent_id", "committee"])
    }

    static func resident(_ alias: String?) -> String {
        columns(alias, ["id", "household_id", "name", "sex", "birth_date", "id_number", "phone", "role", "care"])
    }

    private static func columns(_ alias: String?, _ names: [String]) -> String {
        names.map { name in alias.map { "\($0).\(name)" } ?? name }.joined(separator: ", ")
    }
}

extension Division {
    init(row: PostgresRow) throws {
        let (id, level, name, code, parentID, committee) = try row.decode((String, Int, String, String?, String?, String?).self)
        self.init(
            id: DivisionID(rawValue: id), level: DivisionLevel(rawValue: level) ?? .community, name: name,
            code: code.map(DivisionCode.init(unchecked:)), parentID: parentID.map(DivisionID.init(rawValue:)),
            committee: committee.flatMap(CommitteeKind.init(rawValue:)))
    }
}

extension Dwelling {
    init(row: PostgresRow) throws {
        let (communityID, kind, name) = try row.decode((String, String, String).self)
        self.init(communityID: DivisionID(rawValue: communityID), kind: DwellingKind(rawValue: kind) ?? .building, name: name)
    }
}

extension Household {
    init(row: PostgresRow) throws {
        let (id, communityID, dwellingID, address) = try row.decode((String, String, String?, String).self)
        self.init(
            id: HouseholdID(rawValue: id), communityID: DivisionID(rawValue: communityID),
            dwellingID: dwellingID.map(DwellingID.init(rawValue:)), address: address)
    }
}

extension Resident {
    init(row: PostgresRow) throws {
        let (id, householdID, name, sex, birthDate, idNumber, phone, role, care) =
            try row.decode((String, String, String, String, String, String?, String?, String, Int).self)
        self.init(
            id: ResidentID(rawValue: id), householdID: HouseholdID(rawValue: householdID), name: name,
            sex: Sex(rawValue: sex) ?? .male,
            birthDate: (try? CivilDate(parsing: birthDate)) ?? CivilDate(year: 1900, month: 1, day: 1)!,
            idNumber: idNumber, phone: phone, role: HouseholdRole(rawValue: role) ?? .other,
            care: CareCategories(bitmask: care))
    }
}

extension Worker {
    init(row: PostgresRow) throws {
        let (id, communityID, name, role, employment, phone, grid) =
            try row.decode((String, String, String, String, String, String?, String?).self)
        self.init(
            id: WorkerID(rawValue: id), communityID: DivisionID(rawValue: communityID), name: name,
            role: WorkerRole(rawValue: role) ?? .communityWorker, employment: Employment(rawValue: employment) ?? .fullTime,
            phone: phone, grid: grid)
    }
}
