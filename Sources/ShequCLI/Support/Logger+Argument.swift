import ArgumentParser
import Logging

// Lets `--log-level debug` name a swift-log level directly.
extension Logger.Level: @retroactive ExpressibleByArgument {}
