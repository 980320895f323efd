import Foundation

/// A small, fast, deterministic pseudo-random sequence (SplitMix64), so that a generated study
/// depends only on its seed and parameters, on every platform and Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates the sequence for `seed`.
    public init(seed: UInt64) { state = seed }

    /// A sequence derived from `seed` and `stream`, independent of other streams: each
    /// transcript has its own, so transcript 17 is the same whether 100 or 10,000 are written.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// A number in `range`.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A uniform number in `0..<1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// `true` with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A random element of `items`.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// A draw from a log-normal distribution with the given median and spread (σ of the log),
    /// clamped to `range`: the shape of turn lengths in interviews (many short, a few long).
    public mutating func logNormal(median: Double, sigma: Double, in range: ClosedRange<Int>) -> Int {
        // Box–Muller.
        let u1 = max(unit(), 1e-12)
        let u2 = unit()
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        let value = Int((median * exp(sigma * normal)).rounded())
        return min(max(value, range.lowerBound), range.upperBound)
    }
}
