extension VolunteerRegister {
    /// Service time per volunteer, most confirmed time first; only confirmed hours count.
    public func totalsByVolunteer() -> [VolunteerHoursTotal] {
        totals(groupedBy: \.volunteerID) { volunteers[$0]?.name ?? $0 }
    }

    /// Service time per project, most confirmed time first; only confirmed hours count.
    public func totalsByProject() -> [VolunteerHoursTotal] {
        totals(groupedBy: \.projectID) { projects[$0]?.title ?? $0 }
    }

    /// Confirmed minutes served by new-economy workers, by occupation (Art. 28).
    public func newEconomyMinutes() -> [NewEconomyOccupation: Int] {
        var minutes: [NewEconomyOccupation: Int] = [:]
        for entry in entries where entry.state == .confirmed {
            if let occupation = volunteers[entry.volunteerID]?.occupation {
                minutes[occupation, default: 0] += entry.minutes
            }
        }
        return minutes
    }

    /// The per-volunteer totals as a table with Chinese headings.
    public func volunteerTable() -> ReportTable {
        ReportTable(
            title: "志愿服务时长（仅计已确认）",
            headings: ["志愿者", "身份", "已确认时长(小时)", "待确认时长(小时)", "已确认记录"],
            rows: totalsByVolunteer().map { total in
                [total.name, volunteers[total.id]?.occupation?.chineseName ?? "居民",
                 Self.hours(total.confirmedMinutes), Self.hours(total.pendingMinutes), String(total.confirmedEntries)]
            }
        )
    }

    private func totals(groupedBy key: KeyPath<ServiceHourEntry, String>, name: (String) -> String) -> [VolunteerHoursTotal] {
        var confirmed: [String: Int] = [:]
        var pending: [String: Int] = [:]
        var count: [String: Int] = [:]
        for entry in entries {
            let id = entry[keyPath: key]
            switch entry.state {
            case .confirmed:
                confirmed[id, default: 0] += entry.minutes
                count[id, default: 0] += 1
            case .logged:
                pending[id, default: 0] += entry.minutes
            case .rejected:
                confirmed[id, default: 0] += 0
            }
        }
        let ids = Set(confirmed.keys).union(pending.keys)
        return ids.map { id in
            VolunteerHoursTotal(id: id, name: name(id), confirmedMinutes: confirmed[id] ?? 0,
                                pendingMinutes: pending[id] ?? 0, confirmedEntries: count[id] ?? 0)
        }
        .sorted { ($1.confirmedMinutes, $0.id) < ($0.confirmedMinutes, $1.id) }
    }

    private static func hours(_ minutes: Int) -> String {
        let tenths = (minutes * 10 + 30) / 60
        return "\(tenths / 10).\(tenths % 10)"
    }
}
