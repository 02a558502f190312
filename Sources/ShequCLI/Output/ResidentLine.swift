import ShequCore

/// One resident as a line of text.
enum ResidentLine {
    static func text(_ resident: Resident) -> String {
        var parts = [
            resident.id.rawValue, resident.name, resident.sex.chineseName, resident.birthDate.description,
            resident.role.chineseName, resident.idNumber ?? "-", resident.phone ?? "-",
        ]
        if let care = resident.care { parts.append(care.isEmpty ? "无关爱类别" : care.categories.map(\.chineseName).joined(separator: "、")) }
        return parts.joined(separator: "  ")
    }
}
