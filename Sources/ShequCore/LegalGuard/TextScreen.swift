/// The guard's second line: screening the words of a measure for what its typed
/// fields cannot show (a "rectification" that demands payment, a reason that cuts
/// power, a notice carrying an ID number).
///
/// Limits, stated plainly: it matches a fixed vocabulary (Chinese terms, a few English
/// words, the shapes of ID and mobile numbers); paraphrase it does not know gets
/// through, and a reason that merely *mentions* another body's lawful decision ("低保
/// 被民政部门取消") can be refused. Incentive reasons are screened only for private
/// data, because a good deed is often described with words like 停电 or 低保户.
/// The first line — lawful kinds only, known fields only, subject is the actor —
/// does not depend on words at all.
enum TextScreen {
    struct Hit: Equatable, Sendable {
        let rule: LegalRule
        let term: String
    }

    /// Screens a text; `constraint` selects the full vocabulary.
    static func screen(_ text: String, constraint: Bool) -> Hit? {
        // A plugin writes the same few dozen reasons for a city's events: each is screened once.
        recentScreens.hit(for: text, constraint: constraint) { screenUncached(text, constraint: constraint) }
    }

    private static let recentScreens = ScreenMemo()

    /// The screen itself, without the memo.
    static func screenUncached(_ text: String, constraint: Bool) -> Hit? {
        if let hit = privateData(in: text) { return hit }
        guard constraint else { return nil }
        if let hit = marriedOutWomen(in: text) { return hit }
        for clause in clauses(of: text) {
            if let hit = entitlement(in: clause) { return hit }
        }
        for (rule, terms) in constraintTerms {
            if let term = terms.first(where: text.screenContains) { return Hit(rule: rule, term: term) }
        }
        if let hit = moneyAmount(in: text) { return hit }
        if let hit = collective(in: text) { return hit }
        if let rule = TokenClassifier.prose(text) { return Hit(rule: rule.0, term: rule.1) }
        return nil
    }

    /// Screens the benefit or award a measure names: any statutory entitlement in it
    /// means the measure touches that entitlement, whatever the verb.
    static func screenBenefit(_ text: String) -> Hit? {
        if let hit = marriedOutWomen(in: text) { return hit }
        if let term = entitlementObjects.first(where: text.screenContains) {
            return Hit(rule: .statutoryEntitlement, term: term)
        }
        return privateData(in: text)
    }

    // MARK: - Vocabulary

    static let constraintTerms: [(LegalRule, [String])] = [
        (.moneyDemand, ["罚款", "罚金", "罚钱", "罚没", "交罚", "缴纳", "交纳", "上缴", "押金", "保证金", "违约金",
                        "滞纳金", "赔偿", "交钱", "出钱", "收费", "收取", "罚交"]),
        (.confiscation, ["没收", "收缴", "扣押", "查扣", "扣留", "收走", "充公", "捕杀", "扑杀", "打死", "砸毁", "拆除其"]),
        (.personalLiberty, ["拘留", "拘禁", "关押", "禁闭", "软禁", "限制人身自由", "限制自由", "不准外出", "不得外出",
                            "禁止外出", "不得离开", "不准离开", "禁止离村", "不准出村", "游街", "关起来", "关进", "捆绑", "看押"]),
        (.utilityCut, ["停水", "停电", "断水", "断电", "停气", "断网", "停止供水", "停止供电", "停止供气", "拉闸", "掐电", "拔表", "拆表"]),
        (.privateDataExposure, ["曝光", "身份证号", "手机号", "电话号码", "银行卡号", "家庭住址", "病历", "病情", "张榜公布",
                                "公开姓名", "点名通报", "通报全村", "全村通报", "公开通报", "游街示众", "示众",
                                "公示栏", "公开栏", "广播点名", "黑榜", "曝光台"]),
    ]

    static let withholdingVerbs = [
        "取消", "停发", "暂停", "扣发", "扣减", "扣除", "不予", "不得享受", "不享受", "不能享受", "不得参与", "不参与", "不能参与",
        "剥夺", "停止", "收回", "限制", "冻结", "减发", "缓发", "停办", "不给", "不发", "少发", "不准享受", "不准参与",
    ]

    static let entitlementObjects = [
        "低保", "最低生活保障", "特困", "五保", "医保", "医疗保险", "新农合", "养老保险", "养老金", "社保", "社会保险",
        "入学", "上学", "就学", "学籍", "义务教育", "承包地", "土地承包", "宅基地", "集体收益", "集体经济收益", "分红",
        "征地补偿", "征收补偿", "安置补偿", "补偿款", "救助", "残疾人补贴", "残疾人两项补贴", "高龄津贴", "高龄补贴",
        "惠农补贴", "耕地地力保护补贴", "种粮补贴", "落户", "户口", "选举权", "被选举权", "投票权",
    ]

    static let marriageTerms = [
        "外嫁女", "出嫁女", "外嫁", "出嫁", "嫁出", "嫁到", "离婚妇女", "丧偶妇女", "离婚", "丧偶", "入赘", "招婿", "上门女婿",
        "户无男性", "未婚",
    ]

    static let collectiveNouns = ["家属", "亲属", "子女", "全家", "全户", "家庭成员", "家人", "全组", "全村", "其父母", "其配偶"]
    static let collectiveVerbs = ["扣", "取消", "不得", "不予", "停", "限制", "处罚", "罚", "暂停", "一并", "连带", "同样"]

    // MARK: - Matchers

    static func clauses(of text: String) -> [Substring] {
        text.split(whereSeparator: { "，。；;,.!！？?\n、".contains($0) })
    }

    static func entitlement(in clause: Substring) -> Hit? {
        guard let object = entitlementObjects.first(where: clause.screenContains),
              withholdingVerbs.contains(where: clause.screenContains)
        else { return nil }
        return Hit(rule: .statutoryEntitlement, term: object)
    }

    static func marriedOutWomen(in text: String) -> Hit? {
        guard let term = marriageTerms.first(where: text.screenContains),
              withholdingVerbs.contains(where: text.screenContains) || entitlementObjects.contains(where: text.screenContains)
        else { return nil }
        return Hit(rule: .marriedOutWomensRights, term: term)
    }

    /// A relative or group named and then, within a few characters, penalised:
    /// "其子女取消评优资格", "全家扣分". "不得虐待子女" does not match (the noun comes last).
    static func collective(in text: String) -> Hit? {
        for term in ["连坐", "株连", "连带责任"] where text.screenContains(term) { return Hit(rule: .collectivePunishment, term: term) }
        let characters = Array(text)
        for noun in collectiveNouns {
            let pattern = Array(noun)
            var index = 0
            while index + pattern.count <= characters.count {
                if Array(characters[index..<index + pattern.count]) == pattern {
                    let after = String(characters[(index + pattern.count)..<min(characters.count, index + pattern.count + 6)])
                    if collectiveVerbs.contains(where: after.screenContains) {
                        return Hit(rule: .collectivePunishment, term: noun + after)
                    }
                }
                index += 1
            }
        }
        return nil
    }

    /// An amount of money: digits or Chinese numerals followed by 元 or 块.
    static func moneyAmount(in text: String) -> Hit? {
        let numerals = Set("0123456789零一二三四五六七八九十百千万两")
        let characters = Array(text)
        for (index, character) in characters.enumerated() where (character == "元" || character == "块") && index > 0 {
            if numerals.contains(characters[index - 1]) {
                var start = index - 1
                while start > 0, numerals.contains(characters[start - 1]) { start -= 1 }
                return Hit(rule: .moneyDemand, term: String(characters[start...index]))
            }
        }
        return nil
    }

    /// An 18-character resident ID number, an 11-digit mainland mobile number, or a
    /// term that names such data.
    static func privateData(in text: String) -> Hit? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            let run = String(characters[index..<end])
            let hasCheckX = end < characters.count && (characters[end] == "X" || characters[end] == "x")
            if run.count == 18 || (run.count == 17 && hasCheckX) {
                return Hit(rule: .privateDataExposure, term: "身份证号（\(run.prefix(6))…）")
            }
            if run.count == 11, run.hasPrefix("1"), let second = run.dropFirst().first, "3456789".contains(second) {
                return Hit(rule: .privateDataExposure, term: "手机号（\(run.prefix(3))…）")
            }
            index = end
        }
        for term in ["身份证号", "手机号", "电话号码", "银行卡号", "家庭住址", "病历"] where text.screenContains(term) {
            return Hit(rule: .privateDataExposure, term: term)
        }
        return nil
    }
}
