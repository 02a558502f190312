import Testing
import ShequCore

@Suite("Store locations")
struct StoreLocationTests {
    @Test func pathsSelectSQLiteAndURLsPostgreSQL() {
        #expect(StoreLocation(parsing: "./shequ.sqlite") == .sqlite(path: "./shequ.sqlite"))
        #expect(StoreLocation(parsing: "sqlite:///data/xinyang.sqlite") == .sqlite(path: "/data/xinyang.sqlite"))
        #expect(StoreLocation(parsing: "postgres://db.example/xinyang") == .postgres(url: "postgres://db.example/xinyang"))
        #expect(StoreLocation(parsing: "postgresql://db.example/xinyang") == .postgres(url: "postgresql://db.example/xinyang"))
    }
}
