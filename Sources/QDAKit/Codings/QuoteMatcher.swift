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
    /// transcript's turns, searched to say where a misplaced quote really is.
    public static func match(_ quote: String, in turns: [Turn], others: [Turn] = []) -> Outcome {
        let text = CollapsedText(turns)
        let candidates = quoteVariants(quote)
        for candidate in candidates {
            if let range = text.find(Array(candidate.unicodeScalars), folded: false) { return .exact(range) }
        }
        for candidate in candidates {
            if let range = text.find(Array(candidate.unicodeScalars), folded: true) { return .folded(range) }
        }
        for candidate in candidates {
            let parts = elisionParts(candidate)
            if parts.count >= 2, let range = text.findInOrder(parts) { return .elided(range) }
        }
        for turn in others where !turn.isInterviewer {
            let other = CollapsedText([turn])
            for candidate in candidates {
                if let range = other.find(Array(candidate.unicodeScalars), folded: false) {
                    return .elsewhere(turn: turn.number, range: range)
                }
            }
        }
        return .notFound(closest: text.closestPassage(to: candidates[0]))
    }

    /// The quote with white space collapsed and, as a second try, without the quotation
    /// marks a coder may have put around it.
    static func quoteVariants(_ quote: String) -> [String] {
        let collapsed = TextFolding.collapseWhitespace(quote)
        var variants = [collapsed]
        let marks: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "„", "«", "»"]
        if let first = collapsed.first, let last = collapsed.last, collapsed.count > 2, marks.contains(first),
            marks.contains(last)
        {
            variants.append(TextFolding.collapseWhitespace(collapsed.dropFirst().dropLast()))
        }
        return variants
    }

    /// The parts of a quote between omission marks (`…`, `...`, `[…]`, `(…)`, `[...]`).
    static func elisionParts(_ quote: String) -> [[Unicode.Scalar]] {
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
        for turn in turns {
            if !scalars.isEmpty && scalars.last != " " {
                scalars.append(" ")
                offsets.append(turn.range.lowerBound)
            }
            var offset = turn.range.lowerBound
            for scalar in turn.text.unicodeScalars {
                if scalar.properties.isWhitespace {
                    if !scalars.isEmpty && scalars.last != " " {
                        scalars.append(" ")
                        offsets.append(offset)
                    }
                } else {
                    scalars.append(scalar)
                    offsets.append(offset)
                }
                offset += 1
            }
        }
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
