import ArgumentParser
import ShequCore

/// `--reveal-identifiers` and `--include-care`: sensitive data is shown only when asked for.
public struct DisclosureOptions: ParsableArguments {
    @Flag(help: "Show full ID numbers and phone numbers instead of masked ones.")
    public var revealIdentifiers = false

    @Flag(help: "Include care categories (Art. 19–20), which are sensitive personal data.")
    public var includeCare = false

    public init() {}
}

extension DisclosureOptions {
    var disclosure: Disclosure {
        var disclosure: Disclosure = []
        if revealIdentifiers { disclosure.insert(.identifiers) }
        if includeCare { disclosure.insert(.care) }
        return disclosure
    }
}
