/// A measure as a script proposed it, before the legal guard has looked at it: the
/// `kind` string and every other field, known or not.
///
/// ```swift
/// let proposal = MeasureProposal(kind: "award_points", fields: [
///     "points": .integer(5), "topic": .string("respect_elderly"),
///     "article": .string("第五条"), "reason": .string("照料空巢老人，奖励5分"),
/// ])
/// let decision = LegalGuard().review(proposal, actor: .household("h-1"))
/// ```
public struct MeasureProposal: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind as written by the script, e.g. `award_points` (or `fine`, which is refused).
    public let kind: String
    /// Every other field the script returned.
    public let fields: [String: PlainValue]

    /// Creates a proposal.
    public init(kind: String, fields: [String: PlainValue]) {
        self.kind = kind
        self.fields = fields
    }

    /// Reads a proposal from a table a script returned; `nil` when the value is not a
    /// table. A table without a string `kind` gets the empty kind, which the guard refuses.
    public init?(_ value: PlainValue) {
        guard case var .table(fields) = value else { return nil }
        let kind = fields.removeValue(forKey: "kind")?.stringValue ?? ""
        self.init(kind: kind, fields: fields)
    }

    /// The proposal as a table, `kind` included.
    public var plainValue: PlainValue {
        var table = fields
        table["kind"] = .string(kind)
        return .table(table)
    }

    public var description: String { plainValue.description }

    public init(from decoder: any Decoder) throws {
        let value = try PlainValue(from: decoder)
        guard let proposal = MeasureProposal(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "a measure is a table with a `kind` field"))
        }
        self = proposal
    }

    public func encode(to encoder: any Encoder) throws { try plainValue.encode(to: encoder) }
}
