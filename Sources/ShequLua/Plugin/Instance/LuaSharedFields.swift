import Foundation

// The shared fields of `ctx` an instance keeps frozen in its state, by field name,
// with their names as C strings and their references laid out for the C call.
struct LuaSharedFields: ~Copyable {
    private var names: [String] = []
    private var values: [LuaValue] = []
    private var references: [Int32] = []
    private var cNames: [UnsafePointer<CChar>?] = []

    deinit {
        for name in cNames { free(UnsafeMutablePointer(mutating: name)) }
    }

    /// Makes the state hold exactly `fields`, freezing only values not already there.
    mutating func update(_ fields: [String: LuaValue], in sandbox: LuaSandbox) throws(LuaError) {
        if fields.count == names.count {
            var current = true
            for (index, name) in names.enumerated() {
                guard let value = fields[name], value == values[index] else {
                    current = false
                    break
                }
                // Keep the caller's copy: the next comparison with it is then immediate.
                values[index] = value
            }
            if current { return }
        }
        for (index, name) in names.enumerated().reversed() where fields[name] != values[index] {
            sandbox.release(LuaSandbox.Reference(value: references[index]))
            free(UnsafeMutablePointer(mutating: cNames[index]))
            names.remove(at: index)
            values.remove(at: index)
            references.remove(at: index)
            cNames.remove(at: index)
        }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) where !names.contains(name) {
            let reference = try sandbox.sharedValue(value, name: "ctx")
            names.append(name)
            values.append(value)
            references.append(reference.value)
            cNames.append(UnsafePointer(strdup(name)))
        }
    }

    /// Forgets every field (the state they lived in was discarded).
    mutating func removeAll() {
        for name in cNames { free(UnsafeMutablePointer(mutating: name)) }
        names = []
        values = []
        references = []
        cNames = []
    }

    func withFields<R>(
        _ body: (UnsafePointer<Int32>?, UnsafePointer<UnsafePointer<CChar>?>?, Int32) throws(LuaError) -> R
    ) throws(LuaError) -> R {
        let result: Result<R, LuaError> = references.withUnsafeBufferPointer { references in
            cNames.withUnsafeBufferPointer { names in
                do throws(LuaError) {
                    return .success(try body(references.baseAddress, names.baseAddress, Int32(references.count)))
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }
}
