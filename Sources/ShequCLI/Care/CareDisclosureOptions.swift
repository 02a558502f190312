import ArgumentParser
import ShequCore

/// `--disclose`: care records are sensitive, so names, phones, addresses and need details
/// are masked unless asked for (Art. 19).
struct CareDisclosureOptions: ParsableArguments {
    @Flag(help: "Show names, phones, addresses and need details unmasked (for the carers and officers entitled to them).")
    var disclose = false

    var disclosure: CareDisclosure { disclose ? .full : .masked }
}
