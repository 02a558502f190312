/// Bounds on what is read from a plugin folder.
///
/// ```swift
/// let limits = PluginFileLimits(maxFiles: 64)
/// let source = try PluginSource.read(from: folder, limits: limits)
/// ```
public struct PluginFileLimits: Sendable, Hashable {
    /// The most `.lua` files a plugin may have (default 256).
    public var maxFiles: Int
    /// The largest single file, in bytes (default 1 MiB).
    public var maxFileBytes: Int
    /// The most bytes of all files together (default 8 MiB).
    public var maxTotalBytes: Int

    /// Creates limits; every parameter has the documented default.
    public init(maxFiles: Int = 256, maxFileBytes: Int = 1 << 20, maxTotalBytes: Int = 8 << 20) {
        self.maxFiles = maxFiles
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
    }
}
