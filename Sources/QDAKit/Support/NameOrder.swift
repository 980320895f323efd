import Foundation

/// The order files are listed in: names compared with numbers read as numbers (`t2` before
/// `t10`), as Foundation's `compare(_:options: .numeric)` orders them.
///
/// A study folder lists every transcript and coding file, so the names are compared over their
/// bytes when they are ASCII (a Foundation comparison bridges both strings, thousands of times
/// per folder); other names, and numbers that differ only in leading zeros, are left to
/// Foundation. A test holds the two to the same order.
enum NameOrder {
    /// `names` in numeric name order.
    static func sorted(_ names: [String]) -> [String] {
        names.sorted(by: precedes)
    }

    /// Whether `first` comes before `second`.
    static func precedes(_ first: String, _ second: String) -> Bool {
        if let order = asciiOrder(first, second) { return order == .orderedAscending }
        return first.compare(second, options: .numeric) == .orderedAscending
    }

    /// The order of two ASCII names, or `nil` when this cannot decide it the way Foundation
    /// would (a character that is not ASCII, or equal numbers written with other zeros).
    static func asciiOrder(_ first: String, _ second: String) -> ComparisonResult? {
        var first = first
        var second = second
        return first.withUTF8 { a in second.withUTF8 { b in asciiOrder(a, b) } }
    }

    private static func asciiOrder(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
        -> ComparisonResult?
    {
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            let x = a[i]
            let y = b[j]
            guard x < 0x80, y < 0x80 else { return nil }
            guard isDigit(x) && isDigit(y) else {
                if x != y { return x < y ? .orderedAscending : .orderedDescending }
                i += 1
                j += 1
                continue
            }
            // Two numbers: the one with more significant digits is larger, else the first
            // differing digit decides.
            let aEnd = digitsEnd(a, from: i)
            let bEnd = digitsEnd(b, from: j)
            let aStart = significantStart(a, from: i, to: aEnd)
            let bStart = significantStart(b, from: j, to: bEnd)
            if aEnd - aStart != bEnd - bStart {
                return aEnd - aStart < bEnd - bStart ? .orderedAscending : .orderedDescending
            }
            for offset in 0..<(aEnd - aStart) where a[aStart + offset] != b[bStart + offset] {
                return a[aStart + offset] < b[bStart + offset] ? .orderedAscending : .orderedDescending
            }
            if aEnd - i != bEnd - j { return nil }
            i = aEnd
            j = bEnd
        }
        if i < a.count && a[i] >= 0x80 || j < b.count && b[j] >= 0x80 { return nil }
        if i == a.count && j == b.count { return .orderedSame }
        return i == a.count ? .orderedAscending : .orderedDescending
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func digitsEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count && isDigit(bytes[end]) { end += 1 }
        return end
    }

    /// The first digit that is not a leading zero (the last digit for a number of zeros).
    private static func significantStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end - 1 && bytes[index] == 0x30 { index += 1 }
        return index
    }
}
