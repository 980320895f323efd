/// The sentences of a turn, for quoting the sentence a keyword matched.
///
/// A sentence ends after `.`, `!`, `?` or `…` (optionally followed by a closing quote or
/// bracket) when white space follows and the next text starts with a capital letter, a
/// digit, or an opening quote or bracket, so `bijv. samen` and `3.5` stay inside one
/// sentence. The end of a paragraph always ends a sentence.
enum TurnSentences {
    /// The sentences of `turn` as code-point ranges in the transcript file, without
    /// surrounding white space, in order.
    static func ranges(of turn: Turn) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let scalars = Array(turn.text.unicodeScalars)
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
            while last > begin && scalars[last - 1].properties.isWhitespace { last -= 1 }
            if last > begin { result.append(begin..<last) }
            start = nil
        }
        var index = lower
        while index < upper {
            let scalar = scalars[index]
            if start == nil {
                if !scalar.properties.isWhitespace { start = index }
                index += 1
                continue
            }
            guard terminators.contains(scalar) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < upper, terminators.contains(scalars[end]) || closers.contains(scalars[end]) { end += 1 }
            var next = end
            while next < upper, scalars[next].properties.isWhitespace { next += 1 }
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

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "„", "(", "[", "«"]

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.numericType != nil || openers.contains(scalar)
    }
}
