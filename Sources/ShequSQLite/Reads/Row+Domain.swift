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
    init(row: Row) {
        self.init(
            id: ResidentID(rawValue: row["id"]),
            householdID: HouseholdID(rawValue: row["household_id"]),
            name: row["name"],
            sex: Sex(rawValue: row["sex"]) ?? .male,
            birthDate: (try? CivilDate(parsing: row["birth_date"])) ?? CivilDate(year: 1900, month: 1, day: 1)!,
            idNumber: row["id_number"],
            phone: row["phone"],
            role: HouseholdRole(rawValue: row["role"]) ?? .other,
            care: CareCategories(bitmask: row["care"]))
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
