import ShequCore

/// Why a work order could not be routed: the plugin failed, or its answer was refused.
public enum HotlineRoutingFailure: Error, Sendable, CustomStringConvertible {
    /// The plugin raised an error, ran out of its limits or returned the wrong shape.
    case plugin(request: String, TypedHookError)
    /// The plugin named a department or deadline the routing table does not allow.
    case refused(request: String, HotlineRoutingHookError)

    public var description: String {
        switch self {
        case .plugin(let request, let error): "工单 \(request): \(error)"
        case .refused(let request, let error): "工单 \(request): \(error)"
        }
    }
}
