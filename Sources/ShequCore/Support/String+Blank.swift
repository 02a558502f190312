extension String {
    /// True when the text is empty or only white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
