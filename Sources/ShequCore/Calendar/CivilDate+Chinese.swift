extension CivilDate {
    /// The day as Chinese notices write it, e.g. `2025年3月1日`.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// The last day of this day's month.
    var lastDayOfMonth: CivilDate {
        // 31, 30, 29 or 28: the first that exists is the month's last day.
        for candidate in stride(from: 31, through: 28, by: -1) {
            if let last = CivilDate(year: year, month: month, day: candidate) { return last }
        }
        return self
    }
}
