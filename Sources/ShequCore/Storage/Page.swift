/// Where a paged read starts and how many items it returns at most.
///
/// ```swift
/// var request = PageRequest(limit: 500)
/// repeat {
///     let page = try await store.households(in: community, page: request)
///     handle(page.items)
///     request.after = page.next
/// } while request.after != nil
/// ```
public struct PageRequest: Sendable, Hashable {
    /// The token of the previous page's ``Page/next``; `nil` for the first page.
    public var after: PageToken?
    /// The most items one page holds (clamped to 1...10 000 by stores).
    public var limit: Int

    public init(after: PageToken? = nil, limit: Int = 500) {
        self.after = after
        self.limit = limit
    }

    /// The limit clamped to what a store serves in one page.
    public var clampedLimit: Int { min(max(limit, 1), 10_000) }
}

/// One page of a paged read, and the token to ask for the next one.
public struct Page<Element: Sendable>: Sendable {
    public var items: [Element]
    /// Pass as ``PageRequest/after`` to read on; `nil` when this was the last page.
    public var next: PageToken?

    public init(items: [Element], next: PageToken?) {
        self.items = items
        self.next = next
    }
}

/// An opaque position in an ordered read. Stores use the last identity of a page (keyset pagination), so
/// tokens stay valid while rows are added and work the same on SQLite and PostgreSQL.
public struct PageToken: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

extension Page {
    /// Streams every item of a paged read, fetching one page at a time so memory stays bounded.
    ///
    /// ```swift
    /// for try await household in Page.stream { try await store.households(in: id, page: $0) } {
    ///     print(household.address)
    /// }
    /// ```
    public static func stream(
        limit: Int = 1_000,
        _ fetch: @escaping @Sendable (PageRequest) async throws -> Page<Element>
    ) -> AsyncThrowingStream<Element, any Error> {
        let cursor = PageCursor(limit: limit, fetch: fetch)
        return AsyncThrowingStream(unfolding: { try await cursor.next() })
    }
}

/// Holds the position of a ``Page/stream(limit:_:)`` between pages.
private actor PageCursor<Element: Sendable> {
    private let fetch: @Sendable (PageRequest) async throws -> Page<Element>
    private var buffer: [Element] = []
    private var request: PageRequest
    private var finished = false

    init(limit: Int, fetch: @escaping @Sendable (PageRequest) async throws -> Page<Element>) {
        self.fetch = fetch
        self.request = PageRequest(limit: limit)
    }

    func next() async throws -> Element? {
        while buffer.isEmpty {
            guard !finished else { return nil }
            let page = try await fetch(request)
            buffer = page.items.reversed()
            request.after = page.next
            finished = page.next == nil
        }
        return buffer.popLast()
    }
}
