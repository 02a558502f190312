import GRDB
import GRDBSQLite

/// A prepared write (an upsert, an insert) whose columns are bound one by one, so writing a row
/// builds no argument array: imports and the event ingest write many rows through one.
///
/// Every row binds all of the statement's columns, then ``execute()`` runs it through GRDB (which
/// reports failures as `DatabaseError`, as for any statement) and resets it for the next row.
struct BoundStatement {
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        // Empty arguments marked as bound: `execute()` then keeps the values bound below instead of
        // validating (and rejecting) arguments it was not given.
        statement.setUncheckedArguments(StatementArguments())
    }

    /// Binds a text column (1-based); SQLite copies the string.
    func bind(_ value: String, at index: CInt) throws {
        try check(sqlite3_bind_text(statement.sqliteStatement, index, value, -1, transient))
    }

    /// Binds a text column, or NULL.
    func bind(_ value: String?, at index: CInt) throws {
        guard let value else { return try check(sqlite3_bind_null(statement.sqliteStatement, index)) }
        try bind(value, at: index)
    }

    /// Binds an integer column.
    func bind(_ value: Int, at index: CInt) throws {
        try check(sqlite3_bind_int64(statement.sqliteStatement, index, Int64(value)))
    }

    /// Runs the statement with the bound row, then resets it so the next row can be bound.
    func execute() throws {
        // After a failed step the reset repeats that step's error, which `execute` already threw.
        defer { _ = sqlite3_reset(statement.sqliteStatement) }
        try statement.execute()
    }

    private func check(_ code: CInt) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errstr(code)), sql: statement.sql)
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT` (a macro Swift does not import): copy the bytes before the call returns.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
