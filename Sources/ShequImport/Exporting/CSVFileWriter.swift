import Foundation

/// Writes CSV rows to a file through a large buffer, quoting fields only when they need it.
final class CSVFileWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    let path: String

    init(path: String, header: [String]) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ImportError(file: path, line: 0, column: nil, field: nil, message: "cannot create the file: check that the directory exists and is writable", isUsage: true)
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
        try write(header)
    }

    func write(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                buffer.append(0x22)
                for byte in field.utf8 {
                    if byte == 0x22 { buffer.append(0x22) }
                    buffer.append(byte)
                }
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: field.utf8)
            }
        }
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
