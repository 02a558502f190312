/// An error found while reading JSON, with the place it was found.
///
/// The ``description`` has the compiler-style form `source:line:column: message`,
/// so county staff can jump straight to the bad spot in an events file:
///
/// ```swift
/// do {
///     _ = try JSONReader().read("{\"a\": 1 \"b\": 2}", source: "events.json")
/// } catch {
///     print(error) // events.json:1:9: expected ',' or '}' after object member, found '"'
/// }
/// ```
///
/// Lines and columns start at 1; columns count Unicode characters, not bytes.
public struct JSONReadError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What kind of problem was found, for callers that react differently to each.
    public enum Kind: Sendable, Hashable {
        /// The text is not JSON as RFC 8259 defines it.
        case syntax
        /// A string holds bytes that are not valid UTF-8, or an unpaired surrogate escape.
        case invalidUTF8
        /// `null` appears inside an array; a Lua sequence cannot hold `nil`.
        case nullInArray
        /// Objects and arrays nest deeper than the reader's limit.
        case tooDeep
        /// An object names the same key twice.
        case duplicateKey
        /// A number is too large to be held even as a float.
        case numberOutOfRange
        /// A JSON Lines line is longer than the reader's limit.
        case lineTooLong
        /// The file could not be opened or read.
        case unreadable
    }

    /// What kind of problem was found.
    public var kind: Kind
    /// The file name the text came from, or `"-"` when it did not come from a file.
    public var source: String
    /// The line of the problem, starting at 1.
    public var line: Int
    /// The column of the problem in Unicode characters, starting at 1.
    public var column: Int
    /// What was expected or what is wrong, in plain words.
    public var message: String

    /// Creates an error at a place in a source.
    public init(kind: Kind, source: String, line: Int, column: Int, message: String) {
        self.kind = kind
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    /// The error as `source:line:column: message`.
    public var description: String {
        "\(source):\(line):\(column): \(message)"
    }
}
