/// Reads snake_case kind and field names (and English words in reasons) for what they
/// announce: `cut_water`, `fine_amount`, `withhold_subsistence`, `relatives`.
///
/// It only names the rule a refusal cites: any kind or field that is not lawful is
/// refused whether or not it is recognised here.
enum TokenClassifier {
    static func tokens(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter || !$0.isASCII }).map(String.init))
    }

    static let married: Set = ["married", "marriage", "daughter", "daughters", "divorced", "widowed", "wedded"]
    static let withhold: Set = ["withhold", "revoke", "cancel", "deny", "stop", "suspend", "remove", "strip", "cut", "freeze", "exclude"]
    static let entitlement: Set = ["subsistence", "dibao", "allowance", "school", "schooling", "education", "enrolment",
                                   "enrollment", "insurance", "medical", "pension", "land", "contract", "dividend",
                                   "dividends", "homestead", "hukou", "welfare", "entitlement", "entitlements", "income"]
    static let liberty: Set = ["detain", "detention", "confine", "confinement", "curfew", "arrest", "imprison", "jail",
                               "liberty", "restrain", "lockup", "custody", "grounding", "ban", "movement"]
    static let property: Set = ["confiscate", "confiscation", "seize", "seizure", "impound", "expropriate", "destroy", "cull"]
    static let utility: Set = ["water", "power", "electricity", "utility", "utilities", "gas", "internet", "heating", "blackout"]
    static let money: Set = ["fine", "fines", "fined", "penalty", "penalties", "monetary", "money", "cash", "pay",
                             "payment", "deposit", "fee", "fees", "levy", "compensation", "yuan", "rmb", "amount", "bond", "surety"]
    static let collective: Set = ["relatives", "relative", "kin", "family", "collective", "group", "joint", "clan",
                                  "members", "spouse", "children", "parents", "village"]
    static let exposure: Set = ["expose", "exposure", "shame", "shaming", "doxx", "disclose", "publish", "public", "phone", "identity"]

    /// The rule a kind or field name announces, if any.
    static func name(_ name: String) -> LegalRule? {
        let words = tokens(name)
        func any(_ set: Set<String>) -> Bool { !words.isDisjoint(with: set) }
        if any(married) && (any(withhold) || any(entitlement)) { return .marriedOutWomensRights }
        if any(entitlement) && (any(withhold) || words.count == 1) { return .statutoryEntitlement }
        if any(liberty) { return .personalLiberty }
        if any(property) { return .confiscation }
        if any(utility) { return .utilityCut }
        if any(money) { return .moneyDemand }
        if any(collective) { return .collectivePunishment }
        if any(exposure) { return .privateDataExposure }
        return nil
    }

    /// English words in a constraint's prose that are unambiguous.
    static func prose(_ text: String) -> (LegalRule, String)? {
        let words = tokens(text)
        let checks: [(LegalRule, Set<String>)] = [
            (.moneyDemand, ["fine", "fined", "fines", "penalty", "yuan", "rmb", "deposit"]),
            (.confiscation, ["confiscate", "confiscated", "seize", "seized", "impound"]),
            (.personalLiberty, ["detain", "detained", "detention", "confine", "confined", "curfew"]),
        ]
        for (rule, set) in checks {
            if let word = words.intersection(set).sorted().first { return (rule, word) }
        }
        return nil
    }
}
