import Foundation

/// Why a catalogue or a catalogue version was refused; each case says what to fix.
public enum WorkAffairsCatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No catalogue is registered for the division.
    case unknownJurisdiction(divisionCode: String)
    /// A catalogue is already registered for the division.
    case duplicateJurisdiction(divisionCode: String)
    /// A county or district names a parent that is not registered (or a city names one).
    case unknownParent(divisionCode: String, parentDivisionCode: String)
    /// A county or district has no parent city.
    case missingParent(divisionCode: String)
    /// The version number is not the next one.
    case versionOutOfSequence(divisionCode: String, expected: Int, got: Int)
    /// The version applies before the previous one.
    case effectiveDateBeforePrevious(divisionCode: String, version: Int, previous: Date)
    /// A required text field of the version is blank.
    case blankVersionField(divisionCode: String, version: Int, field: String)
    /// The version has no changes.
    case emptyVersion(divisionCode: String, version: Int)
    /// Two changes of one version touch the same item.
    case itemChangedTwice(divisionCode: String, version: Int, itemID: String)
    /// An added item is already in the effective catalogue.
    case addsExistingItem(divisionCode: String, version: Int, itemID: String)
    /// An adjusted or removed item is not in the effective catalogue.
    case changesUnknownItem(divisionCode: String, version: Int, itemID: String)
    /// A required field of an item is blank.
    case blankItemField(divisionCode: String, version: Int, itemID: String, field: String)

    public var description: String {
        switch self {
        case .unknownJurisdiction(let code):
            "no work-affairs catalogue is registered for division \(code); register its jurisdiction first"
        case .duplicateJurisdiction(let code):
            "a work-affairs catalogue is already registered for division \(code); record a new version instead"
        case .unknownParent(let code, let parent):
            "division \(code) inherits from \(parent), which has no registered catalogue; register the city first"
        case .missingParent(let code):
            "county or district \(code) has no parent city; set parentDivisionCode to the city's code"
        case .versionOutOfSequence(let code, let expected, let got):
            "catalogue \(code): version \(got) is out of sequence; the next version must be number \(expected)"
        case .effectiveDateBeforePrevious(let code, let version, let previous):
            "catalogue \(code) version \(version): field effectiveFrom is before the previous version's \(previous.formatted(.iso8601)); use a later date"
        case .blankVersionField(let code, let version, let field):
            "catalogue \(code) version \(version): field \(field) is blank; say who made the change and why"
        case .emptyVersion(let code, let version):
            "catalogue \(code) version \(version): field changes is empty; a version must add, adjust or remove at least one item"
        case .itemChangedTwice(let code, let version, let itemID):
            "catalogue \(code) version \(version): item \(itemID) is changed twice; merge the changes into one"
        case .addsExistingItem(let code, let version, let itemID):
            "catalogue \(code) version \(version): item \(itemID) is already in the catalogue; use adjust instead of add"
        case .changesUnknownItem(let code, let version, let itemID):
            "catalogue \(code) version \(version): item \(itemID) is not in the catalogue on the version's date; add it first or check the id"
        case .blankItemField(let code, let version, let itemID, let field):
            "catalogue \(code) version \(version), item \(itemID): field \(field) is blank"
        }
    }
}
