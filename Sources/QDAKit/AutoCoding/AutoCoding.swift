/// One coding proposed by the auto-coder: a code on a sentence (or a run of adjacent
/// sentences) that a keyword matched, or on a whole turn that answers a guide question.
public struct AutoCoding: Hashable, Sendable, Codable {
    /// The transcript.
    public var transcript: TranscriptID
    /// The participant turn.
    public var turn: Int
    /// The code (its name in the codebook).
    public var code: String
    /// The coded segment: code-point offsets in the transcript file, end exclusive.
    public var range: Range<Int>
    /// The sentence(s) that matched, white space collapsed; `nil` when the whole turn is coded.
    public var quote: String?
    /// The keywords that matched, as written in the codebook, in codebook order.
    public var keywords: [String]
    /// The guide topic, when the coding comes from the interview guide.
    public var topic: String?
    /// The interviewer turn whose question the coded turn answers (guide codings).
    public var questionTurn: Int?

    /// Creates a coding.
    public init(
        transcript: TranscriptID, turn: Int, code: String, range: Range<Int>, quote: String? = nil,
        keywords: [String] = [], topic: String? = nil, questionTurn: Int? = nil
    ) {
        self.transcript = transcript
        self.turn = turn
        self.code = code
        self.range = range
        self.quote = quote
        self.keywords = keywords
        self.topic = topic
        self.questionTurn = questionTurn
    }

    /// The memo written to the coding file: the guide topic and the keywords that matched,
    /// phrases without their quotes (`keyword: verzuim*`,
    /// `guide: Signalering (question in turn 5); keywords: verzuim*, niet meer op school`).
    public var memo: String {
        var parts: [String] = []
        if let topic { parts.append("guide: \(topic)" + (questionTurn.map { " (question in turn \($0))" } ?? "")) }
        let shown = keywords.map { KeywordRule.unquote($0) ?? $0 }
        if shown.count == 1 {
            parts.append("keyword: \(shown[0])")
        } else if shown.count > 1 {
            parts.append("keywords: \(shown.joined(separator: ", "))")
        }
        return parts.joined(separator: "; ")
    }
}
