/// A government body that assigns work to committees and answers for violations (Art. 40, 45, 46).
///
/// ```swift
/// let unit = GovernmentUnit(name: "光山县住房和城乡建设局", kind: .department, divisionCode: "411522")
/// ```
public struct GovernmentUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kinds of unit the regulation names.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 市、县、区人民政府有关部门
        case department
        /// 街道办事处
        case streetOffice = "street_office"
        /// 乡镇人民政府
        case township
        /// 市、县、区人民政府 itself
        case government
    }

    /// The unit's full name, e.g. `光山县住房和城乡建设局`.
    public var name: String
    /// Department, street office, township or government.
    public var kind: Kind
    /// The code or name path of the division the unit belongs to.
    public var divisionCode: String

    /// Creates a unit.
    public init(name: String, kind: Kind, divisionCode: String) {
        self.name = name
        self.kind = kind
        self.divisionCode = divisionCode
    }

    public var description: String { name }
}
