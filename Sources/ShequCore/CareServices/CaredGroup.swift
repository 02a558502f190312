/// A group of people the community gives special care to (特殊人群和困难群体, Art. 19–20).
///
/// Membership is sensitive personal data: summaries show it only to those entitled.
public enum CaredGroup: String, Sendable, Hashable, Codable, CodingKeyRepresentable, ChineseNamedCase {
    /// Recipients of the minimum living allowance (低保对象).
    case minimumLivingAllowance
    /// Persons in extreme poverty (特困人员).
    case extremePoverty
    /// Persons with disabilities (残疾人).
    case disability
    /// Children whose parents work away (留守儿童).
    case leftBehindChild
    /// Children in difficulty (困境儿童).
    case childInDifficulty
    /// People with employment difficulty (就业困难人员).
    case employmentDifficulty
    /// Elderly people, especially those living alone (老年人, Art. 20).
    case elderly

    public var chineseName: String {
        switch self {
        case .minimumLivingAllowance: "低保对象"
        case .extremePoverty: "特困人员"
        case .disability: "残疾人"
        case .leftBehindChild: "留守儿童"
        case .childInDifficulty: "困境儿童"
        case .employmentDifficulty: "就业困难人员"
        case .elderly: "老年人"
        }
    }
}
