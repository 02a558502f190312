import Foundation
import ShequCore

/// One row of a dispute intake file (矛盾纠纷受理, Art. 35).
///
/// Columns: `id`, `parties` (`;`-separated `name:role`, role `applicant`|`respondent`|`third_party`),
/// `category`, `description`, `community_code`, `grid_code`, `channel`, `received_at`
/// (YYYY-MM-DD or YYYY-MM-DDTHH:MM, China time), `received_by`, `level` (the first
/// holder's level, default `grid_worker`), `unit` (the first holder).
public enum DisputeIntakeRecordFormat: RecordFormat {
    /// The columns of an intake file, in the order a template lists them.
    public static let columns = ["id", "parties", "category", "description", "community_code", "grid_code",
                                 "channel", "received_at", "received_by", "level", "unit"]
    /// Columns a file may leave out.
    public static let optionalColumns: Set<String> = ["grid_code", "level"]

    /// Parses one row into a dispute taken in; a bad value names its column.
    public static func record(from fields: RecordFields) throws(FieldError) -> Dispute {
        let partiesText = try fields.required("parties", expected: "parties as name:role;name:role")
        let parties = try DisputeParty.parseList(partiesText)
        let level = fields.optional("level") == nil ? DisputeLevel.gridWorker : try GovernanceRecords.choice(fields, "level", DisputeLevel.self)
        do {
            return try Dispute(
                id: try fields.required("id", expected: "the dispute's id"),
                parties: parties,
                category: try GovernanceRecords.choice(fields, "category", DisputeCategory.self),
                description: try fields.required("description", expected: "what the dispute is about"),
                place: DisputePlace(communityCode: try fields.required("community_code", expected: "the community code"),
                                    gridCode: fields.optional("grid_code")),
                channel: try GovernanceRecords.choice(fields, "channel", IntakeChannel.self),
                receivedAt: try GovernanceRecords.instant(fields, "received_at"),
                receivedBy: try fields.required("received_by", expected: "who took the dispute in"),
                firstHolder: DisputeHolder(level: level, unit: try fields.required("unit", expected: "the unit that holds the dispute first")))
        } catch let error as FieldError {
            throw error
        } catch let error as DisputeError {
            guard case .invalidIntake(let field, let problem) = error else { throw FieldError(field: "id", value: "", expected: error.description) }
            let column = ["place.community_code": "community_code", "first_holder.unit": "unit"][field]
                ?? (field.hasPrefix("parties") ? "parties" : field)
            throw FieldError(field: column, value: "", expected: "a value (\(field) \(problem))")
        } catch {
            throw FieldError(field: "id", value: "", expected: String(describing: error))
        }
    }
}

extension DisputeParty {
    /// Parses `张三:applicant;李四:respondent` (a missing role means applicant for the first, respondent after).
    public static func parseList(_ text: String, field: String = "parties") throws(FieldError) -> [DisputeParty] {
        var parties: [DisputeParty] = []
        for (index, part) in text.split(separator: ";").enumerated() {
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = pieces.first, !name.isEmpty else {
                throw FieldError(field: field, value: text, expected: "name:role;name:role with a name in each part")
            }
            let role: Role
            if pieces.count > 1 {
                guard let parsed = Role(rawValue: pieces[1]) else {
                    throw FieldError(field: field, value: String(part), expected: "a role among applicant, respondent, third_party")
                }
                role = parsed
            } else {
                role = index == 0 ? .applicant : .respondent
            }
            parties.append(DisputeParty(name: name, role: role))
        }
        guard !parties.isEmpty else { throw FieldError(field: field, value: text, expected: "at least one party") }
        return parties
    }
}

/// Imports a dispute intake file into a ``DisputeStore``: every row is read and checked
/// first, then all disputes are written in one transaction. A dispute already stored
/// with the same intake is left as it is, whatever happened to it since; one stored
/// with another intake is refused naming the line.
///
/// ```swift
/// let summary = try await DisputeIntakeImport.run(path: "disputes.csv", into: store)
/// ```
public enum DisputeIntakeImport {
    /// Reads, checks and records the file.
    ///
    /// - Throws: ``ImportError`` naming the file, line and field of the first problem; nothing is written then.
    public static func run(path: String, format: ImportFormat? = nil, into store: any DisputeStore) async throws -> ImportSummary {
        let started = Date()
        let rows = try GovernanceRecords.read(DisputeIntakeRecordFormat.self, path: path, format: format)
        var seen: [String: Int] = [:]
        var fresh: [Dispute] = []
        var unchanged = 0
        for (line, dispute) in rows {
            if let first = seen[dispute.id] {
                throw ImportError(file: path, line: line, column: nil, field: "id",
                                  message: "dispute '\(dispute.id)' appears twice in the file (first on line \(first)); give each its own id")
            }
            seen[dispute.id] = line
            if let stored = try await store.dispute(id: dispute.id) {
                guard stored.hasSameIntake(as: dispute) else {
                    throw ImportError(file: path, line: line, column: nil, field: "id",
                                      message: "dispute '\(dispute.id)' is already recorded with another intake; give the new dispute another id")
                }
                unchanged += 1
            } else {
                fresh.append(dispute)
            }
        }
        let outcomes = try await store.save(fresh)
        var summary = ImportSummary()
        summary.records = rows.count
        summary.written = outcomes.count { $0 == .written }
        summary.unchanged = unchanged + outcomes.count { $0 == .unchanged }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}

extension Dispute {
    /// Whether two disputes were taken in the same way: parties, category, description,
    /// place, channel, time, receiver and first holder.
    public func hasSameIntake(as other: Dispute) -> Bool {
        id == other.id && parties == other.parties && category == other.category && description == other.description
            && place == other.place && channel == other.channel && receivedAt == other.receivedAt
            && receivedBy == other.receivedBy && holdings.first?.holder == other.holdings.first?.holder
    }
}
