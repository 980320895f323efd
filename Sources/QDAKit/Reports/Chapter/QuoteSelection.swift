/// A passage chosen to quote, with who said it.
struct SelectedQuote: Hashable {
    /// The quoted text, white space collapsed.
    var text: String
    /// The speaker's pseudonym.
    var participant: ParticipantID
    /// Where it is.
    var transcript: TranscriptID
    var range: Range<Int>
}

/// Chooses quotes for a code: quotes the coder marked in the coding files first, from
/// distinct participants, of a sensible length, never a passage already quoted elsewhere
/// in the chapter, and never interviewer text.
struct QuoteSelection {
    /// The longest quote printed whole; longer ones are cut at a sentence end with `[…]`.
    static let maximumLength = 700
    /// Whole turns up to this length may be quoted when a code has no marked quotes.
    static let maximumWholeTurn = 320

    let study: Study
    let transcripts: [TranscriptID: Transcript]
    var used: [TranscriptID: [Range<Int>]] = [:]

    init(study: Study) {
        self.study = study
        self.transcripts = Dictionary(study.transcripts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Up to `limit` quotes for `code`, each from a different participant.
    mutating func choose(for code: CodeCount, codings: [Coding], limit: Int) -> [SelectedQuote] {
        var candidates: [(quote: SelectedQuote, score: Int, order: Int)] = []
        for (order, quote) in code.quotes.enumerated() {
            guard quote.participants.count == 1, let text = text(of: quote) else { continue }
            let selected = SelectedQuote(
                text: text, participant: quote.participants[0], transcript: quote.transcript, range: quote.range)
            candidates.append((selected, Self.score(text), order))
        }
        if candidates.isEmpty {
            for (order, coding) in codings.enumerated() where coding.quote == nil {
                guard let transcript = transcripts[coding.transcript],
                    coding.turns.lowerBound == coding.turns.upperBound,
                    let turn = transcript.turn(coding.turns.lowerBound), let participant = turn.participant
                else { continue }
                let text = TextFolding.collapseWhitespace(turn.text)
                guard text.count <= Self.maximumWholeTurn, text.count >= 40 else { continue }
                let selected = SelectedQuote(
                    text: text, participant: participant, transcript: transcript.id, range: turn.range)
                candidates.append((selected, Self.score(text) - 1, order))
            }
        }
        candidates.sort { ($0.score, -$0.order) > ($1.score, -$1.order) }
        var chosen: [SelectedQuote] = []
        for candidate in candidates where chosen.count < limit {
            let quote = candidate.quote
            guard !chosen.contains(where: { $0.participant == quote.participant }),
                !(used[quote.transcript] ?? []).contains(where: { $0.overlaps(quote.range) })
            else { continue }
            chosen.append(quote)
            used[quote.transcript, default: []].append(quote.range)
        }
        return chosen
    }

    /// The quote's text: the transcript's own text at the quoted range (white space
    /// collapsed), or the coder's text when it marks omissions with an ellipsis. `nil` when
    /// the range reaches into an interviewer turn.
    func text(of quote: CodeQuote) -> String? {
        guard let transcript = transcripts[quote.transcript] else { return nil }
        let turns = transcript.turnIndices(overlapping: quote.range).map { transcript.turns[$0] }
        guard !turns.isEmpty, turns.allSatisfy({ !$0.isInterviewer }) else { return nil }
        var text: String
        if UTF8Scan.containsEllipsis(quote.text) {
            text = TextFolding.collapseWhitespace(quote.text)
        } else {
            text = TextFolding.collapseWhitespace(
                turns.map { String($0.substring(offsets: quote.range)) }.joined(separator: " "))
        }
        if text.count > Self.maximumLength { text = Self.shorten(text) }
        // A quote that starts mid-sentence is marked as such.
        if let first = text.first, first.isLowercase { text = "… " + text }
        return text
    }

    /// Prefers quotes of 60–450 characters; very short and very long ones score lower.
    static func score(_ text: String) -> Int {
        switch text.count {
        case ..<25: return 0
        case ..<60: return 2
        case ...450: return 4
        default: return 3
        }
    }

    /// Cuts a long quote at the last sentence end before the maximum and marks the omission.
    static func shorten(_ text: String) -> String {
        let prefix = String(text.prefix(maximumLength))
        if let end = prefix.lastIndex(where: { $0 == "." || $0 == "?" || $0 == "!" }),
            prefix.distance(from: prefix.startIndex, to: end) > 200
        {
            return String(prefix[...end]) + " […]"
        }
        return String(prefix[..<(prefix.lastIndex(of: " ") ?? prefix.endIndex)]) + " […]"
    }
}
