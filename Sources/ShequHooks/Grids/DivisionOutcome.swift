import ShequCore

/// The result of dividing one community: its validated division or why there is none.
public struct DivisionOutcome: Sendable {
    /// The community as it was given to the division.
    public var community: DivisionCommunity
    /// The parameters the division was validated against.
    public var parameters: DivisionParameters
    /// The validated division, or the failure.
    public var result: Result<ValidatedDivision, DivisionRunError>

    public init(community: DivisionCommunity, parameters: DivisionParameters, result: Result<ValidatedDivision, DivisionRunError>) {
        self.community = community
        self.parameters = parameters
        self.result = result
    }
}
