/// What counts as one unit when two codings are compared. Interviewer turns are never part
/// of a unit.
public enum AgreementUnitKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A participant turn (the default).
    case turn
    /// A paragraph of a participant turn (turns are split at blank lines).
    case paragraph
    /// A sentence of a participant turn.
    case sentence
    /// A character (Unicode code point) of a participant turn, as NVivo compares codings.
    case character
    /// A whole transcript: a code is present when it was applied anywhere in it.
    case transcript

    /// Parses a unit name in English or Dutch (`turn`, `beurt`, `spreekbeurt`, `alinea`, …).
    public init?(name: String) {
        switch TextFolding.fold(name.trimmingWhitespace()) {
        case "turn", "turns", "beurt", "spreekbeurt": self = .turn
        case "paragraph", "paragraphs", "alinea", "paragraaf": self = .paragraph
        case "sentence", "sentences", "zin", "zinnen": self = .sentence
        case "character", "characters", "char", "teken", "tekens": self = .character
        case "transcript", "transcripts", "interview", "document": self = .transcript
        default: return nil
        }
    }

    /// The unit's name in `language`, singular or plural (`spreekbeurt`, `participant turns`).
    public func name(in language: ReportLanguage, plural: Bool = false) -> String {
        switch (self, language) {
        case (.turn, .dutch): plural ? "spreekbeurten" : "spreekbeurt"
        case (.turn, .english): plural ? "participant turns" : "participant turn"
        case (.paragraph, .dutch): plural ? "alinea's" : "alinea"
        case (.paragraph, .english): plural ? "paragraphs" : "paragraph"
        case (.sentence, .dutch): plural ? "zinnen" : "zin"
        case (.sentence, .english): plural ? "sentences" : "sentence"
        case (.character, .dutch): plural ? "tekens" : "teken"
        case (.character, .english): plural ? "characters" : "character"
        case (.transcript, .dutch): plural ? "transcripten" : "transcript"
        case (.transcript, .english): plural ? "transcripts" : "transcript"
        }
    }
}
