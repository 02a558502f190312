import Foundation

/// A refused operation on a hotline work order, saying what to do instead.
public enum HotlineError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The step is not allowed from the current state.
    case transition(LifecycleTransitionError)
    /// A change is dated before the order's last change.
    case changeBeforeLastUpdate(request: String, at: Date, lastUpdate: Date)
    /// The order was to be dispatched but names no responsible unit.
    case noAgency(request: String)
    /// The order was to be transferred while not held by any unit or already finished.
    case notTransferable(request: String, status: HotlineStatus)
    /// The order was to be transferred to the unit that already holds it.
    case transferToSameUnit(request: String, unit: String)
    /// A required text (a reason, a unit) was empty.
    case missingText(request: String, field: String)
    /// A callback was recorded on an order that is not completed.
    case callbackBeforeCompletion(request: String, status: HotlineStatus)

    public var description: String {
        switch self {
        case .transition(let error):
            error.description
        case .changeBeforeLastUpdate(let request, let at, let lastUpdate):
            "工单 \(request): change dated \(ServiceTime.iso8601(at)) is before its last update \(ServiceTime.iso8601(lastUpdate)); check the time of the change"
        case .noAgency(let request):
            "工单 \(request): cannot dispatch without a responsible unit; route it first or use dispatch(to:)"
        case .notTransferable(let request, let status):
            "工单 \(request): cannot transfer while \(status.chineseName); only orders held by a unit (已派单, 已签收, 办理中, 已退回) can be transferred"
        case .transferToSameUnit(let request, let unit):
            "工单 \(request): already held by \(unit); name a different unit to transfer to"
        case .missingText(let request, let field):
            "工单 \(request): \(field) must not be empty"
        case .callbackBeforeCompletion(let request, let status):
            "工单 \(request): cannot record a callback while \(status.chineseName); complete the order (已办结) first"
        }
    }
}
