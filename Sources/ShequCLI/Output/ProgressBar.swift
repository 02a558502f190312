import Foundation
import ShequImport

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
///
/// In pipes and logs it stays silent, so scripted runs print only their results.
final class ProgressBar: Sendable {
    private let label: String
    private let unit: String
    private let enabled: Bool
    private let state = Mutex()

    init(label: String, unit: String) {
        self.label = label
        self.unit = unit
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// A closure importers and generators call with their progress.
    var reporter: (@Sendable (ImportProgress) -> Void)? {
        guard enabled else { return nil }
        return { [self] progress in update(progress) }
    }

    func update(_ progress: ImportProgress) {
        let now = Date()
        guard state.shouldDraw(at: now, final: progress.fraction == 1) else { return }
        let width = 30
        let fraction = progress.fraction ?? 0
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(label) \(bar) \(Int(fraction * 100))%  \(progress.records) \(unit)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line.
    func finish() {
        if enabled && state.hasDrawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Throttles redraws to ten a second.
    private final class Mutex: @unchecked Sendable {
        private let lock = NSLock()
        private var last = Date.distantPast
        private var drawn = false

        func shouldDraw(at now: Date, final: Bool) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard final || now.timeIntervalSince(last) >= 0.1 else { return false }
            last = now
            drawn = true
            return true
        }

        var hasDrawn: Bool {
            lock.lock()
            defer { lock.unlock() }
            return drawn
        }
    }
}
