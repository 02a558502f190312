import Foundation
import ShequCore

/// A work order as the CLI prints it: the caller's name and phone masked (Art. 15 and the
/// personal-information rules the hotline works under).
struct HotlineShown: Encodable {
    var request: HotlineRequest

    init(_ request: HotlineRequest) {
        var masked = request
        masked.caller = request.caller.map {
            HotlineCaller(name: PersonalDataMask.name($0.name), phone: PersonalDataMask.phone($0.phone), residentID: nil)
        }
        self.request = masked
    }

    func encode(to encoder: any Encoder) throws { try request.encode(to: encoder) }

    /// One line: number, time, community, category, type, state, unit.
    var line: String {
        let unit = request.agencyResponsible.map { "  \($0)" } ?? ""
        let duplicate = request.duplicateOf.map { "  重复于 \($0)" } ?? ""
        return "\(request.id)  \(Open311ServiceRequest(request).requestedDatetime)  \(request.communityCode)  \(request.serviceCode) \(request.serviceName)  \(request.type.chineseName)  \(request.status.chineseName)\(unit)\(duplicate)"
    }
}
