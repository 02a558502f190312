import Foundation

/// Writes to standard error, unbuffered, so messages keep their order with the log.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
