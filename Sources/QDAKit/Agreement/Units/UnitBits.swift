/// A fixed-size set of unit indices stored as bits: one bit per unit, so a code's presence
/// over a million units takes 125 KB and two coders' overlap is a few thousand word operations.
public struct UnitBits: Hashable, Sendable {
    /// The number of units.
    public let count: Int
    /// The words, 64 units each; bits past `count` are always zero.
    public private(set) var words: [UInt64]

    /// An empty set over `count` units.
    public init(count: Int) {
        self.count = count
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    /// Whether unit `index` is in the set.
    public subscript(index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Adds unit `index`.
    public mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// Adds every unit in `range`.
    public mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var index = range.lowerBound
        while index < range.upperBound {
            let bit = index & 63
            let span = min(64 - bit, range.upperBound - index)
            let mask: UInt64 = span == 64 ? .max : ((1 << UInt64(span)) - 1) << UInt64(bit)
            words[index >> 6] |= mask
            index += span
        }
    }

    /// The number of units in the set.
    public var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The number of units in both sets.
    public func intersectionCount(_ other: UnitBits) -> Int {
        var total = 0
        for index in words.indices { total += (words[index] & other.words[index]).nonzeroBitCount }
        return total
    }

    /// The units in both sets.
    public func intersection(_ other: UnitBits) -> UnitBits {
        var result = self
        for index in words.indices { result.words[index] &= other.words[index] }
        return result
    }

    /// The units in either set.
    public func union(_ other: UnitBits) -> UnitBits {
        var result = self
        for index in words.indices { result.words[index] |= other.words[index] }
        return result
    }

    /// The units in exactly one of the sets.
    public func symmetricDifference(_ other: UnitBits) -> UnitBits {
        var result = self
        for index in words.indices { result.words[index] ^= other.words[index] }
        return result
    }

    /// Calls `body` with each unit in the set, in increasing order.
    public func forEach(_ body: (Int) throws -> Void) rethrows {
        for (wordIndex, word) in words.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                try body(wordIndex << 6 | bit)
                remaining &= remaining - 1
            }
        }
    }
}
