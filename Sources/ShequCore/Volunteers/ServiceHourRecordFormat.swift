import Foundation

/// The volunteer-hours import file (志愿服务时长, Art. 25): `id,volunteer,project,served_at,minutes,activity,logged_at`.
///
/// Each line is hours a volunteer logged; they stay pending until an organiser of the project
/// confirms them (`shequ volunteers confirm`). `logged_at` defaults to `served_at`.
///
/// ```swift
/// let entry = try ServiceHourRecordFormat.record(from: fields)
/// try register.logHours(entry)
/// ```
public enum ServiceHourRecordFormat: RecordFormat {
    public static let columns = ["id", "volunteer", "project", "served_at", "minutes", "activity", "logged_at"]
    public static let optionalColumns: Set<String> = ["logged_at"]

    public static func record(from fields: RecordFields) throws(FieldError) -> ServiceHourEntry {
        let minutesText = try fields.required("minutes", expected: "the minutes served, a whole number")
        guard let minutes = Int(minutesText), minutes > 0 else {
            throw FieldError(field: "minutes", value: minutesText, expected: "a positive whole number of minutes")
        }
        let servedAt = try fields.serviceTime("served_at")!
        return ServiceHourEntry(
            id: try fields.required("id", expected: "the entry's identifier"),
            volunteerID: try fields.required("volunteer", expected: "the volunteer's identifier"),
            projectID: try fields.required("project", expected: "the project's identifier"),
            servedAt: servedAt, minutes: minutes,
            activity: try fields.required("activity", expected: "what was done"),
            loggedAt: try fields.serviceTime("logged_at", required: false) ?? servedAt
        )
    }
}
