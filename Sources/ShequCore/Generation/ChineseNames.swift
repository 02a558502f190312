/// Common surnames and given-name characters for generated residents.
enum ChineseNames {
    /// The most frequent surnames, roughly in order of frequency.
    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
        "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
        "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
    ]
    static let maleCharacters: [String] = [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波",
        "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "建", "国", "志", "文", "海", "峰",
    ]
    static let femaleCharacters: [String] = [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "英", "玲", "桂", "兰", "燕", "萍", "红", "梅", "琳",
        "婷", "雪", "慧", "佳", "倩", "欣", "月", "莉", "颖", "洁", "琴", "云", "凤", "春", "丹", "蓉", "悦", "晶",
    ]
    /// Endings of natural-village names in southern Henan.
    static let villageEndings: [String] = ["庄", "湾", "洼", "岗", "楼", "寨", "冲", "畈", "营", "店", "塘", "围孜"]

    static func surname(_ random: inout SeededRandom) -> String {
        // Frequent surnames are much more common: square the unit draw to favour the front.
        let u = random.unit()
        return surnames[Int(u * u * Double(surnames.count))]
    }

    static func givenName(_ sex: Sex, _ random: inout SeededRandom) -> String {
        let pool = sex == .male ? maleCharacters : femaleCharacters
        let first = pool[Int.random(in: 0..<pool.count, using: &random)]
        guard random.chance(0.7) else { return first }
        return first + pool[Int.random(in: 0..<pool.count, using: &random)]
    }
}
