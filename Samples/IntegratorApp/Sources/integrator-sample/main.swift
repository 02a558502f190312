// A minimal integrator: loads a county plugin from a folder, evaluates behaviour
// events through it with typed Swift values, and prints the measures it returned.
//
//     swift run integrator-sample ../../Plugins/guangshan-points
import Foundation
import ShequLua

/// A behaviour event as the integrator's own system holds it.
struct BehaviourEvent: Codable {
    struct Facts: Codable {
        var ceremony: String?
        var tables: Int?
        var hours: Int?
    }

    var id: String
    var kind: String
    var facts: Facts
}

/// A measure as the sample points plugin returns it.
struct Measure: Codable {
    var kind: String
    var topic: String
    var article: String
    var reason: String
    var points: Int?
}

let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: integrator-sample PLUGIN-FOLDER\n".utf8))
    exit(2)
}

do {
    // The manifest's `measures` declaration is a field ShequHooks adds and checks
    // (MeasuresManifest.host); this sample only accepts it.
    let host = PluginHost(manifestExtensions: [PluginManifestExtension(fields: ["measures", "needs"])])
    let plugin = try Plugin.load(from: URL(fileURLWithPath: folder), host: host)
    print("loaded \(plugin.manifest.id) \(plugin.manifest.version): \(plugin.manifest.title ?? "")")

    let events = [
        BehaviourEvent(id: "e-1", kind: "banquet", facts: .init(ceremony: "wedding", tables: 13)),
        BehaviourEvent(id: "e-2", kind: "volunteer_service", facts: .init(hours: 3)),
        BehaviourEvent(id: "e-3", kind: "elder_care", facts: .init()),
    ]
    let encoder = LuaEncoder()
    let decoder = LuaDecoder()
    let inputs = try events.map { try encoder.encode($0) }

    // A pool evaluates the events in parallel, one sandboxed state per core.
    let pool = try PluginPool(plugin: plugin)
    let results = await pool.evaluate(hook: "measures", inputs: inputs)
    var total = 0
    for (event, result) in zip(events, results) {
        let measures = try decoder.decode([Measure].self, from: result.get())
        for measure in measures {
            print("\(event.id) \(measure.kind) \(measure.points.map(String.init) ?? "-") \(measure.reason)")
            if measure.kind == "award_points" { total += measure.points ?? 0 }
            if measure.kind == "deduct_points" { total -= measure.points ?? 0 }
        }
    }
    print("net points: \(total)")
    guard total == 5 + 6 - 6 else {
        FileHandle.standardError.write(Data("unexpected net points \(total)\n".utf8))
        exit(1)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
