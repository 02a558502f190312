import Foundation

/// Writes a line to standard error, unbuffered, so messages keep their order with plugin logs.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
