/// A division refused by ``DivisionValidator``, with every reason found.
///
/// ```swift
/// do {
///     _ = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
/// } catch {
///     print(error)   // division of 411502001001 refused: - 2 household(s) are in no grid: H-7, H-9; …
/// }
/// ```
public struct DivisionValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The community whose division was refused.
    public var communityCode: String
    /// Every reason, in the order checked.
    public var failures: [DivisionFailure]

    /// Creates the error.
    public init(communityCode: String, failures: [DivisionFailure]) {
        self.communityCode = communityCode
        self.failures = failures
    }

    public var description: String {
        "division of \(communityCode) refused:\n" + failures.map { "- \($0)" }.joined(separator: "\n")
    }
}
