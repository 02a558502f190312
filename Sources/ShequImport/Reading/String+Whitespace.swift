import Foundation

extension String {
    /// The text without leading and trailing spaces and tabs (`CharacterSet.whitespaces`), as
    /// `trimmingCharacters(in: .whitespaces)` gives it, but without Foundation's work when the
    /// first and last characters are not whitespace — nearly every field of an event file.
    var trimmingHorizontalWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              !Self.isWhitespace(first), !Self.isWhitespace(last)
        else { return trimmingCharacters(in: .whitespaces) }
        return self
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" : CharacterSet.whitespaces.contains(scalar)
    }
}
