import Foundation
import ShequCore

/// Imports divisions, households and residents from CSV or JSON Lines files into any ``GovernanceStore``.
///
/// Every import is validated and all-or-nothing: it runs in one transaction, and the first bad record
/// raises an ``ImportError`` naming file, line, column and what was expected, leaving the store unchanged.
/// Rows are upserted by identity, so importing the same file twice changes nothing.
///
/// ```swift
/// let importer = Importer(store: store)
/// let summary = try await importer.importDivisions(from: "Samples/data/xinyang-divisions.csv")
/// print(summary)  // 3358 records read: 3577 rows written, 0 unchanged …
/// ```
public struct Importer: Sendable {
    public let store: any GovernanceStore
    /// Called every few thousand records, from the importing thread.
    public var progress: (@Sendable (ImportProgress) -> Void)?

    public init(store: any GovernanceStore, progress: (@Sendable (ImportProgress) -> Void)? = nil) {
        self.store = store
        self.progress = progress
    }

    /// Imports a divisions file (``DivisionRecordFormat``): the city, counties, townships and communities of each row.
    public func importDivisions(from path: String, format: ImportFormat? = nil) async throws -> ImportSummary {
        var seen: [DivisionID: (division: Division, line: Int)] = [:]
        return try await run(DivisionRecordFormat.self, path: path, format: format, referenceField: "city") { chain, line, tx, summary in
            for division in chain {
                if let earlier = seen[division.id] {
                    guard earlier.division == division else {
                        throw FieldError(
                            field: Self.field(for: division), value: division.code?.rawValue ?? division.name,
                            expected: "the same \(division.level) as on line \(earlier.line) (\(earlier.division.name), under \(earlier.division.parentID?.rawValue ?? "no parent")): one code names one division")
                    }
                    continue
                }
                seen[division.id] = (division, line)
                summary.count(try tx.upsert(division))
            }
        }
    }

    /// Imports a households file (``HouseholdRecordFormat``) with their buildings or natural villages.
    public func importHouseholds(from path: String, format: ImportFormat? = nil) async throws -> ImportSummary {
        var dwellings: Set<DwellingID> = []
        return try await runBatches(HouseholdRecordFormat.self, path: path, format: format, referenceField: "community_id",
            identities: { [$0.household.id.rawValue] + ($0.dwelling.map { [$0.id.rawValue] } ?? []) },
            identity: { $0.household.id.rawValue }
        ) { records in
            var batch = StoreBatch()
            for record in records {
                if let dwelling = record.dwelling, dwellings.insert(dwelling.id).inserted { batch.dwellings.append(dwelling) }
                batch.households.append(record.household)
            }
            return batch
        }
    }

    /// Imports a residents file (``ResidentRecordFormat``); their households must be stored or imported first.
    public func importResidents(from path: String, format: ImportFormat? = nil) async throws -> ImportSummary {
        try await runBatches(ResidentRecordFormat.self, path: path, format: format, referenceField: "household_id",
                             identities: { [$0.id.rawValue] }, identity: { $0.id.rawValue }) { records in
            StoreBatch(residents: records)
        }
    }

    /// Imports a workers file (``WorkerRecordFormat``): community and grid workers (Art. 39).
    public func importWorkers(from path: String, format: ImportFormat? = nil) async throws -> ImportSummary {
        try await runBatches(WorkerRecordFormat.self, path: path, format: format, referenceField: "community_id",
                             identities: { [$0.id.rawValue] }, identity: { $0.id.rawValue }) { records in
            StoreBatch(workers: records)
        }
    }

    private static func field(for division: Division) -> String {
        switch division.level {
        case .city: division.code == nil ? "city" : "city_code"
        case .county: division.code == nil ? "county" : "county_code"
        case .township: division.code == nil ? "township" : "township_code"
        case .community: division.code == nil ? "community" : "community_code"
        }
    }

    /// What the parsing thread hands to the writing thread.
    private enum Chunk<Record: Sendable>: Sendable {
        case records([(line: Int, record: Record)], bytesRead: Int, totalBytes: Int)
        case failure(ImportError)
    }

    /// Imports record by record: each record's upserts happen in file order.
    private func run<Format: RecordFormat>(
        _: Format.Type, path: String, format: ImportFormat?, referenceField: String,
        apply: (Format.Record, Int, any StoreTransaction, inout ImportSummary) throws -> Void
    ) async throws -> ImportSummary {
        try await runChunks(Format.self, path: path, format: format, referenceField: referenceField) { records, tx, summary in
            for (line, record) in records {
                do {
                    try apply(record, line, tx, &summary)
                } catch let error as LocatedError {
                    throw error
                } catch {
                    throw LocatedError(line: line, error: error)
                }
            }
        }
    }

    /// Imports a chunk of records at a time as one ``StoreBatch``, so a server store can stream it with `COPY`.
    /// A missing reference is traced back to the line of the record that names it. An `identity` given
    /// twice in the file is refused, naming both lines: an upsert would silently keep only the later row.
    private func runBatches<Format: RecordFormat>(
        _: Format.Type, path: String, format: ImportFormat?, referenceField: String,
        identities: @escaping (Format.Record) -> [String], identity: @escaping (Format.Record) -> String,
        batch: @escaping ([Format.Record]) -> StoreBatch
    ) async throws -> ImportSummary {
        var firstLine: [String: Int] = [:]
        return try await runChunks(Format.self, path: path, format: format, referenceField: referenceField) { records, tx, summary in
            for (line, record) in records {
                let id = identity(record)
                if let first = firstLine.updateValue(line, forKey: id) {
                    throw LocatedError(line: line, error: FieldError(
                        field: "id", value: id,
                        expected: "an id not used before in this file (line \(first) has it already): give each row its own id, or remove the repeated row"))
                }
            }
            do {
                let outcome = try tx.upsert(batch(records.map(\.record)))
                summary.written += outcome.written
                summary.unchanged += outcome.unchanged
            } catch let error as StoreError {
                guard case .unknownReference(_, let id, _, _) = error,
                    let line = records.first(where: { identities($0.record).contains(id) })?.line
                else { throw error }
                throw LocatedError(line: line, error: error)
            }
        }
    }

    /// A failure at a known line of the file being imported.
    private struct LocatedError: Error {
        var line: Int
        var error: any Error
    }

    private func runChunks<Format: RecordFormat>(
        _: Format.Type, path: String, format: ImportFormat?, referenceField: String,
        apply: ([(line: Int, record: Format.Record)], any StoreTransaction, inout ImportSummary) throws -> Void
    ) async throws -> ImportSummary {
        let started = Date()
        let format = format ?? ImportFormat(inferringFrom: path)
        // Opening first reports an unreadable file or a bad header without touching the store.
        let columns = try RecordReader<Format>(path: path, format: format).columns
        let column = { (field: String) in columns.firstIndex(of: field).map { $0 + 1 } }
        let referenceColumn = column(referenceField)
        let progress = self.progress
        var summary = try await store.transaction { tx throws -> ImportSummary in
            let channel = RecordChannel<Chunk<Format.Record>>(capacity: 8)
            defer { channel.cancel() }
            Thread.detachNewThread { Self.parse(Format.self, path: path, format: format, into: channel) }
            var summary = ImportSummary()
            while let chunk = channel.receive() {
                switch chunk {
                case .failure(let error):
                    throw error
                case .records(let records, let bytesRead, let totalBytes):
                    do {
                        try apply(records, tx, &summary)
                    } catch let located as LocatedError {
                        switch located.error {
                        case let error as FieldError:
                            throw ImportError(file: path, line: located.line, column: column(error.field), field: error.field, message: error.problem)
                        case let error as StoreError:
                            throw ImportError(file: path, line: located.line, column: referenceColumn, field: referenceField, message: error.description)
                        default:
                            throw located.error
                        }
                    }
                    summary.records += records.count
                    progress?(ImportProgress(done: bytesRead, total: totalBytes, records: summary.records))
                }
            }
            return summary
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Reads and validates the file on its own thread, handing over batches of records in order.
    private static func parse<Format: RecordFormat>(
        _: Format.Type, path: String, format: ImportFormat, into channel: RecordChannel<Chunk<Format.Record>>
    ) {
        defer { channel.finish() }
        do {
            var reader = try RecordReader<Format>(path: path, format: format)
            var batch: [(line: Int, record: Format.Record)] = []
            batch.reserveCapacity(4096)
            while let fields = try reader.next() {
                do {
                    batch.append((reader.line, try Format.record(from: fields)))
                } catch {
                    _ = channel.send(.records(batch, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
                    _ = channel.send(.failure(reader.failure(column: reader.column(of: error.field), field: error.field, error.problem)))
                    return
                }
                if batch.count == 4096 {
                    guard channel.send(.records(batch, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes)) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            _ = channel.send(.records(batch, bytesRead: reader.totalBytes, totalBytes: reader.totalBytes))
        } catch {
            _ = channel.send(.failure(error))
        }
    }
}
