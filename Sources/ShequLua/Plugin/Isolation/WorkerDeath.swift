import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How a plugin worker ended, and the message a ``PluginError`` of kind
/// ``PluginError/Kind/worker`` gives for it.
struct WorkerDeath: Error {
    enum Cause {
        /// No answer within the call's deadline plus the grace: the host killed it.
        case deadline
        /// Its output ended and it exited or was killed by a signal.
        case exited
        /// Its output ended but it kept running: the host killed it.
        case closedOutput
        /// It sent something the protocol does not allow: the host killed it.
        case protocolViolation(String)
    }

    let cause: Cause
    /// The wait status.
    let status: Int32
    /// The end of its standard error (untrusted text).
    let errorTail: String

    var signal: Int32? {
        let number = status & 0x7f
        return number != 0 && number != 0x7f ? number : nil
    }

    /// The message: what happened, then what it means for the call.
    func message(deadline: Duration, grace: Duration, addressSpace: Int) -> String {
        var text: String
        switch cause {
        case .deadline:
            text = "the plugin's worker process was killed: no answer within the call's deadline (\(Self.milliseconds(deadline)) ms) plus a grace of \(Self.milliseconds(grace)) ms, so the call was stuck where the sandbox cannot stop it (e.g. a loop in C code)"
        case .closedOutput:
            text = "the plugin's worker process closed its output and was killed"
        case .protocolViolation(let problem):
            text = "the plugin's worker process broke the protocol (it \(problem)) and was killed"
        case .exited:
            if let signal {
                if signal == SIGXCPU || signal == SIGKILL {
                    text = "the plugin's worker process was killed by \(Self.name(of: signal)): it used up its CPU time limit (RLIMIT_CPU), or the system killed it for memory"
                } else if Self.mentionsMemory(errorTail) {
                    text = "the plugin's worker process ran out of address space (its limit is \(addressSpace >> 20) MiB) and crashed with signal \(signal) (\(Self.name(of: signal)))"
                } else {
                    text = "the plugin's worker process crashed with signal \(signal) (\(Self.name(of: signal)))"
                }
            } else {
                text = "the plugin's worker process exited with status \((status >> 8) & 0xff)"
            }
        }
        let diagnostic = Self.lastLine(errorTail)
        if !diagnostic.isEmpty { text += "; it said: \(diagnostic)" }
        return text + ". The call is lost; the next call starts a fresh worker"
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    private static func mentionsMemory(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("allocate memory") || lower.contains("out of memory") || lower.contains("cannot allocate")
    }

    // The last non-empty line, at most 200 characters, control characters escaped: the
    // worker's standard error is as untrusted as the plugin.
    private static func lastLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        var escaped = ""
        for scalar in line.unicodeScalars.prefix(200) {
            escaped += scalar.value < 0x20 || scalar.value == 0x7f ? scalar.escaped(asASCII: true) : String(scalar)
        }
        return escaped.trimmingCharacters(in: .whitespaces)
    }

    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGABRT: "SIGABRT"
        case SIGFPE: "SIGFPE"
        case SIGKILL: "SIGKILL"
        case SIGXCPU: "SIGXCPU"
        case SIGXFSZ: "SIGXFSZ"
        case SIGSYS: "SIGSYS"
        case SIGPIPE: "SIGPIPE"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }
}
