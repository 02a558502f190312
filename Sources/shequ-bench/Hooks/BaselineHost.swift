import CShequBenchBaseline
import Foundation
import ShequCore
import ShequHooks
import ShequLua

/// The bare C host (Sources/CShequBenchBaseline) with the workload's events laid out as
/// plain C structs, built once before timing; the strings stay in one buffer it owns.
/// `limited` adds the sandbox's mandatory limits (capped allocator, count hook) and nothing else.
final class BaselineHost {
    private let host: OpaquePointer
    // Everything the C structs point into, allocated once and freed with the host.
    private let strings: UnsafeMutableRawBufferPointer
    private let facts: UnsafeMutableBufferPointer<shqb_fact>
    private let evidence: UnsafeMutableBufferPointer<shqb_text>
    private let events: UnsafeMutableBufferPointer<shqb_event>
    /// Contiguous runs of events that share a community (and so a convention).
    private let segments: [(range: Range<Int>, version: ConventionVersion?)]

    struct SetupError: Error, CustomStringConvertible {
        let description: String
    }

    init(plugin: Plugin, workload: HookWorkload, limited: Bool = false) throws {
        guard let target = plugin.manifest.hooks["measures"] else { throw SetupError(description: "the plugin has no measures hook") }
        let modules = plugin.source.modules.sorted { $0.key < $1.key }
        var error = [CChar](repeating: 0, count: 512)
        let made: OpaquePointer? = Self.withTexts(modules.map(\.key)) { names in
            Self.withTexts(modules.map(\.value.text)) { sources in
                var manifest = plugin.source.manifestText
                return manifest.withUTF8 { text in
                    text.withMemoryRebound(to: CChar.self) { text in
                        shqb_host_new(text.baseAddress, text.count, names, sources, modules.count,
                                      target.module, target.function, limited ? 1 : 0, &error, 512)
                    }
                }
            }
        }
        guard let made else {
            throw SetupError(description: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        host = made

        // Byte ranges first, pointers after, once the string buffer has its final size.
        var bytes: [UInt8] = []
        func intern(_ text: String?) -> Range<Int>? {
            guard let text else { return nil }
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            return start..<bytes.count
        }
        var textRanges: [[Range<Int>?]] = []
        var evidenceRanges: [[Range<Int>]] = []
        var factRanges: [[(key: Range<Int>, value: PlainValue, string: Range<Int>?)]] = []
        for (event, _) in workload.items {
            textRanges.append([event.id, event.kind, event.subject.type.rawValue, event.subject.id, event.household,
                               event.community.rawValue, event.occurredOn.description, event.place, event.reporter].map(intern))
            evidenceRanges.append(event.evidence.map { intern($0)! })
            factRanges.append(event.facts.sorted(by: { $0.key < $1.key }).map { (intern($0.key)!, $0.value, intern($0.value.stringValue)) })
        }
        strings = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        strings.copyBytes(from: bytes)
        let base = strings.baseAddress!.assumingMemoryBound(to: CChar.self)
        func text(_ range: Range<Int>?) -> shqb_text {
            range.map { shqb_text(bytes: base + $0.lowerBound, length: $0.count) } ?? shqb_text(bytes: nil, length: 0)
        }
        facts = .allocate(capacity: max(1, factRanges.reduce(0) { $0 + $1.count }))
        evidence = .allocate(capacity: max(1, evidenceRanges.reduce(0) { $0 + $1.count }))
        events = .allocate(capacity: max(1, workload.items.count))
        var nextFact = 0
        var nextEvidence = 0
        for (index, item) in workload.items.enumerated() {
            var event = shqb_event()
            let t = textRanges[index].map(text)
            (event.id, event.kind, event.subject_type, event.subject_id, event.household) = (t[0], t[1], t[2], t[3], t[4])
            (event.community, event.occurred_at, event.place, event.reporter) = (t[5], t[6], t[7], t[8])
            event.evidence = UnsafePointer(evidence.baseAddress! + nextEvidence)
            event.evidence_count = evidenceRanges[index].count
            for range in evidenceRanges[index] {
                evidence[nextEvidence] = text(range)
                nextEvidence += 1
            }
            event.facts = UnsafePointer(facts.baseAddress! + nextFact)
            event.fact_count = factRanges[index].count
            for fact in factRanges[index] {
                var entry = shqb_fact()
                entry.key = text(fact.key)
                switch fact.value {
                case .integer(let value): entry.type = Int32(SHQB_FACT_INTEGER); entry.integer = Int64(value)
                case .number(let value): entry.type = Int32(SHQB_FACT_NUMBER); entry.number = value
                default: entry.type = Int32(SHQB_FACT_STRING); entry.string = text(fact.string)
                }
                facts[nextFact] = entry
                nextFact += 1
            }
            if let age = item.context.facts.age { event.has_age = 1; event.age = Int64(age) }
            if let size = item.context.facts.householdSize { event.has_household_size = 1; event.household_size = Int64(size) }
            events[index] = event
        }
        var segments: [(range: Range<Int>, version: ConventionVersion?)] = []
        var start = 0
        for index in workload.items.indices.dropFirst() where workload.items[index].event.community != workload.items[index - 1].event.community {
            segments.append((start..<index, workload.items[start].context.version))
            start = index
        }
        if !workload.items.isEmpty { segments.append((start..<workload.items.count, workload.items[start].context.version)) }
        self.segments = segments
        count = workload.items.count
    }

    private let count: Int

    deinit {
        shqb_host_free(host)
        strings.deallocate()
        facts.deallocate()
        evidence.deallocate()
        events.deallocate()
    }

    var memoryUsed: Int { shqb_memory_used(host) }

    /// Evaluates every event (each community's convention built once, as a bare host would)
    /// and returns the per-event results and how many calls failed.
    func run(latencies: UnsafeMutablePointer<UInt64>? = nil, limit: Int? = nil) -> (results: [shqb_result], failures: Int) {
        let count = min(limit ?? self.count, self.count)
        var results = [shqb_result](repeating: shqb_result(), count: count)
        var failures = 0
        results.withUnsafeMutableBufferPointer { results in
            for segment in segments where segment.range.lowerBound < count {
                setConvention(segment.version)
                let range = segment.range.clamped(to: 0..<count)
                failures += shqb_run(host, events.baseAddress! + range.lowerBound, range.count,
                                     results.baseAddress! + range.lowerBound, latencies.map { $0 + range.lowerBound })
            }
        }
        return (results, failures)
    }

    private func setConvention(_ version: ConventionVersion?) {
        shqb_convention_begin(host)
        if let version {
            func string(_ key: String, _ value: String) {
                var value = value
                value.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { shqb_convention_string(host, key, shqb_text(bytes: $0.baseAddress, length: $0.count)) }
                }
            }
            string("id", version.convention.rawValue)
            string("community", version.community.rawValue)
            string("kind", version.kind.rawValue)
            string("title", version.title)
            shqb_convention_integer(host, "version", Int64(version.number))
            if let effective = version.effectiveFrom { string("effective_from", effective.description) }
            for article in version.articles {
                var label = article.reference.label
                var body = article.text
                label.withUTF8 { label in
                    body.withUTF8 { body in
                        label.withMemoryRebound(to: CChar.self) { label in
                            body.withMemoryRebound(to: CChar.self) { body in
                                shqb_convention_article(host, Int64(article.reference.number),
                                                        shqb_text(bytes: label.baseAddress, length: label.count),
                                                        shqb_text(bytes: body.baseAddress, length: body.count))
                            }
                        }
                    }
                }
            }
        }
        shqb_convention_end(host)
    }

    /// Per-subject totals of a run, for the equality check against the SDK.
    static func totals(_ results: [shqb_result], items: [(event: BehaviourEvent, context: MeasuresContext)]) -> [String: HookWorkload.Totals] {
        var totals: [String: HookWorkload.Totals] = [:]
        for (item, result) in zip(items, results) where result.ok != 0 {
            var entry = totals[item.event.subject.description, default: HookWorkload.Totals()]
            entry.measures += Int(result.measures)
            entry.awarded += Int(result.award_points)
            entry.deducted += Int(result.deduct_points)
            totals[item.event.subject.description] = entry
        }
        return totals
    }

    private static func withTexts<R>(_ texts: [String], _ body: (UnsafePointer<shqb_text>) -> R) -> R {
        // One contiguous copy of all texts, alive for the call.
        var bytes: [CChar] = []
        var ranges: [Range<Int>] = []
        for text in texts {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8.map { CChar(bitPattern: $0) })
            ranges.append(start..<bytes.count)
        }
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in
            let list = ranges.map { shqb_text(bytes: buffer.baseAddress! + $0.lowerBound, length: $0.count) }
            return list.withUnsafeBufferPointer { body($0.baseAddress!) }
        }
    }
}
