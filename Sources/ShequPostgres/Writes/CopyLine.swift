import PostgresNIO

/// Rows of `COPY … FROM STDIN (FORMAT text)`: how a row becomes a line, and how lines are streamed.
enum CopyLine {
    /// One line: the row's place in its batch, then tab-separated fields, `\N` for NULL, backslash escapes.
    static func make(_ ord: Int, _ fields: [String?]) -> String {
        var line = String(ord)
        for field in fields {
            line.append("\t")
            guard let field else { line.append("\\N"); continue }
            for character in field.unicodeScalars {
                switch character {
                case "\\": line.append("\\\\")
                case "\t": line.append("\\t")
                case "\n": line.append("\\n")
                case "\r": line.append("\\r")
                default: line.unicodeScalars.append(character)
                }
            }
        }
        line.append("\n")
        return line
    }

    /// Empties the temporary `table` and streams `lines` into it.
    static func stage(_ lines: [String], into table: String, columns: [String], on connection: PostgresConnection,
                      logger: Logger) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: "TRUNCATE \(table)"), logger: logger)
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
            // Large batches go out in slices of about a megabyte, so neither side buffers the whole batch.
            var buffer = ByteBuffer()
            for line in lines {
                buffer.writeString(line)
                if buffer.readableBytes > 1 << 20 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }
}
