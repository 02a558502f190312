/// What a county's Lua routing hook receives: the request and the table's proposal.
///
/// In Lua the hook is `route(input, ctx)` and sees snake_case fields:
///
/// ```lua
/// function M.route(input, ctx)
///   if input.request.community == "411502001001" and input.request.type == "complaint" then
///     return { department = "浉河区民权街道办事处", reason = "本街道先行处置" }
///   end
///   return nil -- keep the table's proposal
/// end
/// ```
public struct HotlineRoutingHookInput: Sendable, Hashable, Codable {
    /// The request, as plain fields.
    public struct Request: Sendable, Hashable, Codable {
        /// The work-order number.
        public var id: String
        /// The category code, `service_code` in Lua.
        public var serviceCode: String
        /// The category name, `service_name` in Lua.
        public var serviceName: String
        /// The ``HotlineRequestType`` raw value, e.g. `complaint`.
        public var type: String
        /// The ``HotlineChannel`` raw value, e.g. `phone`.
        public var channel: String
        /// The caller's account.
        public var description: String
        /// The place as given.
        public var address: String
        /// The community's code or name path.
        public var community: String
        /// The grid code, when assigned.
        public var grid: String?
        /// Seconds since 1970-01-01 UTC.
        public var requestedAt: Int64

        enum CodingKeys: String, CodingKey {
            case id, type, channel, description, address, community, grid
            case serviceCode = "service_code"
            case serviceName = "service_name"
            case requestedAt = "requested_at"
        }
    }

    /// The table's proposal.
    public struct Proposal: Sendable, Hashable, Codable {
        /// The department the table proposes.
        public var department: String
        /// The table's deadline in hours, `deadline_hours` in Lua.
        public var deadlineHours: Int

        enum CodingKeys: String, CodingKey {
            case department
            case deadlineHours = "deadline_hours"
        }
    }

    /// The request to route.
    public var request: Request
    /// What the table proposes.
    public var proposal: Proposal
    /// The departments a result may name.
    public var departments: [String]

    /// Builds the input for a request and the table's decision.
    public init(request: HotlineRequest, proposal: HotlineRoutingDecision, departments: [String]) {
        self.request = Request(
            id: request.id, serviceCode: request.serviceCode, serviceName: request.serviceName,
            type: request.type.rawValue, channel: request.channel.rawValue,
            description: request.description, address: request.address,
            community: request.communityCode, grid: request.gridCode,
            requestedAt: request.requestedAt.unixSeconds
        )
        self.proposal = Proposal(department: proposal.department, deadlineHours: proposal.deadlineHours)
        self.departments = departments
    }
}
