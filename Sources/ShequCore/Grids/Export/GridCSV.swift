/// Grids as CSV text (RFC 4180: comma-separated, fields with commas, quotes or line
/// breaks quoted, lines ended by CRLF), one header line first.
///
/// ```swift
/// let text = GridCSV.grids(division.grids)
/// // grid_code,grid_name,kind,community_code,unit_count,household_count,unit_ids
/// // 411502001001001,老城街道义阳社区第1网格,basic,411502001001,3,312,B-1;B-2;B-3
/// ```
public enum GridCSV {
    /// The header of ``grids(_:)``.
    public static let gridHeader = ["grid_code", "grid_name", "kind", "community_code",
                                    "unit_count", "household_count", "unit_ids"]
    /// The header of ``households(_:)``.
    public static let householdHeader = ["household_id", "grid_code", "grid_name", "unit_id", "address"]

    /// One row per grid; `unit_ids` joins the member units with `;`.
    public static func grids(_ grids: [Grid]) -> String {
        document(gridHeader, grids.map { grid in
            [grid.code.rawValue, grid.name, grid.kind.rawValue, grid.communityCode,
             String(grid.members.count), String(grid.householdCount),
             grid.members.map(\.unitID).joined(separator: ";")]
        })
    }

    /// One row per household with its grid and unit.
    public static func households(_ grids: [Grid]) -> String {
        document(householdHeader, grids.flatMap { grid in
            grid.members.flatMap { member in
                member.householdIDs.map { [$0, grid.code.rawValue, grid.name, member.unitID, member.address] }
            }
        })
    }

    /// A CSV document from a header and rows.
    public static func document(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it holds a comma, quote or line break.
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
