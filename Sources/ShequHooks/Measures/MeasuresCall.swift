import ShequCore
import ShequLua

/// One event of a `measures` batch, written straight into the Lua state: the event as
/// `input` (the table ``BehaviourEvent/hookInput`` describes), the subject's facts as the
/// call's own `ctx.subject`, and the convention in force as the shared `ctx.convention`,
/// which crosses into the state once per version.
struct MeasuresCall: PluginCallArguments {
    // The batch and this call's place in it: copying a call then retains one object, not every string of an event.
    let batch: MeasuresBatch
    let index: Int
    /// `["convention": …]`, the same dictionary for every event under one version.
    let sharedContext: [String: LuaValue]

    func writeInput(to writer: inout LuaValueWriter) throws(LuaError) {
        try batch.events[index].writeHookInput(to: &writer)
    }

    func writeContext(to writer: inout LuaValueWriter) throws(LuaError) {
        try writer.beginTable()
        try writer.key("subject")
        try batch.contexts[index].facts.writeSubject(to: &writer)
        try writer.endTable()
    }
}

extension MeasuresFacts {
    /// `ctx.subject`: the same table ``MeasuresContext/luaValue`` holds under `subject`.
    func writeSubject(to writer: inout LuaValueWriter) throws(LuaError) {
        try writer.beginTable()
        if let age {
            try writer.key("age")
            try writer.write(age)
        }
        if let householdSize {
            try writer.key("household_size")
            try writer.write(householdSize)
        }
        if let care {
            try writer.key("care")
            try writer.beginTable()
            for category in care { try writer.write(category) }
            try writer.endTable()
        }
        try writer.endTable()
    }
}
