import Foundation
import ShequCore

/// Imports a work-affairs catalogue file (city base and county adjustments, Art. 40) into
/// a ``WorkAffairsStore``: every row is read and every version checked against the stored
/// catalogues before anything is written, then all is written in one transaction.
/// Re-importing the same file changes nothing.
///
/// ```swift
/// let summary = try await WorkAffairsCatalogueImport.run(path: "catalogue.csv", into: store)
/// print(summary.written, summary.unchanged)
/// ```
public enum WorkAffairsCatalogueImport {
    /// Reads, checks and records the file.
    ///
    /// - Throws: ``ImportError`` naming the file, line and field of the first problem; nothing is written then.
    public static func run(path: String, format: ImportFormat? = nil, into store: any WorkAffairsStore, recordedAt: Date = Date()) async throws -> ImportSummary {
        let started = Date()
        let rows = try GovernanceRecords.read(CatalogueChangeRecordFormat.self, path: path, format: format)
        var hierarchy = try await store.catalogueHierarchy()
        let (jurisdictions, versions, alreadyRecorded) = try plan(rows, path: path, over: &hierarchy, recordedAt: recordedAt)
        let outcomes = try await store.record(jurisdictions, versions: versions)
        var summary = ImportSummary()
        summary.records = rows.count
        summary.written = outcomes.count { $0 == .written }
        summary.unchanged = alreadyRecorded + outcomes.count { $0 == .unchanged }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Groups the rows into jurisdictions and versions and records them in `hierarchy`, which checks them.
    static func plan(
        _ rows: [(line: Int, record: CatalogueChangeRecordFormat.Row)], path: String,
        over hierarchy: inout CatalogueHierarchy, recordedAt: Date
    ) throws(ImportError) -> ([CatalogueJurisdiction], [CatalogueVersionRecord], alreadyRecorded: Int) {
        func failure(_ line: Int, _ field: String, _ message: String) -> ImportError {
            ImportError(file: path, line: line, column: nil, field: field, message: message)
        }
        var jurisdictions: [(jurisdiction: CatalogueJurisdiction, line: Int)] = []
        var versionKeys: [String] = []
        var grouped: [String: [(line: Int, record: CatalogueChangeRecordFormat.Row)]] = [:]
        for row in rows {
            let record = row.record
            if let earlier = jurisdictions.first(where: { $0.jurisdiction.divisionCode == record.jurisdiction.divisionCode }) {
                guard earlier.jurisdiction == record.jurisdiction else {
                    throw failure(row.line, "division_name", "division \(record.jurisdiction.divisionCode) is described differently on line \(earlier.line) (name, level or parent_code); one code names one jurisdiction")
                }
            } else {
                jurisdictions.append((record.jurisdiction, row.line))
            }
            let key = "\(record.jurisdiction.divisionCode) v\(record.version)"
            if let first = grouped[key]?.first {
                guard first.record.effectiveFrom == record.effectiveFrom, first.record.author == record.author, first.record.reason == record.reason else {
                    throw failure(row.line, "effective_from", "\(key): effective_from, author and reason differ from line \(first.line); the rows of one version share them")
                }
            } else {
                versionKeys.append(key)
            }
            grouped[key, default: []].append(row)
        }

        var newJurisdictions: [CatalogueJurisdiction] = []
        var alreadyRecorded = 0
        // Cities before counties, so a county's parent is registered first.
        for (jurisdiction, line) in jurisdictions.sorted(by: { ($0.jurisdiction.parentDivisionCode == nil ? 0 : 1) < ($1.jurisdiction.parentDivisionCode == nil ? 0 : 1) }) {
            if let stored = hierarchy.catalogues[jurisdiction.divisionCode] {
                guard stored.jurisdiction == jurisdiction else {
                    throw failure(line, "division_name", "division \(jurisdiction.divisionCode) is recorded as \(stored.jurisdiction.name) (\(stored.jurisdiction.level.rawValue), parent \(stored.jurisdiction.parentDivisionCode ?? "none")); the file differs")
                }
                alreadyRecorded += 1
                continue
            }
            do {
                try hierarchy.register(jurisdiction)
            } catch {
                throw failure(line, "parent_code", error.description)
            }
            newJurisdictions.append(jurisdiction)
        }

        var records: [CatalogueVersionRecord] = []
        let ordered = versionKeys.sorted { a, b in
            let (x, y) = (grouped[a]![0].record, grouped[b]![0].record)
            return (x.jurisdiction.parentDivisionCode == nil ? 0 : 1, x.jurisdiction.divisionCode, x.version)
                < (y.jurisdiction.parentDivisionCode == nil ? 0 : 1, y.jurisdiction.divisionCode, y.version)
        }
        for key in ordered {
            let lines = grouped[key]!
            let first = lines[0].record
            let version = CatalogueVersion(number: first.version, effectiveFrom: first.effectiveFrom, author: first.author,
                                           reason: first.reason, changes: lines.map(\.record.change))
            let code = first.jurisdiction.divisionCode
            if let stored = hierarchy.catalogues[code]?.versions.first(where: { $0.number == version.number }) {
                guard stored == version else {
                    throw failure(lines[0].line, "version", "\(key) is already recorded with other changes; record the new changes as version \((hierarchy.catalogues[code]?.versions.last?.number ?? 0) + 1)")
                }
                alreadyRecorded += 1
                continue
            }
            do {
                try hierarchy.record(version, for: code)
            } catch {
                let (line, field) = locate(error, lines)
                throw failure(line, field, error.description)
            }
            records.append(CatalogueVersionRecord(divisionCode: code, version: version, recordedAt: recordedAt))
        }
        return (newJurisdictions, records, alreadyRecorded)
    }

    private static func locate(_ error: WorkAffairsCatalogueError, _ lines: [(line: Int, record: CatalogueChangeRecordFormat.Row)]) -> (Int, String) {
        let first = lines[0].line
        func line(of itemID: String) -> Int {
            lines.last { $0.record.change.itemID == itemID }?.line ?? first
        }
        switch error {
        case .versionOutOfSequence: return (first, "version")
        case .effectiveDateBeforePrevious: return (first, "effective_from")
        case .blankVersionField(_, _, let field): return (first, field)
        case .itemChangedTwice(_, _, let itemID): return (line(of: itemID), "item_id")
        case .addsExistingItem(_, _, let itemID), .changesUnknownItem(_, _, let itemID): return (line(of: itemID), "change")
        case .blankItemField(_, _, let itemID, let field): return (line(of: itemID), field == "itemID" || field == "id" ? "item_id" : field)
        case .unknownJurisdiction, .duplicateJurisdiction, .unknownParent, .missingParent, .emptyVersion: return (first, "division_code")
        }
    }
}
