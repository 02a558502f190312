extension PluginError {
    /// Writes every field, so that the host rebuilds the error the worker saw.
    func write(to writer: inout WorkerWireWriter) {
        writer.string(kind.rawValue)
        writer.string(message)
        writer.optionalString(pluginID)
        writer.optionalString(hook)
        writer.optionalString(file)
        writer.optionalString(line.map(String.init))
        writer.optionalString(field)
        guard let lua else { return writer.byte(0) }
        writer.byte(1)
        writer.string(lua.kind.rawValue)
        writer.string(lua.message)
        writer.optionalString(lua.file)
        writer.optionalString(lua.line.map(String.init))
        writer.optionalString(lua.traceback)
    }

    /// Reads an error written by ``write(to:)``; field by field, so nothing is parsed twice.
    init(reading reader: inout WorkerWireReader) throws(WorkerWireError) {
        guard let kind = Kind(rawValue: try reader.string()) else { throw WorkerWireError("unknown error kind") }
        self.init(kind: kind, message: "")
        message = try reader.string()
        pluginID = try reader.optionalString()
        hook = try reader.optionalString()
        file = try reader.optionalString()
        line = try Self.line(reader.optionalString())
        field = try reader.optionalString()
        switch try reader.byte() {
        case 0: break
        case 1:
            guard let luaKind = LuaError.Kind(rawValue: try reader.string()) else { throw WorkerWireError("unknown Lua error kind") }
            var error = LuaError(kind: luaKind, message: "")
            error.message = try reader.string()
            error.file = try reader.optionalString()
            error.line = try Self.line(reader.optionalString())
            error.traceback = try reader.optionalString()
            lua = error
        default:
            throw WorkerWireError("bad Lua error flag")
        }
    }

    private static func line(_ text: String?) throws(WorkerWireError) -> Int? {
        guard let text else { return nil }
        guard let line = Int(text) else { throw WorkerWireError("line is not a number") }
        return line
    }
}
