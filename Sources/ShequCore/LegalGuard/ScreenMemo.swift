import Foundation

/// The outcomes of ``TextScreen/screen(_:constraint:)`` for texts screened recently. The
/// screen is a pure function of the text, so an outcome can be reused; the memo forgets
/// everything once it holds `capacity` texts, so it stays small whatever a plugin writes.
final class ScreenMemo: @unchecked Sendable {
    /// Texts are told apart by their bytes: canonically equivalent texts are equal Strings,
    /// but a hit quotes the text's own characters.
    private struct Key: Hashable {
        let text: String
        let constraint: Bool

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.constraint == rhs.constraint && lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(constraint)
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }

    private let lock = NSLock()
    private var outcomes: [Key: TextScreen.Hit?] = [:]
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The remembered outcome for the text, or `screen()`'s, then remembered.
    func hit(for text: String, constraint: Bool, screen: () -> TextScreen.Hit?) -> TextScreen.Hit? {
        let key = Key(text: text, constraint: constraint)
        if let known = lock.withLock({ outcomes[key] }) { return known }
        let hit = screen()
        lock.withLock {
            if outcomes.count >= capacity { outcomes.removeAll(keepingCapacity: true) }
            outcomes[key] = .some(hit)
        }
        return hit
    }
}
