import Foundation

/// A refused operation on an emergency incident, saying what to do instead.
public enum EmergencyError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The step is not allowed from the current state.
    case transition(LifecycleTransitionError)
    /// A change is dated before the incident's last change.
    case changeBeforeLastChange(incident: String, at: Date, last: Date)
    /// An incident was to go to 已调度 with no unit dispatched.
    case nothingDispatched(incident: String)
    /// An incident was to be closed with aftermath tasks not done.
    case aftermathOutstanding(incident: String, tasks: [String])
    /// A unit's arrival was recorded for a unit that was not dispatched, or before its dispatch.
    case arrivalNotMatching(incident: String, unit: String)
    /// The incident is closed or a false alarm and cannot take more records.
    case incidentFinished(incident: String, status: EmergencyStatus)

    public var description: String {
        switch self {
        case .transition(let error):
            error.description
        case .changeBeforeLastChange(let incident, let at, let last):
            "突发事件 \(incident): change dated \(ServiceTime.iso8601(at)) is before its last change \(ServiceTime.iso8601(last)); check the time"
        case .nothingDispatched(let incident):
            "突发事件 \(incident): cannot mark as 已调度 with no unit dispatched; record a dispatch first"
        case .aftermathOutstanding(let incident, let tasks):
            "突发事件 \(incident): cannot close while aftermath tasks are open (\(tasks.joined(separator: "; "))); complete them first"
        case .arrivalNotMatching(let incident, let unit):
            "突发事件 \(incident): \(unit) has no dispatch that this arrival can follow; record its dispatch first, or check the time"
        case .incidentFinished(let incident, let status):
            "突发事件 \(incident) is \(status.chineseName); open a new incident instead"
        }
    }
}
