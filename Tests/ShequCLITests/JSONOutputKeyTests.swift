import Testing
@testable import ShequCLI

@Suite("JSON output keys")
struct JSONOutputKeyTests {
    @Test(arguments: [
        ("householdID", "household_id"), ("requestIDs", "request_ids"), ("unknownItemIDs", "unknown_item_ids"),
        ("URLString", "url_string"), ("isV2", "is_v2"), ("v2Name", "v2_name"), ("onTimeRate", "on_time_rate"),
        ("household_ids", "household_ids"), ("义阳居委会", "义阳居委会"), ("id", "id"),
    ])
    func keysAreSnakeCaseWithIdentifierListsAsOneWord(_ key: String, _ expected: String) {
        #expect(JSONOutput.snakeCase(key) == expected)
    }
}
