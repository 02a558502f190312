/// What a plugin's `measures` hook gave for one event: the measures it returned, or
/// the error it raised.
///
/// ```swift
/// let result: PluginResult = .measures([proposal])
/// let broken: PluginResult = .failed("rules.lua:42: attempt to index a nil value")
/// ```
public enum PluginResult: Sendable, Hashable {
    /// The measures returned, not yet checked.
    case measures([MeasureProposal])
    /// The plugin raised an error (or exceeded a limit) on this event.
    case failed(String)
}
