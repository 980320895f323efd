import Foundation

/// Finds a coding's quote in its turns and turns it into a range of code points in the
/// transcript file.
///
/// A quote matches when it occurs in the turns with white space collapsed (line breaks in
/// either count as one space). When that fails the matcher tries, in order: ignoring case,
/// accents and the difference between typographic and straight quotes and dashes; and
/// treating `…`, `...`, `[…]` or `(…)` in the quote as an omission.
public enum QuoteMatcher {
    /// How a quote was found, or why not.
    public enum Outcome: Hashable, Sendable {
        /// Found as written (white space collapsed).
        case exact(Range<Int>)
        /// Found only when ignoring case, accents or quote and dash styles.
        case folded(Range<Int>)
        /// Found with omissions marked by an ellipsis; the range spans from the first part
        /// to the last.
        case elided(Range<Int>)
        /// Not in the named turns but found, exactly, in another turn.
        case elsewhere(turn: Int, range: Range<Int>)
        /// Not found; the closest passage in the named turns, if any resembles it.
        case notFound(closest: String?)

        /// The matched range, if the quote was found in the named turns.
        public var range: Range<Int>? {
            switch self {
            case .exact(let range), .folded(let range), .elided(let range): range
            case .elsewhere, .notFound: nil
            }
        }
    }

    /// Looks for `quote` in `turns` (the turns a coding names); `others` are the rest of the
    /// transcript's turns, searched to say where a misplaced quote really is. They are only
    /// computed when the quote is not in `turns`, so that a large coding file whose quotes
    /// are found costs time in proportion to its rows, not rows × turns.
    public static func match(_ quote: String, in turns: [Turn], others: @autoclosure () -> [Turn] = []) -> Outcome {
        match(
            quote, in: CollapsedText(turns),
            others: { others().filter { !$0.isInterviewer }.lazy.map { ($0.number, CollapsedText([$0])) } })
    }

    /// ``match(_:in:others:)`` on turns already collapsed: `others` gives the other participant
    /// turns' numbers and texts, in transcript order, when they are needed.
    static func match<Others: Sequence<(Int, CollapsedText)>>(
        _ quote: String, in text: CollapsedText, others: () -> Others
    ) -> Outcome {
        let candidates = quoteVariants(quote)
        let needles = candidates.map { Array($0.unicodeScalars) }
        for needle in needles {
            if let range = text.find(needle, folded: false) { return .exact(range) }
        }
        for needle in needles {
            if let range = text.find(needle, folded: true) { return .folded(range) }
        }
        for candidate in candidates {
            let parts = elisionParts(candidate)
            if parts.count >= 2, let range = text.findInOrder(parts) { return .elided(range) }
        }
        for (number, other) in others() {
            for needle in needles {
                if let range = other.find(needle, folded: false) {
                    return .elsewhere(turn: number, range: range)
                }
            }
        }
        return .notFound(closest: text.closestPassage(to: candidates[0]))
    }

    /// The range of `quote` (or of one of its ``quoteVariants(_:)``) in `turn` when it is there
    /// exactly (white space collapsed): what ``match(_:in:others:)`` returns as `.exact` for a
    /// single turn, found by scanning the turn's bytes instead of collapsing the turn first.
    /// `nil` means: not there exactly; ask ``match(_:in:others:)``.
    static func exactRange(of quote: String, in turn: Turn) -> Range<Int>? {
        var text = turn.text
        return text.withUTF8 { haystack in
            for candidate in quoteVariants(quote) {
                var candidate = candidate
                let found = candidate.withUTF8 { needle in Self.find(needle, in: haystack) }
                if let (start, end) = found {
                    let lower = turn.range.lowerBound + Self.scalarCount(haystack, 0..<start)
                    return lower..<(lower + Self.scalarCount(haystack, start..<end))
                }
            }
            return nil
        }
    }

    /// The first byte range of `haystack` that matches `needle` (collapsed: no white space but
    /// single spaces, none at either end), where a space in the needle matches a run of white
    /// space in the haystack: the first occurrence in the haystack with white space collapsed.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> (
        Int, Int
    )? {
        guard let first = needle.first else { return nil }
        var start = 0
        while start < haystack.count {
            guard haystack[start] == first else {
                start += 1
                continue
            }
            var position = start
            var index = 0
            var matched = true
            while index < needle.count {
                if needle[index] == 0x20 {
                    var spaces = 0
                    while position < haystack.count {
                        let (scalar, length) = UTF8Scan.decodeScalar(haystack, at: position)
                        guard ScalarClass.isWhitespace(scalar) else { break }
                        position += length
                        spaces += 1
                    }
                    if spaces == 0 {
                        matched = false
                        break
                    }
                } else {
                    guard position < haystack.count, haystack[position] == needle[index] else {
                        matched = false
                        break
                    }
                    position += 1
                }
                index += 1
            }
            if matched { return (start, position) }
            start += 1
        }
        return nil
    }

    /// The number of code points in `range` of valid UTF-8 bytes.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where ScalarClass.isLeadByte(bytes[index]) { count &+= 1 }
        return count
    }

    /// The quote with white space collapsed and, as a second try, without the quotation
    /// marks a coder may have put around it.
    static func quoteVariants(_ quote: String) -> [String] {
        let collapsed = TextFolding.collapseWhitespace(quote)
        var variants = [collapsed]
        // A quotation mark can only be the first (last) character if it is the first (last)
        // code point: looking at those first spares the grapheme work for most quotes.
        guard let firstScalar = collapsed.unicodeScalars.first, let lastScalar = collapsed.unicodeScalars.last,
            isQuotationMark(firstScalar), isQuotationMark(lastScalar)
        else { return variants }
        let marks: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "„", "«", "»"]
        if let first = collapsed.first, let last = collapsed.last, marks.contains(first), marks.contains(last),
            collapsed.count > 2
        {
            variants.append(TextFolding.collapseWhitespace(collapsed.dropFirst().dropLast()))
        }
        return variants
    }

    /// Whether `scalar` is one of the quotation marks ``quoteVariants(_:)`` strips (a switch:
    /// building a set of them for every quote cost more than the rest of the look-up).
    @inline(__always)
    private static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "”", "‘", "’", "„", "«", "»": true
        default: false
        }
    }

    /// The parts of a quote between omission marks (`…`, `...`, `[…]`, `(…)`, `[...]`).
    static func elisionParts(_ quote: String) -> [[Unicode.Scalar]] {
        // Most quotes have no ellipsis (nor the separator used below): then they are one part,
        // without six passes of Foundation's replacing.
        if !UTF8Scan.containsEllipsis(quote) && !UTF8Scan.contains(0x1F, in: quote) {
            let collapsed = TextFolding.collapseWhitespace(quote)
            return collapsed.isEmpty ? [] : [Array(collapsed.unicodeScalars)]
        }
        var text = quote
        for mark in ["[…]", "[...]", "(…)", "(...)", "…", "..."] {
            text = text.replacingOccurrences(of: mark, with: "\u{1F}")
        }
        return text.split(separator: "\u{1F}").map { TextFolding.collapseWhitespace($0) }.filter { !$0.isEmpty }.map {
            Array($0.unicodeScalars)
        }
    }
}

/// The text of some turns with white space collapsed, remembering where each character
/// came from in the file.
struct CollapsedText {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []

    init(_ turns: [Turn]) {
        for turn in turns { append(turn) }
    }

    /// Adds a turn's text, after a space when the text so far does not end in one.
    mutating func append(_ turn: Turn) {
        let first = turn.range.lowerBound
        if !scalars.isEmpty && scalars.last != " " {
            scalars.append(" ")
            offsets.append(first)
        }
        // A space is added only after text that does not end in one.
        let startsAfterSpace = scalars.isEmpty || scalars.last == " "
        var text = turn.text
        var newOffsets: [Int] = []
        let newScalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalarBuffer, scalarCount in
                var count = 0
                newOffsets = [Int](unsafeUninitializedCapacity: bytes.count) { offsetBuffer, offsetCount in
                    var afterSpace = startsAfterSpace
                    var offset = first
                    var position = 0
                    while position < bytes.count {
                        let (scalar, length) = UTF8Scan.decodeScalar(bytes, at: position)
                        position += length
                        if ScalarClass.isWhitespace(scalar) {
                            if !afterSpace {
                                scalarBuffer.initializeElement(at: count, to: " ")
                                offsetBuffer.initializeElement(at: count, to: offset)
                                count += 1
                                afterSpace = true
                            }
                        } else {
                            scalarBuffer.initializeElement(at: count, to: scalar)
                            offsetBuffer.initializeElement(at: count, to: offset)
                            count += 1
                            afterSpace = false
                        }
                        offset += 1
                    }
                    offsetCount = count
                }
                scalarCount = count
            }
        }
        if scalars.isEmpty {
            scalars = newScalars
            offsets = newOffsets
        } else {
            scalars += newScalars
            offsets += newOffsets
        }
    }

    /// Adds another collapsed text (of a later turn starting at file offset `lowerBound`), as
    /// ``append(_:)`` would have added that turn.
    mutating func append(_ other: CollapsedText, startingAt lowerBound: Int) {
        if !scalars.isEmpty && scalars.last != " " {
            scalars.append(" ")
            offsets.append(lowerBound)
        }
        scalars += other.scalars
        offsets += other.offsets
    }

    /// The file range of the first occurrence of `needle`.
    func find(_ needle: [Unicode.Scalar], folded: Bool, from start: Int = 0) -> Range<Int>? {
        guard let (lower, upper) = findIndices(needle, folded: folded, from: start) else { return nil }
        return offsets[lower]..<(offsets[upper - 1] + 1)
    }

    func findIndices(_ needle: [Unicode.Scalar], folded: Bool, from start: Int = 0) -> (Int, Int)? {
        guard !needle.isEmpty, needle.count <= scalars.count - start else { return nil }
        let pattern = folded ? needle.map(Self.fold) : needle
        let haystack = folded ? scalars.map(Self.fold) : scalars
        let first = pattern[0]
        var index = start
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < pattern.count && haystack[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return (index, index + pattern.count) }
            }
            index += 1
        }
        return nil
    }

    /// Finds `parts` in order (each exactly or folded) and returns the span from the first to the last.
    func findInOrder(_ parts: [[Unicode.Scalar]]) -> Range<Int>? {
        var position = 0
        var lower: Int?
        var upper = 0
        for part in parts {
            guard
                let (start, end) = findIndices(part, folded: false, from: position)
                    ?? findIndices(part, folded: true, from: position)
            else { return nil }
            if lower == nil { lower = start }
            upper = end
            position = end
        }
        guard let lower else { return nil }
        return offsets[lower]..<(offsets[upper - 1] + 1)
    }

    /// The passage most like `quote`, if it shares at least half its characters.
    func closestPassage(to quote: String) -> String? {
        let pattern = Array(quote.unicodeScalars.map(Self.fold)).map(Character.init)
        let text = scalars.map(Self.fold).map(Character.init)
        guard !pattern.isEmpty, let best = EditDistance.bestSubstring(of: pattern, in: text),
            best.edits * 2 < pattern.count
        else { return nil }
        var lower = best.range.lowerBound
        var upper = best.range.upperBound
        while lower > 0 && scalars[lower - 1] != " " && best.range.lowerBound - lower < 20 { lower -= 1 }
        while upper < scalars.count && scalars[upper] != " " && upper - best.range.upperBound < 20 { upper += 1 }
        // Show the rest of the sentence when it ends soon after the match.
        if let end = scalars[upper...].prefix(16).firstIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) {
            upper = end + 1
        }
        var passage = ""
        passage.unicodeScalars.append(contentsOf: scalars[lower..<upper])
        return passage
    }

    /// Folds one scalar for lenient comparison: lower case, no accents, straight quotes and
    /// hyphens for their typographic forms.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "’", "‘", "‛", "`", "´": return "'"
        case "“", "”", "„", "«", "»": return "\""
        case "–", "—", "‐", "‑": return "-"
        default: break
        }
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        return String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
            .first ?? scalar
    }
}
