import Foundation

/// Text prepared for keyword matching: lower case, without accents, every word (a run of
/// letters and digits) separated from the next by one space, and sentence punctuation
/// (`.`, `!`, `?`, `;`, `…`) written as ` | ` so that a phrase never matches across it.
///
/// The text starts and ends with a space, so a whole word `w` is always found as ` w `.
/// Each byte remembers which code point of the source it came from, so a match can be
/// mapped back to the transcript.
struct FoldedText {
    /// The folded text as UTF-8 bytes; only the first ``count`` are in use (the storage is
    /// reused from one text to the next).
    private(set) var bytes: [UInt8] = []
    /// For each byte, the index of the code point of the source text it came from.
    private(set) var sources: [Int32] = []
    /// The number of bytes of folded text.
    private(set) var count = 0
    /// The number of code points in the source text.
    private(set) var sourceLength = 0
    /// For a byte followed in the source by combining marks (decomposed accents), the index
    /// just past the last mark.
    private var markEnds: [Int: Int32] = [:]
    /// The sentences of the source text as code-point ranges, in order (see ``TurnSentences``
    /// for the rule), found in the same pass.
    private(set) var sentences: [Range<Int>] = []
    /// The same sentences as UTF-8 offsets in the source text.
    private(set) var sentenceBytes: [Range<Int>] = []

    static let space = UInt8(ascii: " ")
    static let barrier = UInt8(ascii: "|")

    /// Folds `text`, reusing this value's storage. `straightforward` folds byte by byte
    /// without the fast path for runs of lower-case words (for tests: the result is the same).
    mutating func fold(_ text: some StringProtocol, straightforward: Bool = false) {
        var string = String(text)
        string.withUTF8 { fold(utf8: $0, straightforward: straightforward) }
    }

    /// For each byte of folded text, the index just past its code point and any combining
    /// marks after it (for tests).
    var sourceEnds: [Int] { (0..<count).map { sourceRange($0, $0 + 1).upperBound } }

    /// ASCII bytes folded: the lower-case byte for letters and digits, 0 for separators,
    /// 1 for sentence punctuation.
    private static let asciiTable: [UInt8] = (0..<128).map { value -> UInt8 in
        switch UInt8(value) {
        case 0x61...0x7A, 0x30...0x39: return UInt8(value)
        case 0x41...0x5A: return UInt8(value) + 32
        case 0x2E, 0x21, 0x3F, 0x3B: return 1
        default: return 0
        }
    }

    private mutating func fold(utf8: UnsafeBufferPointer<UInt8>, straightforward: Bool) {
        let capacity = utf8.count * 3 + 4
        if bytes.count < capacity {
            bytes = [UInt8](repeating: 0, count: capacity + capacity / 2)
            sources = [Int32](repeating: 0, count: capacity + capacity / 2)
        }
        // The sentence lists of the previous text are reused (unless still held elsewhere).
        var splitter = SentenceTracker()
        splitter.reuse(&sentences, &sentenceBytes)
        var marks: [Int: Int32] = [:]
        var scalarIndex: Int32 = 0
        count = bytes.withUnsafeMutableBufferPointer { byteBuffer in
            sources.withUnsafeMutableBufferPointer { sourceBuffer in
                Self.foldLoop(
                    utf8, byteBuffer.baseAddress!, sourceBuffer.baseAddress!, &splitter, &marks, &scalarIndex,
                    fast: !straightforward)
            }
        }
        markEnds = marks
        sourceLength = Int(scalarIndex)
        sentences = splitter.sentences
        sentenceBytes = splitter.sentenceBytes
    }

    /// The folding loop: writes the folded bytes and their sources, returns their number.
    private static func foldLoop(
        _ utf8: UnsafeBufferPointer<UInt8>, _ byteOut: UnsafeMutablePointer<UInt8>,
        _ sourceOut: UnsafeMutablePointer<Int32>, _ splitter: inout SentenceTracker, _ markEnds: inout [Int: Int32],
        _ scalarIndex: inout Int32, fast: Bool
    ) -> Int {
        var out = 0
        var pendingSeparator = false
        var pendingBarrier = false
        byteOut[0] = Self.space
        sourceOut[0] = 0
        out = 1
        Self.asciiTable.withUnsafeBufferPointer { table in
            var position = 0
            let count = utf8.count
            while position < count {
                let lead = utf8[position]
                if fast && lead &- 0x61 < 26 {
                    // A lower-case letter: it and the lower-case words after it, each after one
                    // space, fold to themselves (see ``lowerCaseRun``).
                    splitter.ascii(lead, at: Int(scalarIndex), position)
                    if pendingSeparator {
                        Self.separate(byteOut, sourceOut, &out, scalarIndex, pendingBarrier)
                        pendingSeparator = false
                        pendingBarrier = false
                    }
                    byteOut[out] = lead
                    sourceOut[out] = scalarIndex
                    out &+= 1
                    position &+= 1
                    scalarIndex &+= 1
                    Self.lowerCaseRun(utf8, byteOut, sourceOut, &out, &position, &scalarIndex)
                    splitter.extend(to: Int(scalarIndex), position)
                    continue
                }
                if lead < 0x80 {
                    splitter.ascii(lead, at: Int(scalarIndex), position)
                    let folded = table[Int(lead)]
                    if folded > 1 {
                        if pendingSeparator {
                            Self.separate(byteOut, sourceOut, &out, scalarIndex, pendingBarrier)
                            pendingSeparator = false
                            pendingBarrier = false
                        }
                        byteOut[out] = folded
                        sourceOut[out] = scalarIndex
                        out &+= 1
                    } else {
                        pendingSeparator = true
                        if folded == 1 { pendingBarrier = true }
                    }
                    position &+= 1
                } else {
                    var value = UInt32(lead)
                    var width = 1
                    if lead >= 0xF0 {
                        value &= 0x07
                        width = 4
                    } else if lead >= 0xE0 {
                        value &= 0x0F
                        width = 3
                    } else {
                        value &= 0x1F
                        width = 2
                    }
                    for offset in 1..<width where position + offset < count {
                        value = (value << 6) | UInt32(utf8[position + offset] & 0x3F)
                    }
                    let scalar = Unicode.Scalar(value) ?? " "
                    splitter.scalar(scalar, at: Int(scalarIndex), position, width: width)
                    position &+= width
                    switch ScalarFolding.classify(scalar) {
                    case .word(let folded):
                        if pendingSeparator {
                            Self.separate(byteOut, sourceOut, &out, scalarIndex, pendingBarrier)
                            pendingSeparator = false
                            pendingBarrier = false
                        }
                        for byte in folded {
                            byteOut[out] = byte
                            sourceOut[out] = scalarIndex
                            out &+= 1
                        }
                    case .mark:
                        if !pendingSeparator && byteOut[out &- 1] != Self.space {
                            markEnds[out &- 1] = scalarIndex &+ 1
                        }
                    case .separator:
                        pendingSeparator = true
                    case .barrier:
                        pendingSeparator = true
                        pendingBarrier = true
                    }
                }
                scalarIndex &+= 1
            }
        }
        if byteOut[out &- 1] != Self.space {
            byteOut[out] = Self.space
            sourceOut[out] = scalarIndex
            out &+= 1
        }
        splitter.finish()
        return out
    }

    /// After a lower-case letter (just written): copies the lower-case letters that follow,
    /// and single spaces each followed by one, as they are, with their sources (a space's
    /// source is the letter after it, as ``separate`` gives it). Eight bytes at a time where
    /// they are all such letters and spaces. The sentence tracker only moves its end over
    /// these bytes, so the caller updates it once.
    @inline(__always)
    private static func lowerCaseRun(
        _ utf8: UnsafeBufferPointer<UInt8>, _ byteOut: UnsafeMutablePointer<UInt8>,
        _ sourceOut: UnsafeMutablePointer<Int32>, _ out: inout Int, _ position: inout Int,
        _ scalarIndex: inout Int32
    ) {
        let count = utf8.count
        let input = utf8.baseAddress!
        var p = position
        var o = out
        var s = scalarIndex
        while true {
            if p &+ 8 <= count {
                let chunk = UnsafeRawPointer(input + p).loadUnaligned(as: UInt64.self)
                let spaces = lowerCaseChunkSpaces(chunk)
                if spaces != .max {
                    UnsafeMutableRawPointer(byteOut + o).storeBytes(of: chunk, as: UInt64.self)
                    for offset in 0..<8 { sourceOut[o &+ offset] = s &+ Int32(offset) }
                    var mask = spaces
                    while mask != 0 {
                        sourceOut[o &+ (mask.trailingZeroBitCount >> 3)] &+= 1
                        mask &= mask &- 1
                    }
                    p &+= 8
                    o &+= 8
                    s &+= 8
                    continue
                }
            }
            guard p < count else { break }
            let byte = input[p]
            if byte &- 0x61 < 26 {
                byteOut[o] = byte
                sourceOut[o] = s
                p &+= 1
                o &+= 1
                s &+= 1
            } else if byte == 0x20 && p &+ 1 < count && input[p &+ 1] &- 0x61 < 26 {
                byteOut[o] = byte
                sourceOut[o] = s &+ 1
                byteOut[o &+ 1] = input[p &+ 1]
                sourceOut[o &+ 1] = s &+ 1
                p &+= 2
                o &+= 2
                s &+= 2
            } else {
                break
            }
        }
        position = p
        out = o
        scalarIndex = s
    }

    /// For eight bytes (in memory order) that are all lower-case ASCII letters or spaces, with
    /// no two spaces together and no space last: a mask with the top bit of each space's byte
    /// set; otherwise `UInt64.max`.
    @inline(__always)
    static func lowerCaseChunkSpaces(_ chunk: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        guard chunk & high == 0 else { return .max }
        // Below 0x80 each byte's sum stays in its byte: its top bit tells the comparison.
        let letters = (chunk &+ ones &* (0x80 - 0x61)) & ~(chunk &+ ones &* (0x80 - 0x7B)) & high
        let spaces = ~((chunk ^ (ones &* 0x20)) &+ ones &* 0x7F) & high
        guard letters | spaces == high, spaces & (spaces << 8) == 0, spaces & (high << 56) == 0 else {
            return .max
        }
        return spaces
    }

    /// Writes the separator before a word: a space, or ` | ` after sentence punctuation.
    @inline(__always)
    private static func separate(
        _ bytes: UnsafeMutablePointer<UInt8>, _ sources: UnsafeMutablePointer<Int32>, _ out: inout Int,
        _ index: Int32, _ barrier: Bool
    ) {
        guard bytes[out &- 1] != space else { return }
        bytes[out] = space
        sources[out] = index
        out &+= 1
        if barrier {
            bytes[out] = Self.barrier
            sources[out] = index
            bytes[out &+ 1] = space
            sources[out &+ 1] = index
            out &+= 2
        }
    }

    /// The source range (code points, end exclusive) of the folded bytes `lower..<upper`.
    func sourceRange(_ lower: Int, _ upper: Int) -> Range<Int> {
        let end = markEnds.isEmpty ? sources[upper - 1] + 1 : (markEnds[upper - 1] ?? sources[upper - 1] + 1)
        return Int(sources[lower])..<Int(end)
    }

    /// The index just past the word that contains byte `index`.
    func endOfWord(from index: Int) -> Int {
        var end = index
        while end < count && bytes[end] != Self.space { end += 1 }
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

/// Finds sentence boundaries while text streams past, with the rule of ``TurnSentences``: a
/// sentence ends after `.`, `!`, `?` or `…` (and closing quotes or brackets) when white space
/// follows and the next text starts with a capital letter, a digit or an opening quote or
/// bracket; a blank line always ends one.
struct SentenceTracker {
    private(set) var sentences: [Range<Int>] = []
    private(set) var sentenceBytes: [Range<Int>] = []
    private var start: (scalar: Int, byte: Int)?
    private var lastEnd = (scalar: 0, byte: 0)
    private var terminatorEnd: (scalar: Int, byte: Int)?
    private var spaceAfterTerminator = false
    private var newlines = 0

    /// Before any text: takes the storage of `sentences` and `sentenceBytes` for its own
    /// lists, emptied, and leaves them its own empty lists.
    mutating func reuse(_ sentences: inout [Range<Int>], _ sentenceBytes: inout [Range<Int>]) {
        swap(&self.sentences, &sentences)
        swap(&self.sentenceBytes, &sentenceBytes)
        self.sentences.removeAll(keepingCapacity: true)
        self.sentenceBytes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func ascii(_ byte: UInt8, at index: Int, _ position: Int) {
        // The common case: a lower-case letter inside a sentence, after no punctuation.
        if byte >= 0x61 && byte <= 0x7A && newlines == 0 && terminatorEnd == nil && start != nil {
            lastEnd = (index + 1, position + 1)
            return
        }
        switch byte {
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D:
            if terminatorEnd != nil { spaceAfterTerminator = true }
        case 0x0A:
            if terminatorEnd != nil { spaceAfterTerminator = true }
            newlines += 1
        default:
            let starts =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x22 || byte == 0x27
                || byte == 0x28 || byte == 0x5B
            let terminator = byte == 0x2E || byte == 0x21 || byte == 0x3F
            let closer = byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D
            visible(at: index, position, width: 1, starts: starts, terminator: terminator, closer: closer)
        }
    }

    /// After ``ascii(_:at:_:)`` with a lower-case letter: the text up to code point `index`
    /// (UTF-8 offset `position`) is lower-case letters and single spaces, which only move the
    /// end of the sentence.
    @inline(__always)
    mutating func extend(to index: Int, _ position: Int) {
        lastEnd = (index, position)
    }

    /// For the scalars below U+0250, what ``scalar(_:at:_:width:)`` asks of their properties,
    /// looked up once: white space, a line break, whether a sentence starts with it, whether
    /// it closes a quotation (see ``flags(of:)``).
    private static let latinFlags: [UInt8] = (0..<0x250).map { flags(of: Unicode.Scalar($0)!) }
    private static let whiteSpaceFlag: UInt8 = 1
    private static let lineBreakFlag: UInt8 = 2
    private static let startsFlag: UInt8 = 4
    private static let closerFlag: UInt8 = 8

    /// The flags of `scalar`, from its properties as the general case reads them.
    static func flags(of scalar: Unicode.Scalar) -> UInt8 {
        var flags: UInt8 = 0
        if scalar.properties.isWhitespace {
            flags |= whiteSpaceFlag
            if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" { flags |= lineBreakFlag }
            return flags
        }
        if scalar.properties.isUppercase || scalar.properties.numericType != nil
            || "“‘„«".unicodeScalars.contains(scalar)
        {
            flags |= startsFlag
        }
        if "”’»".unicodeScalars.contains(scalar) { flags |= closerFlag }
        return flags
    }

    mutating func scalar(_ scalar: Unicode.Scalar, at index: Int, _ position: Int, width: Int) {
        if scalar.value < 0x250 {
            // Latin letters with accents, Latin-1 punctuation and spaces: no "…" among them.
            let flags = Self.latinFlags[Int(scalar.value)]
            if flags & Self.whiteSpaceFlag != 0 {
                if terminatorEnd != nil { spaceAfterTerminator = true }
                if flags & Self.lineBreakFlag != 0 { newlines += 1 }
                return
            }
            visible(
                at: index, position, width: width, starts: flags & Self.startsFlag != 0, terminator: false,
                closer: flags & Self.closerFlag != 0)
            return
        }
        if scalar.properties.isWhitespace {
            if terminatorEnd != nil { spaceAfterTerminator = true }
            if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" { newlines += 1 }
            return
        }
        let starts =
            scalar.properties.isUppercase || scalar.properties.numericType != nil
            || "“‘„«".unicodeScalars.contains(scalar)
        visible(
            at: index, position, width: width, starts: starts, terminator: scalar == "…",
            closer: "”’»".unicodeScalars.contains(scalar))
    }

    @inline(__always)
    private mutating func visible(
        at index: Int, _ position: Int, width: Int, starts: Bool, terminator: Bool, closer: Bool
    ) {
        if start != nil {
            if newlines >= 2 {
                close(at: lastEnd)
            } else if let end = terminatorEnd, spaceAfterTerminator, starts {
                close(at: end)
            }
        }
        newlines = 0
        if terminator || (closer && terminatorEnd != nil && !spaceAfterTerminator) {
            terminatorEnd = (index + 1, position + width)
            spaceAfterTerminator = false
        } else {
            terminatorEnd = nil
            spaceAfterTerminator = false
        }
        if start == nil { start = (index, position) }
        lastEnd = (index + 1, position + width)
    }

    private mutating func close(at end: (scalar: Int, byte: Int)) {
        guard let begin = start, end.scalar > begin.scalar else { return }
        sentences.append(begin.scalar..<end.scalar)
        sentenceBytes.append(begin.byte..<end.byte)
        start = nil
        terminatorEnd = nil
        spaceAfterTerminator = false
    }

    mutating func finish() {
        close(at: lastEnd)
    }
}
