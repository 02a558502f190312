import Foundation

/// A bounded hand-off between the thread that parses a file and the thread that writes to the store,
/// so parsing and writing use two cores while memory stays bounded.
final class RecordChannel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Element] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room and enqueues; returns `false` when the receiver has cancelled.
    func send(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(element)
        condition.broadcast()
        return true
    }

    /// Marks the end of the stream.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next element, waiting for it; `nil` after ``finish()`` once the queue is drained.
    func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let element = queue.removeFirst()
        condition.broadcast()
        return element
    }

    /// Stops the sender: used when the receiver fails.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
