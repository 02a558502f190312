import ShequCore

/// Why one community could not be divided: the plugin failed, or its division was refused.
public enum DivisionRunError: Error, Sendable, CustomStringConvertible {
    /// The plugin failed, broke a limit, or returned something that is not a division.
    case plugin(communityCode: String, TypedHookError)
    /// The division was read but breaks a rule (``DivisionValidator``); the failures name
    /// the households missing or doubled and the grids out of bounds.
    case refused(DivisionValidationError)

    /// The community concerned.
    public var communityCode: String {
        switch self {
        case .plugin(let code, _): code
        case .refused(let error): error.communityCode
        }
    }

    public var description: String {
        switch self {
        case .plugin(let code, let error):
            "division of \(code) failed in the plugin: \(error); fix the plugin and run it again with `shequ plugin test`"
        case .refused(let error):
            "\(error)"
        }
    }
}
