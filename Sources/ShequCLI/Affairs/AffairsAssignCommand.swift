import ArgumentParser
import Foundation
import ShequCore
import ShequHooks
import ShequImport
import ShequLua

/// `shequ affairs assign`: passes work assigned to a committee through the gate (Art. 40,
/// 45) and records the decision with its legal basis; a refusal of negative-list work or
/// of unfunded assistance work is recorded as a violation.
struct AffairsAssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Decide on work assigned to a committee: accepted, refused and recorded as a violation, or held for the county.",
        discussion: """
            One task from the options, or many with --file (CSV or JSON Lines, see docs/cli/affairs.md). \
            A task without --item is mapped to catalogue items by the match_task hook of --plugin. \
            One task exits 0 when accepted and 1 otherwise; --file exits 0 once every decision is recorded. \
            Decisions are recorded either way; an assignment id already decided is left as it is.
            """)

    @Option(help: "The assignment's id.")
    var id: String?

    @Option(help: "The task as the assigning unit wrote it.")
    var title: String?

    @Option(help: "More text about the task.")
    var details: String?

    @Option(help: "The department, street office or township assigning the work.")
    var unit: String?

    @Option(help: "The kind of unit: department, street_office, township or government.")
    var unitKind: String = "department"

    @Option(help: "The person responsible in the assigning unit.")
    var person: String?

    @Option(help: "The community the work goes to.")
    var community: String?

    @Option(help: "The county or district whose catalogue applies.")
    var county: String?

    @Option(help: "When the work was assigned (YYYY-MM-DD or YYYY-MM-DDTHH:MM, China time).")
    var at: String?

    @Option(name: .customLong("item"), help: "A catalogue item id the task falls under; may be repeated.")
    var items: [String] = []

    @Option(help: "Funding for assistance work, in yuan.")
    var fundingAmount: String?

    @Option(help: "Where the funding comes from.")
    var fundingSource: String?

    @Option(help: "The working conditions provided.")
    var conditions: String?

    @Option(help: "A file of tasks (.csv or .jsonl) instead of the options above.")
    var file: String?

    @Option(help: "A county plugin folder with a match_task hook, for tasks given without items.")
    var plugin: String?

    @OptionGroup var isolationOptions: PluginIsolationOptions

    @Option(help: "Who records the decision.")
    var by: String = "工作事务准入审查"

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if file == nil {
            for (value, name) in [(id, "--id"), (title, "--title"), (unit, "--unit"), (community, "--community"), (county, "--county"), (at, "--at")] where value == nil {
                throw ValidationError("give \(name) (or --file with many tasks)")
            }
        }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let tasks = try file.map { path in try WorkAssignmentFile.read(path: path).map(\.assignment) } ?? [try singleTask()]
            let instance = try plugin.map { try Self.loadMatcher($0, isolation: isolationOptions.choice) }
            let hierarchy = try await store.catalogueHierarchy()
            var records: [AssignmentDecisionRecord] = []
            for var task in tasks {
                let catalogue: EffectiveCatalogue
                do { catalogue = try hierarchy.effectiveCatalogue(for: task.countyCode, on: task.assignedAt) } catch {
                    throw CommandFailure.rule("assignment \(task.id): \(error)")
                }
                var matching = task.itemIDs.isEmpty ? nil : "given"
                if task.itemIDs.isEmpty, let instance {
                    let match: TaskMatch
                    do { match = try await TaskMatch.find(for: task, in: catalogue, using: instance) } catch {
                        throw CommandFailure.rule("assignment \(task.id): \(error)")
                    }
                    task.itemIDs = match.itemIDs
                    matching = match.summary
                }
                let decision = AssignmentGate.decide(task, against: catalogue, recorder: by)
                records.append(AssignmentDecisionRecord(assignment: task, decision: decision, decidedAt: Date(), decidedBy: by, matching: matching))
            }
            let outcomes: [UpsertOutcome]
            do { outcomes = try await store.record(records) } catch let error as GovernanceRecordError { throw CommandFailure.rule(error) }
            switch output.format {
            case .json: try JSONOutput.print(records)
            case .text:
                for (record, outcome) in zip(records, outcomes) {
                    AffairsDecisionText.print(record)
                    if outcome == .unchanged { print("（该任务此前已作出决定，记录未变）") }
                    print("")
                }
            }
            if file == nil, records.first?.decision.outcome != .accepted { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }

    private func singleTask() throws -> WorkAssignment {
        let kind = try choice(self.unitKind, "--unit-kind", as: GovernmentUnit.Kind.self)
        var funding: AssistanceFunding?
        if fundingAmount != nil || fundingSource != nil {
            guard let amount = Decimal(string: fundingAmount ?? "0", locale: Locale(identifier: "en_US_POSIX")) else {
                throw CommandFailure.usage("--funding-amount \(fundingAmount ?? ""): expected an amount in yuan, e.g. 3000")
            }
            funding = AssistanceFunding(amount: amount, source: fundingSource ?? "")
        }
        return WorkAssignment(
            id: id!, title: title!, details: details,
            assigningUnit: GovernmentUnit(name: unit!, kind: kind, divisionCode: county!),
            responsiblePerson: person, communityCode: community!, countyCode: county!,
            assignedAt: try ChinaInstant.option(at, "--at")!, itemIDs: items, funding: funding, workingConditions: conditions)
    }

    static func loadMatcher(_ folder: String, isolation: PluginIsolation) throws -> PluginInstance {
        let plugin: Plugin
        do { plugin = try Plugin.load(from: URL(fileURLWithPath: folder)) } catch { throw CommandFailure.rule(error) }
        guard plugin.manifest.hooks[MatchTaskHook.name] != nil else {
            throw CommandFailure.usage("\(folder): plugin \(plugin.manifest.id) has no '\(MatchTaskHook.name)' hook (its hooks: \(plugin.manifest.hooks.keys.sorted().joined(separator: ", ")))")
        }
        do { return try PluginInstance(plugin: plugin, isolation: isolation) } catch { throw CommandFailure.rule(error) }
    }
}
