/// The county Lua hook that maps a free-text task to catalogue items (keywords, local synonyms); the host still decides (Art. 40).
///
/// The host calls the plugin's `match_task` hook with a ``TaskMatchingHookInput`` and
/// checks its ``TaskMatchingHookResult`` with ``TaskMatchingHookResult/validated(against:)``
/// before passing the ids to ``AssignmentGate``. Keys are snake_case on the Lua side:
///
/// ```lua
/// -- input:  { task = { id = "…", title = "…", details = "…", assigning_unit = "…" },
/// --           county_code = "411522",
/// --           catalogue = { { id = "N-03", category = "negative", title = "…", keywords = { … } }, … } }
/// function M.match_task(input, ctx)
///   local ids = {}
///   for _, item in ipairs(input.catalogue) do
///     for _, word in ipairs(item.keywords) do
///       if string.find(input.task.title, word, 1, true) then ids[#ids + 1] = item.id; break end
///     end
///   end
///   return { item_ids = ids, explanation = "按关键词匹配" }
/// end
/// ```
public enum TaskMatchingHook {
    /// The hook's name in a plugin manifest.
    public static let name = "match_task"
}

/// What the task-matching hook receives.
public struct TaskMatchingHookInput: Sendable, Hashable, Codable {
    /// The task as assigned.
    public struct Task: Sendable, Hashable, Codable {
        /// The assignment's id.
        public var id: String
        /// What the committee is asked to do.
        public var title: String
        /// Further detail.
        public var details: String?
        /// The assigning unit's name.
        public var assigningUnit: String
        /// `department`, `street_office`, `township` or `government`.
        public var assigningUnitKind: String

        enum CodingKeys: String, CodingKey {
            case id, title, details
            case assigningUnit = "assigning_unit"
            case assigningUnitKind = "assigning_unit_kind"
        }
    }

    /// A catalogue item as the hook sees it.
    public struct Item: Sendable, Hashable, Codable {
        /// The item's code.
        public var id: String
        /// `main_duty`, `assistance` or `negative`.
        public var category: String
        /// The item as the catalogue words it.
        public var title: String
        /// Words and local synonyms from the catalogue.
        public var keywords: [String]
    }

    /// The task.
    public var task: Task
    /// The county whose catalogue applies.
    public var countyCode: String
    /// The items in force on the assignment date, ordered by id.
    public var catalogue: [Item]

    enum CodingKeys: String, CodingKey {
        case task
        case countyCode = "county_code"
        case catalogue
    }

    /// Builds the input for an assignment and the catalogue in force on its date.
    public init(assignment: WorkAssignment, catalogue: EffectiveCatalogue) {
        task = Task(
            id: assignment.id, title: assignment.title, details: assignment.details,
            assigningUnit: assignment.assigningUnit.name,
            assigningUnitKind: assignment.assigningUnit.kind.rawValue)
        countyCode = catalogue.divisionCode
        self.catalogue = catalogue.entries.map {
            Item(id: $0.item.id, category: $0.item.category.rawValue, title: $0.item.title, keywords: $0.item.keywords)
        }
    }
}

/// What the task-matching hook returns: the catalogue item ids the task maps to.
public struct TaskMatchingHookResult: Sendable, Hashable, Codable {
    /// The ids, as `item_ids`; empty when nothing matched (the gate then holds the task for the county).
    public var itemIDs: [String]
    /// Why these items, in Chinese, kept with the decision.
    public var explanation: String?

    enum CodingKeys: String, CodingKey {
        case itemIDs = "item_ids"
        case explanation
    }

    /// Creates a result.
    public init(itemIDs: [String], explanation: String? = nil) {
        self.itemIDs = itemIDs
        self.explanation = explanation
    }

    /// Checks that every id is a non-blank item of the catalogue, and returns the ids without repeats.
    public func validated(against catalogue: EffectiveCatalogue) throws(TaskMatchingHookError) -> [String] {
        var ids: [String] = []
        for (index, id) in itemIDs.enumerated() {
            let field = "item_ids[\(index + 1)]"
            if id.isBlank { throw TaskMatchingHookError(field: field, problem: "is blank") }
            guard catalogue.entry(for: id) != nil else {
                throw TaskMatchingHookError(field: field, problem: "names \(id), which is not in the catalogue of \(catalogue.divisionCode)")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}

/// A task-matching hook result the host refused; names the field (Lua indices, from 1).
public struct TaskMatchingHookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path inside the result, e.g. `item_ids[2]`.
    public var field: String
    /// What is wrong with it.
    public var problem: String

    public var description: String {
        "hook \(TaskMatchingHook.name): result field \(field) \(problem); return only ids from input.catalogue"
    }
}
