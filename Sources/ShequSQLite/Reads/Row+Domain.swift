import GRDB
import ShequCore

// Decoding rows into domain values; the column names are those of WorkspaceSchema.

extension Division {
    init(row: Row) {
        self.init(
            id: DivisionID(rawValue: row["id"]),
            level: DivisionLevel(rawValue: row["level"]) ?? .community,
            name: row["name"],
            code: (row["code"] as String?).map(DivisionCode.init(unchecked:)),
            parentID: (row["parent_id"] as String?).map(DivisionID.init(rawValue:)),
            committee: (row["committee"] as String?).flatMap(CommitteeKind.init(rawValue:)))
    }
}

extension Dwelling {
    init(row: Row) {
        self.init(
            communityID: DivisionID(rawValue: row["community_id"]),
            kind: DwellingKind(rawValue: row["kind"]) ?? .building,
            name: row["name"])
    }
}

extension Household {
    init(row: Row) {
        self.init(
            id: HouseholdID(rawValue: row["id"]),
            communityID: DivisionID(rawValue: row["community_id"]),
            dwellingID: (row["dwelling_id"] as String?).map(DwellingID.init(rawValue:)),
            address: row["address"])
    }
}

extension Resident {
    /// The columns ``init(selectedRow:)`` reads, in its order: `SELECT \(Resident.selectedColumns) FROM residents …`.
    static let selectedColumns = "id, household_id, name, sex, birth_date, id_number, phone, role, care"

    init(row: Row) {
        self.init(storedID: row["id"], householdID: row["household_id"], name: row["name"], sex: row["sex"],
                  birthDate: row["birth_date"], idNumber: row["id_number"], phone: row["phone"], role: row["role"],
                  care: row["care"])
    }

    /// Decodes a row of ``selectedColumns`` by position, without looking each column up by name.
    init(selectedRow row: Row) {
        self.init(storedID: row[0], householdID: row[1], name: row[2], sex: row[3], birthDate: row[4], idNumber: row[5],
                  phone: row[6], role: row[7], care: row[8])
    }

    private init(storedID id: String, householdID: String, name: String, sex: String, birthDate: String,
                 idNumber: String?, phone: String?, role: String, care: Int) {
        self.init(
            id: ResidentID(rawValue: id),
            householdID: HouseholdID(rawValue: householdID),
            name: name,
            sex: Sex(rawValue: sex) ?? .male,
            birthDate: (try? CivilDate(parsing: birthDate)) ?? CivilDate(year: 1900, month: 1, day: 1)!,
            idNumber: idNumber,
            phone: phone,
            role: HouseholdRole(rawValue: role) ?? .other,
            care: CareCategories(bitmask: care))
    }
}

extension Worker {
    init(row: Row) {
        self.init(
            id: WorkerID(rawValue: row["id"]),
            communityID: DivisionID(rawValue: row["community_id"]),
            name: row["name"],
            role: WorkerRole(rawValue: row["role"]) ?? .communityWorker,
            employment: Employment(rawValue: row["employment"]) ?? .fullTime,
            phone: row["phone"],
            grid: row["grid"])
    }
}
