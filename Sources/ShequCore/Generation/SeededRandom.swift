/// A small, fast, deterministic random generator (SplitMix64): the same seed always yields the same data.
///
/// ```swift
/// var random = SeededRandom(seed: 1)
/// let dice = Int.random(in: 1...6, using: &random)
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one named part of the data (e.g. a community), independent of every other part.
    public init(seed: UInt64, stream: String) {
        state = seed ^ Self.fnv1a(stream)
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in `0..<1`.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Whether an event of probability `p` happens.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Picks an index with probability proportional to `weights`.
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// 64-bit FNV-1a hash of the UTF-8 bytes of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01B3
        }
        return hash
    }
}
