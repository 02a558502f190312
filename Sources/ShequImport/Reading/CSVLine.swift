/// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields) into UTF-8 checked fields.
enum CSVLine {
    /// Why a line could not be split.
    enum Failure: Error {
        /// The bytes of field `column` (1-based) are not valid UTF-8.
        case invalidUTF8(column: Int)
        /// A quoted field in `column` is not closed on the line.
        case unterminatedQuote(column: Int)
    }

    static func fields(_ line: ArraySlice<UInt8>) throws(Failure) -> [String] {
        var fields: [String] = []
        fields.reserveCapacity(10)
        var index = line.startIndex
        while true {
            let column = fields.count + 1
            var bytes: ArraySlice<UInt8>
            var unescaped: [UInt8]?
            if index < line.endIndex && line[index] == 0x22 {
                // Quoted field: "" inside stands for one quote.
                var content: [UInt8] = []
                var cursor = index + 1
                var closed = false
                while cursor < line.endIndex {
                    if line[cursor] == 0x22 {
                        if cursor + 1 < line.endIndex && line[cursor + 1] == 0x22 {
                            content.append(0x22)
                            cursor += 2
                            continue
                        }
                        closed = true
                        cursor += 1
                        break
                    }
                    content.append(line[cursor])
                    cursor += 1
                }
                guard closed else { throw .unterminatedQuote(column: column) }
                unescaped = content
                bytes = []
                index = cursor
                while index < line.endIndex && line[index] != 0x2C { index += 1 }
            } else {
                let end = line[index...].firstIndex(of: 0x2C) ?? line.endIndex
                bytes = line[index..<end]
                index = end
            }
            let text: String?
            if let unescaped {
                text = String(validating: unescaped, as: UTF8.self)
            } else {
                text = String(validating: bytes, as: UTF8.self)
            }
            guard let text else { throw .invalidUTF8(column: column) }
            fields.append(text)
            guard index < line.endIndex else { return fields }
            index += 1  // the comma
        }
    }
}
