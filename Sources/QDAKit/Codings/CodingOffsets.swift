/// The optional `start` and `end` columns of a coding file: the coded segment as code-point
/// offsets in the transcript file, end exclusive (the REFI-QDA convention).
///
/// `qda import` writes them for selections made in another program, which need not fall on
/// whole turns and whose text may occur more than once in a turn. The offsets must lie in
/// the named turns (they may take in the white space and the speaker label around them,
/// never text of another turn). When the row also has a quote, the text at the offsets must agree with it; when
/// it does not (the transcript was edited after the import), the quote is looked up as
/// usual and the offsets are ignored with a warning.
struct CodingOffsets {
    /// What the offsets resolve to.
    enum Outcome {
        /// The range to use, with a warning when the offsets were replaced by the quote's place.
        case success(Range<Int>, warning: String?)
        /// Why the row cannot be placed, and whether the problem is in the quote column.
        case failure(String, atQuote: Bool)
    }

    var startText: String
    var endText: String
    var turns: ClosedRange<Int>
    var transcript: Transcript
    var quote: String?

    func resolve() -> Outcome {
        guard !startText.isEmpty, !endText.isEmpty else {
            return .failure("give both `start` and `end` offsets, or neither", atQuote: false)
        }
        guard let start = Int(startText), let end = Int(endText), start >= 0, end > start else {
            return .failure(
                "`\(startText)`–`\(endText)` are not code-point offsets; `start` and `end` must be whole numbers with start < end",
                atQuote: false)
        }
        let range = start..<end
        let named = Array(transcript.turns[(turns.lowerBound - 1)..<turns.upperBound])
        let first = named.first!
        let last = named.last!
        let lowest = turns.lowerBound >= 2 ? transcript.turns[turns.lowerBound - 2].range.upperBound : 0
        let highest =
            turns.upperBound < transcript.turns.count ? transcript.turns[turns.upperBound].range.lowerBound : Int.max
        guard range.lowerBound >= lowest, range.upperBound <= highest else {
            let span = "\(first.range.lowerBound)–\(last.range.upperBound)"
            return .failure(
                "offsets \(start)–\(end) are not in turn \(describe(turns)) (which covers \(span))", atQuote: false)
        }
        guard let quote else { return .success(range, warning: nil) }
        let wanted = TextFolding.collapseWhitespace(quote)
        let pieces = named.map { TextFolding.collapseWhitespace($0.substring(offsets: range)) }.filter { !$0.isEmpty }
        if pieces.allSatisfy({ wanted.contains($0) }) { return .success(range, warning: nil) }
        let others = transcript.turns.filter { !turns.contains($0.number) }
        if let found = QuoteMatcher.match(quote, in: named, others: others).range {
            return .success(
                found,
                warning:
                    "the text at offsets \(start)–\(end) is not the quote (was the transcript edited?); the quote was found at \(found.lowerBound)–\(found.upperBound) and is used"
            )
        }
        return .failure(
            "the text at offsets \(start)–\(end) is not the quote, and the quote is not in turn \(describe(turns))",
            atQuote: true)
    }

    private func describe(_ turns: ClosedRange<Int>) -> String {
        turns.lowerBound == turns.upperBound ? "\(turns.lowerBound)" : "\(turns.lowerBound)-\(turns.upperBound)"
    }
}
