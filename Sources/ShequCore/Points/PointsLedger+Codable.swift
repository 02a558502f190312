extension PointsLedger: Codable {
    enum CodingKeys: String, CodingKey {
        case entries
        case appliedEvents = "applied_events"
        case appeals
    }

    /// Decodes a ledger from its entries, applied events and appeals; the indexes are rebuilt.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(entries: try container.decode([LedgerEntry].self, forKey: .entries),
                  appliedEvents: try container.decode(Set<String>.self, forKey: .appliedEvents),
                  appeals: try container.decode([AppealRecord].self, forKey: .appeals))
    }

    /// Encodes what a store keeps: entries, applied events (sorted) and appeals.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entries, forKey: .entries)
        try container.encode(appliedEvents.sorted(), forKey: .appliedEvents)
        try container.encode(appeals, forKey: .appeals)
    }
}
