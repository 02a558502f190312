/// The bytes of one frame between a host and its plugin worker, written field by field.
///
/// A frame on the pipe is a u32 length (native byte order, both ends run on one machine),
/// then that many bytes: a ``WorkerFrameKind`` byte and the payload.
struct WorkerWireWriter {
    private(set) var bytes: [UInt8] = []

    /// Starts a frame of `kind`; ``finish()`` fills in its length.
    init(_ kind: WorkerFrameKind, capacity: Int = 64) {
        bytes.reserveCapacity(capacity)
        bytes.append(contentsOf: [0, 0, 0, 0, kind.rawValue])
    }

    /// The frame, its length written.
    mutating func finish() -> [UInt8] {
        let length = UInt32(bytes.count - 4)
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: length, toByteOffset: 0, as: UInt32.self) }
        return bytes
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value) { for byte in $0 { bytes.append(byte) } }
    }

    mutating func i64(_ value: Int64) {
        withUnsafeBytes(of: value) { for byte in $0 { bytes.append(byte) } }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { blob($0) }
    }

    mutating func optionalString(_ text: String?) {
        guard let text else { return byte(0) }
        byte(1)
        string(text)
    }

    mutating func blob(_ data: UnsafeBufferPointer<UInt8>) {
        u32(UInt32(data.count))
        bytes.append(contentsOf: data)
    }

    mutating func blob(_ data: [UInt8]) {
        data.withUnsafeBufferPointer { blob($0) }
    }

    mutating func blob(_ data: ArraySlice<UInt8>) {
        data.withUnsafeBufferPointer { blob($0) }
    }
}

/// Reads a frame's payload field by field; every read is bounds-checked, so a short or
/// corrupt frame is a ``WorkerWireError``, never a crash or an allocation past its size.
struct WorkerWireReader {
    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
    }

    var remaining: Int { end - position }
    var isAtEnd: Bool { position == end }

    mutating func byte() throws(WorkerWireError) -> UInt8 {
        guard position < end else { throw WorkerWireError("frame ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func u32() throws(WorkerWireError) -> UInt32 {
        guard remaining >= 4 else { throw WorkerWireError("frame ends early") }
        defer { position += 4 }
        return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt32.self) }
    }

    mutating func i64() throws(WorkerWireError) -> Int64 {
        guard remaining >= 8 else { throw WorkerWireError("frame ends early") }
        defer { position += 8 }
        return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: Int64.self) }
    }

    /// A count of items that each take at least `minimumBytes`, checked against what is left.
    mutating func count(minimumBytes: Int) throws(WorkerWireError) -> Int {
        let count = Int(try u32())
        guard count <= remaining / max(1, minimumBytes) else { throw WorkerWireError("count \(count) exceeds the frame") }
        return count
    }

    /// The range of a length-prefixed blob.
    mutating func blobRange() throws(WorkerWireError) -> Range<Int> {
        let length = Int(try u32())
        guard length <= remaining else { throw WorkerWireError("field of \(length) bytes exceeds the frame") }
        defer { position += length }
        return position..<(position + length)
    }

    mutating func blob() throws(WorkerWireError) -> [UInt8] {
        Array(bytes[try blobRange()])
    }

    mutating func string() throws(WorkerWireError) -> String {
        let range = try blobRange()
        guard let text = bytes[range].withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            throw WorkerWireError("text field is not valid UTF-8")
        }
        return text
    }

    mutating func optionalString() throws(WorkerWireError) -> String? {
        switch try byte() {
        case 0: return nil
        case 1: return try string()
        case let flag: throw WorkerWireError("bad optional flag \(flag)")
        }
    }
}

/// A frame that breaks the protocol.
struct WorkerWireError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// What a frame carries.
enum WorkerFrameKind: UInt8 {
    // Host to worker.
    case setup = 1
    case batch = 2
    case hostReply = 3
    // Worker to host.
    case ready = 10
    case result = 11
    case failure = 12
    case log = 13
    case hostCall = 14
}
