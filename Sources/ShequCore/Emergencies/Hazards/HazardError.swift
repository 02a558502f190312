import Foundation

/// A refused step on a hazard finding, saying what to do instead.
public enum HazardError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The step is not allowed from the current state.
    case transition(LifecycleTransitionError)
    /// The deadline given is before the hazard was found.
    case deadlineBeforeFinding(finding: String)
    /// The unit responsible for the fix tried to verify its own work.
    case selfVerification(finding: String, unit: String)
    /// A step is dated before the hazard was found or before the report it checks.
    case dateOutOfOrder(finding: String, at: Date)

    public var description: String {
        switch self {
        case .transition(let error):
            error.description
        case .deadlineBeforeFinding(let finding):
            "隐患 \(finding): the deadline is before the date the hazard was found; give a later deadline"
        case .selfVerification(let finding, let unit):
            "隐患 \(finding): \(unit) is responsible for the fix and cannot verify it; have the inspector or the township verify"
        case .dateOutOfOrder(let finding, let at):
            "隐患 \(finding): step dated \(ServiceTime.iso8601(at)) is before an earlier step; check the date"
        }
    }
}
