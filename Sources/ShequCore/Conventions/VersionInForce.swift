/// Which version of a convention applied on a given day.
///
/// Only filed versions apply, and only from their effective date; a later filed
/// version replaces an earlier one from its own effective date. Behaviour is judged
/// by the version in force on the day it happened, not the day it is recorded.
///
/// ```swift
/// switch VersionInForce.resolve(convention.versions, on: event.occurredOn) {
/// case let .inForce(version): // evaluate under `version`
/// case let .none(reason):     // report `reason`
/// }
/// ```
public enum VersionInForce: Sendable, Hashable {
    /// The version in force that day.
    case inForce(ConventionVersion)
    /// No version was in force that day, and why.
    case none(NoVersionInForce)

    /// Picks the filed version with the latest effective date on or before `day`
    /// (a later version number wins a tie).
    public static func resolve(_ versions: [ConventionVersion], on day: CivilDate) -> VersionInForce {
        let filed = versions.filter { $0.stage == .filed && $0.filing != nil }
        guard let earliest = filed.compactMap(\.effectiveFrom).min() else { return .none(.nothingFiled) }
        let candidates = filed.filter { $0.effectiveFrom! <= day }
        guard let best = candidates.max(by: { ($0.effectiveFrom!, $0.number) < ($1.effectiveFrom!, $1.number) }) else {
            return .none(.beforeFirstEffectiveDate(earliest))
        }
        return .inForce(best)
    }

    /// The version, when one was in force.
    public var version: ConventionVersion? {
        if case let .inForce(version) = self { return version }
        return nil
    }
}
