import Testing
@testable import ShequCore

@Suite("Residents, care and privacy")
struct ResidentTests {
    @Test func idNumberCheckCharacterFollowsGB11643() {
        #expect(IDNumber.isValid("11010519491231002X"))
        #expect(!IDNumber.isValid("110105194912310021"))
        #expect(IDNumber.checkCharacter(for: "11010519491231002") == "X")
        #expect(IDNumber.birthDate(in: "11010519491231002X") == CivilDate(year: 1949, month: 12, day: 31))
    }

    @Test func datesAreParsedStrictly() throws {
        let date = try CivilDate(parsing: "2024-02-29")
        #expect(date.description == "2024-02-29")
        #expect(throws: CivilDateError.self) { try CivilDate(parsing: "2023-02-29") }
        #expect(throws: CivilDateError.self) { try CivilDate(parsing: "2023-2-28") }
        let birth = try CivilDate(parsing: "1958-03-09")
        #expect(birth.age(on: CivilDate(year: 2025, month: 3, day: 1)!) == 66)
        #expect(birth.age(on: CivilDate(year: 2025, month: 3, day: 9)!) == 67)
    }

    @Test func phonesAreChecked() {
        #expect(PhoneNumber.isValid("13812345678"))
        #expect(PhoneNumber.isValid("0376-6221234"))
        #expect(!PhoneNumber.isValid("23812345678"))
        #expect(!PhoneNumber.isValid("1381234567"))
    }

    @Test func careCategoriesRoundTripThroughTheirBitmask() {
        let care: CareCategories = [.minimumSubsistence, .elderlyLivingAlone]
        #expect(CareCategories(bitmask: care.bitmask) == care)
        #expect(care.keys == ["dibao", "elderly-alone"])
        #expect(care.contains(.elderlyLivingAlone))
        #expect(!care.contains(.disability))
        #expect(CareCategory(key: "left-behind-child") == .leftBehindChild)
    }

    @Test func residentsAreRedactedUnlessDisclosed() {
        let resident = Resident(
            id: "H-1-1", householdID: "H-1", name: "张伟", sex: .male, birthDate: CivilDate(year: 1949, month: 12, day: 31)!,
            idNumber: "11010519491231002X", phone: "13812345678", role: .head, care: [.disability])
        let hidden = resident.redacted(for: [])
        #expect(hidden.idNumber == "110105********002X")
        #expect(hidden.phone == "138****5678")
        #expect(hidden.care == nil)
        let identifiers = resident.redacted(for: .identifiers)
        #expect(identifiers.idNumber == "11010519491231002X")
        #expect(identifiers.care == nil)
        #expect(resident.redacted(for: .all) == resident)
    }

    @Test func residentRecordsAreValidated() throws {
        var values = [
            "id": "H-1-1", "household_id": "H-1", "name": "张伟", "sex": "男", "birth_date": "1949-12-31",
            "id_number": "11010519491231002X", "phone": "13812345678", "role": "head", "care": "dibao;disability",
        ]
        let resident = try ResidentRecordFormat.record(from: RecordFields(values: values))
        #expect(resident.sex == .male)
        #expect(resident.care == [.minimumSubsistence, .disability])

        values["birth_date"] = "1950-01-01"
        #expect(throws: FieldError.self) { try ResidentRecordFormat.record(from: RecordFields(values: values)) }
        values["birth_date"] = "1949-12-31"
        values["care"] = "rich"
        do {
            _ = try ResidentRecordFormat.record(from: RecordFields(values: values))
            Issue.record("expected a FieldError")
        } catch {
            #expect(error.field == "care")
        }
    }
}
