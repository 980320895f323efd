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
            for sentence in SentenceSplitter.split(scalars, lower, upper) {
                result.append((sentence.lowerBound + base)..<(sentence.upperBound + base))
            }
        }
        return result
    }
}
