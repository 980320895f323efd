/// A candidate code found in the data by ``TermSuggester``.
public struct Suggestion: Hashable, Sendable, Codable {
    /// One occurrence shown in context.
    public struct Context: Hashable, Sendable, Codable {
        /// The transcript's file name.
        public var file: String
        /// The transcript.
        public var transcript: TranscriptID
        /// The turn number.
        public var turn: Int
        /// Who speaks.
        public var participant: ParticipantID?
        /// The text before the term.
        public var before: String
        /// The term as written.
        public var match: String
        /// The text after the term.
        public var after: String
    }

    /// The word or phrase, as first written in a transcript (lower case).
    public var term: String
    /// How distinctive the term is of uncovered text: the weighted log-odds ratio against
    /// coded text divided by its standard error (a z-score).
    public var score: Double
    /// Occurrences in text no coding covers.
    public var uncoveredCount: Int
    /// Occurrences in coded text.
    public var coveredCount: Int
    /// Coded segments that contain the term.
    public var codedSegments: Int
    /// The participants who use it in uncovered text, in order of first use.
    public var participants: [ParticipantID]
    /// A keyword to put in the codebook for it (`wachtlijst*`, `"vaste plek"`).
    public var keyword: String
    /// Some occurrences in context, from different participants where possible.
    public var contexts: [Context]
}

/// What `qda suggest` found.
public struct SuggestionReport: Hashable, Sendable, Codable {
    /// The study folder.
    public var study: String
    /// The coders whose codings count as covering text.
    public var coders: [CoderID]
    /// The participant noun used in the text.
    public var participantNoun: ParticipantNoun
    /// Words in participant text that no coding covers.
    public var uncoveredWords: Int
    /// Words in coded participant text.
    public var coveredWords: Int
    /// Coded segments (the documents of the idf).
    public var codedSegments: Int
    /// The suggestions, best first.
    public var suggestions: [Suggestion]

    /// The report as Markdown.
    public var markdown: String {
        var out = ["# Candidate codes: \(study)", ""]
        let coderList = coders.isEmpty ? "no coder yet" : coders.map(\.rawValue).joined(separator: ", ")
        out.append(
            "Words and phrases that are frequent in participant text no coding covers (coders: \(coderList)) and rare in the \(codedSegments) coded segments, most distinctive first (weighted log-odds z against the coded text). \(uncoveredWords.grouped) of \((uncoveredWords + coveredWords).grouped) participant words are not coded; stop words, [placeholders] and words a keyword matches are left out."
        )
        if suggestions.isEmpty {
            out += ["", "No candidates: every frequent word is coded, a stop word, or matched by a keyword."]
        }
        for (rank, suggestion) in suggestions.enumerated() {
            let noun = suggestion.participants.count == 1 ? participantNoun.singular : participantNoun.plural
            let score = (suggestion.score * 10).rounded() / 10
            out += [
                "", "## \(rank + 1). \(suggestion.term)", "",
                "\(suggestion.uncoveredCount)× in uncovered text, \(suggestion.coveredCount)× in coded text (\(suggestion.codedSegments) segment\(suggestion.codedSegments == 1 ? "" : "s")); \(suggestion.participants.count) \(noun): \(suggestion.participants.map(\.rawValue).joined(separator: ", ")). z = \(score). Keyword: `\(suggestion.keyword)`",
                "",
            ]
            for context in suggestion.contexts {
                out.append("- `\(context.file):\(context.turn)` \(context.before)**\(context.match)**\(context.after)")
            }
        }
        if !suggestions.isEmpty {
            out += [
                "", "To adopt one: `qda codebook add \"Name\" --inductive --keywords '\(suggestions[0].keyword)'`",
            ]
        }
        return out.joined(separator: "\n") + "\n"
    }
}
