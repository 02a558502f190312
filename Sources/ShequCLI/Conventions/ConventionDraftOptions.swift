import ArgumentParser
import ShequCore

/// The text of a convention version and who drafts it when: shared by
/// `shequ conventions create` (version 1) and `shequ conventions amend` (a new version).
struct ConventionDraftOptions: ParsableArguments {
    @Option(help: "The title, e.g. 某村村规民约 (for an amendment, the amended title).")
    var title: String
    @Option(help: "A UTF-8 text file with the full text, one article per line.")
    var articles: String
    @Option(name: .customLong("on"), help: "The day it is drafted.")
    var day: CivilDate
    @Option(help: "Who drafts it.")
    var by: String = "村（居）民委员会"
}
