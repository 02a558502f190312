import Testing
@testable import ShequCore

@Suite("Divisions")
struct DivisionTests {
    @Test func codesAreCheckedAgainstTheirLevel() throws {
        #expect(throws: DivisionCodeError.wrongLength("41150", expected: 6, level: .county)) {
            try DivisionCode(validating: "41150", level: .county)
        }
        #expect(throws: DivisionCodeError.notDigits("41150x")) { try DivisionCode(validating: "41150x", level: .county) }
        let township = try DivisionCode(validating: "411502001", level: .township)
        #expect(township.isDescendant(of: DivisionCode(unchecked: "411502")))
        #expect(!township.isDescendant(of: DivisionCode(unchecked: "411503")))
        #expect(DivisionCode(unchecked: "411502").isDescendant(of: DivisionCode(unchecked: "411500")))
        #expect(!DivisionCode(unchecked: "411602").isDescendant(of: DivisionCode(unchecked: "411500")))
    }

    @Test func identityIsTheCodeOrTheNameUnderTheParent() {
        let township = DivisionID(code: DivisionCode(unchecked: "411502001"))
        #expect(township.rawValue == "411502001")
        #expect(DivisionID(name: "义阳居委会", under: township).rawValue == "411502001/义阳居委会")
        #expect(DivisionID(name: "信阳市", under: nil).rawValue == "信阳市")
    }

    @Test func committeeIsInferredFromTheName() {
        #expect(CommitteeKind(inferringFrom: "义阳居委会") == .residents)
        #expect(CommitteeKind(inferringFrom: "南湾村委会") == .villagers)
        #expect(CommitteeKind(inferringFrom: "欧坡村村民委员会") == .villagers)
        #expect(CommitteeKind(inferringFrom: "崇福社区") == .residents)
    }

    @Test func aDivisionsRowBecomesTheChainFromCityToCommunity() throws {
        let fields = RecordFields(values: [
            "city_code": "411500", "city": "信阳市", "county_code": "411502", "county": "浉河区",
            "township_code": "411502001", "township": "老城街道办事处", "community": "义阳居委会",
        ])
        let chain = try DivisionRecordFormat.record(from: fields)
        #expect(chain.map(\.level) == [.city, .county, .township, .community])
        #expect(chain.map(\.id.rawValue) == ["411500", "411502", "411502001", "411502001/义阳居委会"])
        #expect(chain[3].parentID == "411502001")
        #expect(chain[3].committee == .residents)
        #expect(chain[0].parentID == nil)
    }

    @Test func missingCodesFallBackToNamePaths() throws {
        let fields = RecordFields(values: [
            "city_code": "411500", "city": "信阳市", "county_code": "411525", "county": "固始县",
            "township_code": "", "township": "徐集乡", "community": "徐集村委会",
        ])
        let chain = try DivisionRecordFormat.record(from: fields)
        #expect(chain[2].id.rawValue == "411525/徐集乡")
        #expect(chain[2].code == nil)
        #expect(chain[3].id.rawValue == "411525/徐集乡/徐集村委会")
        #expect(chain[3].committee == .villagers)
    }

    @Test func aTownshipOutsideItsCountyIsRejected() {
        let fields = RecordFields(values: [
            "city_code": "411500", "city": "信阳市", "county_code": "411502", "county": "浉河区",
            "township_code": "411503001", "township": "某乡", "community": "某村委会",
        ])
        do {
            _ = try DivisionRecordFormat.record(from: fields)
            Issue.record("expected a FieldError")
        } catch {
            #expect(error.field == "township_code")
            #expect(error.expected.contains("411502"))
        }
    }

    @Test func anEmptyNameIsRejected() {
        let fields = RecordFields(values: [
            "city_code": "411500", "city": "信阳市", "county_code": "411502", "county": " ",
            "township_code": "411502001", "township": "老城街道办事处", "community": "义阳居委会",
        ])
        #expect(throws: FieldError.self) { try DivisionRecordFormat.record(from: fields) }
    }
}
