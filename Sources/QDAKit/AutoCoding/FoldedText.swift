import Foundation

/// Text prepared for keyword matching: lower case, without accents, every word (a run of
/// letters and digits) separated from the next by one space, and sentence punctuation
/// (`.`, `!`, `?`, `;`, `…`) written as ` | ` so that a phrase never matches across it.
///
/// The text starts and ends with a space, so a whole word `w` is always found as ` w `.
/// Each byte remembers which code point of the source it came from, so a match can be
/// mapped back to the transcript.
struct FoldedText {
    /// The folded text as UTF-8 bytes.
    private(set) var bytes: [UInt8] = []
    /// For each byte, the index of the code point of the source text it came from.
    private(set) var sources: [Int32] = []
    /// The number of code points in the source text.
    private(set) var sourceLength = 0
    /// For a byte followed in the source by combining marks (decomposed accents), the index
    /// just past the last mark.
    private var markEnds: [Int: Int32] = [:]

    static let space = UInt8(ascii: " ")
    static let barrier = UInt8(ascii: "|")

    /// Folds `text`, reusing this value's storage.
    mutating func fold(_ text: some StringProtocol) {
        bytes.removeAll(keepingCapacity: true)
        sources.removeAll(keepingCapacity: true)
        if !markEnds.isEmpty { markEnds.removeAll() }
        bytes.reserveCapacity(text.utf8.count + 2)
        sources.reserveCapacity(text.utf8.count + 2)
        bytes.append(Self.space)
        sources.append(0)
        var pendingSeparator = false
        var pendingBarrier = false
        var index: Int32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    emitSeparator(&pendingSeparator, &pendingBarrier, at: index)
                    bytes.append(byte)
                    sources.append(index)
                } else if byte >= 0x41 && byte <= 0x5A {
                    emitSeparator(&pendingSeparator, &pendingBarrier, at: index)
                    bytes.append(byte + 32)
                    sources.append(index)
                } else {
                    pendingSeparator = true
                    if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B { pendingBarrier = true }
                }
            } else {
                switch ScalarFolding.classify(scalar) {
                case .word(let folded):
                    emitSeparator(&pendingSeparator, &pendingBarrier, at: index)
                    for byte in folded {
                        bytes.append(byte)
                        sources.append(index)
                    }
                case .mark:
                    if !pendingSeparator, let last = bytes.last, last != Self.space {
                        markEnds[bytes.count - 1] = index + 1
                    }
                case .separator:
                    pendingSeparator = true
                case .barrier:
                    pendingSeparator = true
                    pendingBarrier = true
                }
            }
            index += 1
        }
        if bytes.last != Self.space {
            bytes.append(Self.space)
            sources.append(index)
        }
        sourceLength = Int(index)
    }

    private mutating func emitSeparator(_ pending: inout Bool, _ barrier: inout Bool, at index: Int32) {
        guard pending else { return }
        if bytes.last != Self.space {
            bytes.append(Self.space)
            sources.append(index)
            if barrier {
                bytes.append(Self.barrier)
                sources.append(index)
                bytes.append(Self.space)
                sources.append(index)
            }
        }
        pending = false
        barrier = false
    }

    /// The source range (code points, end exclusive) of the folded bytes `lower..<upper`.
    func sourceRange(_ lower: Int, _ upper: Int) -> Range<Int> {
        let end = markEnds.isEmpty ? sources[upper - 1] + 1 : (markEnds[upper - 1] ?? sources[upper - 1] + 1)
        return Int(sources[lower])..<Int(end)
    }

    /// The index just past the word that contains byte `index`.
    func endOfWord(from index: Int) -> Int {
        var end = index
        while end < bytes.count && bytes[end] != Self.space { end += 1 }
        return end
    }
}

/// How one Unicode scalar takes part in matching.
enum ScalarFolding {
    enum Kind {
        /// A letter or digit, folded to these UTF-8 bytes (lower case, no accents).
        case word([UInt8])
        /// A combining mark: part of the word, adds nothing.
        case mark
        /// Anything else: separates words.
        case separator
        /// Sentence punctuation: separates words and stops phrases.
        case barrier
    }

    /// Precomputed kinds for the scalars below U+0250 (Latin, Latin-1 and Latin Extended).
    private static let table: [Kind] = (0..<0x250).map { compute(Unicode.Scalar($0)!) }

    /// The kind of `scalar`.
    static func classify(_ scalar: Unicode.Scalar) -> Kind {
        scalar.value < 0x250 ? table[Int(scalar.value)] : compute(scalar)
    }

    private static func compute(_ scalar: Unicode.Scalar) -> Kind {
        if scalar.isASCII {
            if let byte = UInt8(exactly: scalar.value) {
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) { return .word([byte]) }
                if (0x41...0x5A).contains(byte) { return .word([byte + 32]) }
                if [0x2E, 0x21, 0x3F, 0x3B].contains(byte) { return .barrier }
            }
            return .separator
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        default: break
        }
        if scalar == "…" || scalar == "\u{203C}" || scalar == "\u{2047}" || scalar == "\u{2048}" { return .barrier }
        guard properties.isAlphabetic || properties.numericType != nil else { return .separator }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
        var bytes: [UInt8] = []
        for part in folded.unicodeScalars
        where part.properties.isAlphabetic || part.properties.numericType != nil {
            bytes.append(contentsOf: Array(String(part).utf8))
        }
        return bytes.isEmpty ? .mark : .word(bytes)
    }
}
