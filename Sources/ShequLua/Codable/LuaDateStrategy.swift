import Foundation

/// How a `Date` is represented as a Lua value by ``LuaEncoder`` and ``LuaDecoder``.
///
/// ```swift
/// var encoder = LuaEncoder()
/// encoder.dateStrategy = .integerSecondsSince1970
/// try encoder.encode(Date(timeIntervalSince1970: 1_714_550_400)) // .integer(1714550400)
/// ```
public enum LuaDateStrategy: Sendable, Hashable {
    /// An ISO 8601 string in UTC, such as `"2024-05-01T08:00:00Z"`; fractional
    /// seconds are written (to the millisecond) only when the date has them.
    /// Decoding also accepts offsets such as `+08:00`.
    case iso8601
    /// Seconds since 1 January 1970 UTC as a Lua float. Decoding also accepts integers.
    case secondsSince1970
    /// Whole seconds since 1 January 1970 UTC as a Lua integer, as `os.time()` gives;
    /// fractions are dropped (rounded down) when encoding. Decoding also accepts floats.
    case integerSecondsSince1970
}

extension LuaDateStrategy {
    func encode(_ date: Date) -> LuaValue {
        switch self {
        case .iso8601:
            let seconds = date.timeIntervalSince1970
            let style = Date.ISO8601FormatStyle(includingFractionalSeconds: seconds.rounded(.down) != seconds)
            return .string(date.formatted(style))
        case .secondsSince1970:
            return .number(date.timeIntervalSince1970)
        case .integerSecondsSince1970:
            return .integer(Int64(date.timeIntervalSince1970.rounded(.down)))
        }
    }

    /// Decodes a date, or returns why the value cannot be one.
    func decode(_ value: LuaValue) -> Result<Date, LuaDateDecodingFailure> {
        switch (self, value) {
        case (.iso8601, .string(let text)):
            if let date = try? Date.ISO8601FormatStyle().parse(text) {
                return .success(date)
            }
            if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
                return .success(date)
            }
            return .failure(.malformed("string \"\(text)\" is not an ISO 8601 date-time such as 2024-05-01T08:00:00Z"))
        case (.iso8601, _):
            return .failure(.wrongType("expected an ISO 8601 date string"))
        case (.secondsSince1970, .integer(let seconds)), (.integerSecondsSince1970, .integer(let seconds)):
            return .success(Date(timeIntervalSince1970: Double(seconds)))
        case (.secondsSince1970, .number(let seconds)), (.integerSecondsSince1970, .number(let seconds)):
            guard seconds.isFinite else {
                return .failure(.malformed("\(seconds) is not a point in time"))
            }
            return .success(Date(timeIntervalSince1970: seconds))
        case (.secondsSince1970, _), (.integerSecondsSince1970, _):
            return .failure(.wrongType("expected a number of seconds since 1970"))
        }
    }
}

/// Why a Lua value could not be decoded as a date.
enum LuaDateDecodingFailure: Error {
    case wrongType(String)
    case malformed(String)
}
