/// Readable grid names, as residents and county staff say them: "老城街道义阳社区第3网格".
///
/// Official names are shortened the way they are spoken: "街道办事处" becomes "街道",
/// "居民委员会"/"居委会" becomes "社区", "村民委员会"/"村委会" becomes "村". A dedicated
/// grid carries its kind in brackets.
///
/// ```swift
/// GridNaming.name(townshipName: "老城街道办事处", communityName: "义阳居委会", number: 3, kind: .basic)
/// // "老城街道义阳社区第3网格"
/// GridNaming.name(townshipName: "吴家店镇", communityName: "吴家店村委会", number: 12, kind: .school)
/// // "吴家店镇吴家店村第12网格（学校专属网格）"
/// ```
public enum GridNaming {
    /// The readable name of grid `number` in a community.
    public static func name(townshipName: String, communityName: String, number: Int, kind: GridKind) -> String {
        let base = spokenTownship(townshipName) + spokenCommunity(communityName) + "第\(number)网格"
        return kind.isDedicated ? base + "（\(kind.chineseName)）" : base
    }

    /// The township's name as spoken: "老城街道办事处" → "老城街道".
    public static func spokenTownship(_ name: String) -> String {
        replacingSuffix(of: name, [("街道办事处", "街道"), ("办事处", "街道")])
    }

    /// The community's name as spoken: "义阳居委会" → "义阳社区", "吴家店村委会" → "吴家店村".
    public static func spokenCommunity(_ name: String) -> String {
        replacingSuffix(of: name, [
            ("社区居民委员会", "社区"), ("社区居委会", "社区"), ("居民委员会", "社区"), ("居委会", "社区"),
            ("村民委员会", "村"), ("村村委会", "村"), ("村委会", "村"),
        ])
    }

    private static func replacingSuffix(of name: String, _ rules: [(suffix: String, replacement: String)]) -> String {
        for rule in rules where name.hasSuffix(rule.suffix) && name.count > rule.suffix.count {
            return String(name.dropLast(rule.suffix.count)) + rule.replacement
        }
        return name
    }
}
