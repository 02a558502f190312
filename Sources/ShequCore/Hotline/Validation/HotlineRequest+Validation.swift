import Foundation

extension HotlineRequest {
    /// Checks a request read from a file before it is stored, like every import.
    ///
    /// ```swift
    /// for (line, request) in zip(2..., requests) {
    ///     try request.validate(source: "requests.csv", line: line)
    /// }
    /// ```
    ///
    /// Required texts must not be blank; a position needs both parts, in range; times
    /// must not come before the request; a unit must hold an order that is with a unit;
    /// a satisfaction answer needs a callback; and a history, when given, must be a chain
    /// of allowed steps in time order that ends in the order's state.
    public func validate(source: String, line: Int) throws(HotlineRecordError) {
        func fail(_ field: String, _ message: String) -> HotlineRecordError {
            HotlineRecordError(source: source, line: line, field: field, message: message)
        }
        for (field, value) in [("service_request_id", id), ("service_code", serviceCode), ("service_name", serviceName),
                               ("community", communityCode)] where value.isBlank {
            throw fail(field, "is empty; every work order needs it")
        }
        switch (latitude, longitude) {
        case (nil, nil):
            break
        case (let lat?, let lon?):
            guard lat.isFinite, (-90...90).contains(lat) else {
                throw fail("lat", "\(lat) is outside -90...90; give WGS 84 degrees, latitude first")
            }
            guard lon.isFinite, (-180...180).contains(lon) else {
                throw fail("long", "\(lon) is outside -180...180; give WGS 84 degrees")
            }
        default:
            throw fail(latitude == nil ? "lat" : "long", "is missing while the other coordinate is given; give both or neither")
        }
        if let expectedAt, expectedAt < requestedAt {
            throw fail("expected_datetime", "\(ServiceTime.iso8601(expectedAt)) is before the request; a deadline follows the request")
        }
        if updatedAt < requestedAt {
            throw fail("updated_datetime", "\(ServiceTime.iso8601(updatedAt)) is before the request")
        }
        if [.dispatched, .accepted, .inProgress, .returned].contains(status), agencyResponsible?.isBlank ?? true {
            throw fail("agency_responsible", "is empty while the order is \(status.chineseName); name the unit holding it")
        }
        if satisfaction != nil, status != .visited, status != .closed {
            throw fail("satisfaction", "is given while the order is \(status.chineseName); a satisfaction answer comes with the callback (已回访)")
        }
        if completedAt != nil, !status.isCompleted {
            throw fail("completed_at", "is given while the order is \(status.chineseName); leave it empty until the order is completed")
        }
        try validateHistory(fail)
    }

    /// The identifiers that occur more than once in a batch, sorted.
    public static func duplicateIDs(in requests: [HotlineRequest]) -> [String] {
        var seen: Set<String> = []
        var repeated: Set<String> = []
        for request in requests where !seen.insert(request.id).inserted {
            repeated.insert(request.id)
        }
        return repeated.sorted()
    }

    private func validateHistory(_ fail: (String, String) -> HotlineRecordError) throws(HotlineRecordError) {
        guard !history.isEmpty else { return }
        var state = HotlineStatus.received
        var time = requestedAt
        for (index, change) in history.enumerated() {
            let field = "history[\(index + 1)]"
            guard change.from == state else {
                throw fail(field, "starts from \(change.from.chineseName) but the order was \(state.chineseName); list the changes in order")
            }
            let isTransfer = change.to == .dispatched && [.dispatched, .accepted, .inProgress, .returned].contains(change.from)
            guard state.successors.contains(change.to) || isTransfer else {
                throw fail(field, "\(state.chineseName) → \(change.to.chineseName) is not an allowed step")
            }
            guard change.at >= time else {
                throw fail(field, "\(ServiceTime.iso8601(change.at)) is before the previous change; list the changes in time order")
            }
            state = change.to
            time = change.at
        }
        guard state == status else {
            throw fail("status", "is \(status.chineseName) but the history ends at \(state.chineseName)")
        }
    }
}
