/// Everything generated for one community: its dwellings, households, residents and workers.
public struct CommunityPopulation: Sendable {
    public var community: Division
    public var dwellings: [Dwelling]
    public var households: [Household]
    public var residents: [Resident]
    public var workers: [Worker]
}
