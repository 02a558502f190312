import Foundation

/// Runs synchronous code that waits for the server on a thread of its own, never on the concurrency pool.
///
/// A store transaction's body is synchronous (``StoreTransaction``) so bulk paths stream rows without a
/// suspension per row; on a network store each upsert must still wait for its reply. Blocking a pool thread
/// for that could starve the very tasks that deliver the reply, so the body gets its own thread, and the
/// awaiting task is resumed when it ends.
enum DedicatedThread {
    /// Runs `body` on a new thread and returns its result to the awaiting task.
    static func run<Result>(_ body: () throws -> Result) async throws -> Result {
        try await withoutActuallyEscaping(body) { body in
            let work = Work(body)
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let thread = Thread {
                    work.run()
                    continuation.resume()
                }
                // Deep recursion in a body (e.g. JSON decoding) needs more than the default 512 KiB.
                thread.stackSize = 8 << 20
                thread.start()
            }
            return try work.outcome!.get()
        }
    }

    /// The body and its outcome. The body is released as soon as it has run, before the awaiting task
    /// resumes, so it never outlives the call that lent it.
    private final class Work<Result>: @unchecked Sendable {
        private var body: (() throws -> Result)?
        var outcome: Swift.Result<Result, any Error>?

        init(_ body: @escaping () throws -> Result) { self.body = body }

        func run() {
            guard let body else { return }
            self.body = nil
            do { outcome = .success(try body()) } catch { outcome = .failure(error) }
        }
    }

    /// Waits on the current (dedicated) thread for an asynchronous operation's result.
    static func wait<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result) throws -> Result {
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox<Result>()
        Task {
            do { box.result = .success(try await operation()) } catch { box.result = .failure(error) }
            semaphore.signal()
        }
        semaphore.wait()
        return try box.result!.get()
    }

    /// Written by the task before the semaphore is signalled, read after the wait: never at the same time.
    private final class ResultBox<Result>: @unchecked Sendable {
        var result: Swift.Result<Result, any Error>?
    }
}
