/// The sentences of a turn, for quoting the sentence a keyword matched: the reference form
/// of the rule that ``SentenceTracker`` applies while folding (tests check that they agree).
///
/// A sentence ends after `.`, `!`, `?` or `…` (optionally followed by a closing quote or
/// bracket) when white space follows and the next text starts with a capital letter, a
/// digit, or an opening quote or bracket, so `bijv. samen` and `3.5` stay inside one
/// sentence. The end of a paragraph always ends a sentence.
enum TurnSentences {
    /// The sentences of `turn` as code-point ranges in the transcript file, without
    /// surrounding white space, in order.
    static func ranges(of turn: Turn) -> [Range<Int>] {
        ranges(of: turn, scalars: Array(turn.text.unicodeScalars))
    }

    /// The sentences of `turn`, whose text is `scalars`.
    static func ranges(of turn: Turn, scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let base = turn.range.lowerBound
        let paragraphs = turn.paragraphs.isEmpty ? [turn.range] : turn.paragraphs
        for paragraph in paragraphs {
            let lower = max(paragraph.lowerBound - base, 0)
            let upper = min(paragraph.upperBound - base, scalars.count)
            guard lower < upper else { continue }
            for sentence in split(scalars, lower, upper) {
                result.append((sentence.lowerBound + base)..<(sentence.upperBound + base))
            }
        }
        return result
    }

    /// The sentences of `scalars[lower..<upper]`, as indices into `scalars`.
    static func split(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        func close(at end: Int) {
            guard let begin = start else { return }
            var last = end
            while last > begin && scalars[last - 1].isSpace { last -= 1 }
            if last > begin { result.append(begin..<last) }
            start = nil
        }
        var index = lower
        while index < upper {
            let scalar = scalars[index]
            if start == nil {
                if !scalar.isSpace { start = index }
                index += 1
                continue
            }
            guard isTerminator(scalar) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < upper, isTerminator(scalars[end]) || isCloser(scalars[end]) { end += 1 }
            var next = end
            while next < upper, scalars[next].isSpace { next += 1 }
            if next == upper {
                close(at: end)
                index = next
            } else if next > end, startsSentence(scalars[next]) {
                close(at: end)
                index = next
            } else {
                index = end
            }
        }
        close(at: upper)
        return result
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", ")", "]", "»": true
        default: false
        }
    }

    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "‘", "„", "(", "[", "«": true
        default: false
        }
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || isOpener(scalar)
        }
        return scalar.properties.isUppercase || scalar.properties.numericType != nil || isOpener(scalar)
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is white space, with a fast path for ASCII.
    var isSpace: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
}
