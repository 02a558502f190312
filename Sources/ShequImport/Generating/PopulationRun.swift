import Foundation
import ShequCore

/// Generates the population of every community under a division (or the whole workspace) and writes it
/// to the store, or to CSV files in the import formats.
///
/// Writing to the store commits every few communities: a run that is stopped keeps whole communities,
/// and running it again with the same seed upserts the same rows, so it finishes the job without duplicates.
///
/// ```swift
/// let run = PopulationRun(store: store, generator: PopulationGenerator(seed: 1))
/// let summary = try await run.writeToStore()
/// ```
public struct PopulationRun: Sendable {
    public let store: any GovernanceStore
    public var generator: PopulationGenerator
    /// Only communities under this division; `nil` for all.
    public var scope: DivisionID?
    /// Communities written per transaction.
    public var communitiesPerTransaction = 256
    /// Called after each batch with communities done, communities in total and households so far.
    public var progress: (@Sendable (ImportProgress) -> Void)?

    public init(store: any GovernanceStore, generator: PopulationGenerator, scope: DivisionID? = nil) {
        self.store = store
        self.generator = generator
        self.scope = scope
    }

    /// A community and the six-digit code used as the area of its residents' ID numbers.
    public struct Target: Sendable {
        public var community: Division
        public var areaCode: String
    }

    /// The communities to generate, ordered by identity, with their nearest six-digit ancestor code.
    public func targets() async throws -> [Target] {
        var roots: [(Division, String)] = []
        if let scope {
            guard let division = try await store.division(id: scope) else {
                throw StoreError.unknownReference(entity: "generation scope", id: scope.rawValue, missing: "division", missingID: scope.rawValue)
            }
            var area = "411500"
            var cursor: Division? = division
            while let current = cursor {
                if let code = current.code, current.level <= .county { area = code.rawValue; break }
                cursor = try await current.parentID.asyncMap { try await store.division(id: $0) } ?? nil
            }
            roots = [(division, area)]
        } else {
            roots = try await store.children(of: nil).map { ($0, $0.code?.rawValue ?? "411500") }
        }
        var targets: [Target] = []
        var stack = roots
        while let (division, area) = stack.popLast() {
            let areaHere = division.level <= .county ? (division.code?.rawValue ?? area) : area
            if division.level == .community {
                targets.append(Target(community: division, areaCode: areaHere))
            } else {
                stack += try await store.children(of: division.id).map { ($0, areaHere) }
            }
        }
        return targets.sorted { $0.community.id < $1.community.id }
    }

    /// Generates and upserts every target community's dwellings, households, residents and workers.
    public func writeToStore() async throws -> GenerationSummary {
        let started = Date()
        let targets = try await targets()
        var summary = GenerationSummary()
        var start = 0
        // Generate the next batch while the current one is written: the writer is the bottleneck.
        var pending: Task<[CommunityPopulation], Never>? = batchTask(targets, from: 0)
        while let task = pending {
            let populations = await task.value
            let batchCount = populations.count
            pending = start + batchCount < targets.count ? batchTask(targets, from: start + batchCount) : nil
            var batch = StoreBatch()
            for population in populations {
                batch.dwellings += population.dwellings
                batch.households += population.households
                batch.residents += population.residents
                batch.workers += population.workers
            }
            _ = try await store.transaction { tx in try tx.upsert(batch) }
            for population in populations { summary.add(population) }
            start += batchCount
            progress?(ImportProgress(done: start, total: targets.count, records: summary.households))
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func batchTask(_ targets: [Target], from start: Int) -> Task<[CommunityPopulation], Never> {
        let batch = targets[start..<min(start + communitiesPerTransaction, targets.count)]
        return Task.detached { [self] in generate(batch) }
    }

    /// Writes `households.csv` and `residents.csv` (the import formats) and `workers.csv` into `directory`.
    public func writeCSV(directory: String) async throws -> GenerationSummary {
        let started = Date()
        let targets = try await targets()
        let households = try CSVFileWriter(path: "\(directory)/households.csv", header: HouseholdRecordFormat.columns)
        let residents = try CSVFileWriter(path: "\(directory)/residents.csv", header: ResidentRecordFormat.columns)
        let workers = try CSVFileWriter(path: "\(directory)/workers.csv", header: WorkerRecordFormat.columns)
        var summary = GenerationSummary()
        var start = 0
        while start < targets.count {
            let batch = targets[start..<min(start + communitiesPerTransaction, targets.count)]
            for population in generate(batch) {
                let dwellings = Dictionary(uniqueKeysWithValues: population.dwellings.map { ($0.id, $0) })
                for household in population.households {
                    let dwelling = household.dwellingID.flatMap { dwellings[$0] }
                    try households.write([
                        household.id.rawValue, household.communityID.rawValue, dwelling?.kind.rawValue ?? "",
                        dwelling?.name ?? "", household.address,
                    ])
                }
                for resident in population.residents {
                    try residents.write([
                        resident.id.rawValue, resident.householdID.rawValue, resident.name, resident.sex.rawValue,
                        resident.birthDate.description, resident.idNumber ?? "", resident.phone ?? "", resident.role.rawValue,
                        resident.care?.description ?? "",
                    ])
                }
                for worker in population.workers {
                    try workers.write([
                        worker.id.rawValue, worker.communityID.rawValue, worker.name, worker.role.rawValue,
                        worker.employment.rawValue, worker.phone ?? "", worker.grid ?? "",
                    ])
                }
                summary.add(population)
            }
            start += batch.count
            progress?(ImportProgress(done: start, total: targets.count, records: summary.households))
        }
        try households.close()
        try residents.close()
        try workers.close()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Generates a batch on all cores; each community depends only on the seed and its identity.
    private func generate(_ batch: ArraySlice<Target>) -> [CommunityPopulation] {
        let targets = Array(batch)
        var results = [CommunityPopulation?](repeating: nil, count: targets.count)
        let generator = self.generator
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: targets.count) { index in
                output[index] = generator.population(of: targets[index].community, areaCode: targets[index].areaCode)
            }
        }
        return results.map { $0! }
    }
}

extension GenerationSummary {
    mutating func add(_ population: CommunityPopulation) {
        communities += 1
        dwellings += population.dwellings.count
        households += population.households.count
        residents += population.residents.count
        workers += population.workers.count
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
