/// An interview guide for structural coding: topics, each with the code its answers get,
/// patterns that recognise the interviewer's questions, and the questions themselves.
///
/// The file is Markdown:
///
/// ```
/// # Interviewleidraad
///
/// ## Signalering
/// code: Herkenning van de risicojongere
/// patterns: "dreigen uit te vallen"; signalen; "hoe herken*"
///
/// ### Hoe kom je in contact met jongeren die dreigen uit te vallen?
/// ### Aan welke signalen merk je dat?
/// patterns: "merk je"
///
/// ## Afsluiting
/// ```
///
/// `##` is a topic, `###` (or a `- ` list item) a question. `code:` names one or more codes
/// (`;`-separated); `patterns:` uses the keyword syntax of codebooks (phrases, `*`,
/// `/regex/`, `-exclude`). A question may have its own `code:` and `patterns:`; a question's
/// text is itself a pattern. A topic without a code ends the previous topic.
public struct InterviewGuide: Hashable, Sendable {
    /// One question of a topic.
    public struct Question: Hashable, Sendable {
        /// The question as written.
        public var text: String
        /// Codes for the answers to this question, when they differ from the topic's.
        public var codes: [String]
        /// Patterns that recognise the question, as written.
        public var patterns: [String]
        /// Where the question is written.
        public var location: SourceLocation
        /// Where the question's `patterns:` line is, if any.
        public var patternsLocation: SourceLocation?
    }

    /// One topic of the guide.
    public struct Topic: Hashable, Sendable {
        /// The topic's heading.
        public var name: String
        /// The codes the answers get; empty for a topic that only ends the previous one.
        public var codes: [String]
        /// Patterns that recognise the topic's questions, as written.
        public var patterns: [String]
        /// The questions.
        public var questions: [Question]
        /// Where the topic's heading is.
        public var location: SourceLocation
        /// Where the topic's `patterns:` line is, if any.
        public var patternsLocation: SourceLocation?
        /// Where the topic's `code:` line is, if any.
        public var codeLocation: SourceLocation?
    }

    /// The title.
    public var title: String
    /// The path the guide was read from.
    public var path: String
    /// The topics, in order.
    public var topics: [Topic]

    /// Parses guide text read from `path`; problems are returned as diagnostics.
    public static func parse(_ text: String, path: String) -> (guide: InterviewGuide, diagnostics: [Diagnostic]) {
        var guide = InterviewGuide(title: "", path: path, topics: [])
        var diagnostics: [Diagnostic] = []
        var inQuestion = false
        for line in TextLines.split(text) {
            let trimmed = line.text.trimmingWhitespace()
            let location = SourceLocation(path: path, line: line.number, column: 1)
            if trimmed.isEmpty { continue }
            let level = trimmed.prefix { $0 == "#" }.count
            if level > 0 {
                let name = trimmed.dropFirst(level).trimmingWhitespace()
                switch level {
                case 1 where guide.title.isEmpty && guide.topics.isEmpty:
                    guide.title = name
                case 2:
                    guide.topics.append(Topic(name: name, codes: [], patterns: [], questions: [], location: location))
                    inQuestion = false
                case 3:
                    guard addQuestion(name, at: location, to: &guide) else {
                        diagnostics.append(
                            .error(
                                "question before any topic (`## Topic`)", at: location, sourceLine: String(line.text)))
                        continue
                    }
                    inQuestion = true
                default:
                    diagnostics.append(
                        .warning(
                            "only `#` (title), `##` (topic) and `###` (question) headings are used; this one is ignored",
                            at: location, sourceLine: String(line.text)))
                }
                continue
            }
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                let question = trimmed.dropFirst(2).trimmingWhitespace()
                if addQuestion(question, at: location, to: &guide) { inQuestion = true }
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":"), let key = GuideKey(String(trimmed[..<colon])) else {
                continue  // free text: an introduction or a note for the interviewer
            }
            guard !guide.topics.isEmpty else {
                diagnostics.append(
                    .error(
                        "`\(trimmed[..<colon])` before any topic (`## Topic`)", at: location,
                        sourceLine: String(line.text)))
                continue
            }
            let value = String(trimmed[trimmed.index(after: colon)...])
            let items = CodebookKey.parseList(value)
            let valueColumn = line.text.unicodeScalars.count - value.trimmingWhitespace().unicodeScalars.count + 1
            let keyLocation = SourceLocation(path: path, line: line.number, column: valueColumn)
            let topic = guide.topics.count - 1
            switch (key, inQuestion) {
            case (.code, false):
                guide.topics[topic].codes += items
                guide.topics[topic].codeLocation = keyLocation
            case (.patterns, false):
                guide.topics[topic].patterns += items
                guide.topics[topic].patternsLocation = keyLocation
            case (.code, true):
                let question = guide.topics[topic].questions.count - 1
                guide.topics[topic].questions[question].codes += items
            case (.patterns, true):
                let question = guide.topics[topic].questions.count - 1
                guide.topics[topic].questions[question].patterns += items
                guide.topics[topic].questions[question].patternsLocation = keyLocation
            }
        }
        if guide.title.isEmpty { guide.title = Paths.stem(path) }
        if guide.topics.isEmpty {
            diagnostics.append(.error("the interview guide has no topics (`## Topic`)", at: SourceLocation(path: path)))
        }
        return (guide, diagnostics)
    }

    private static func addQuestion(_ text: String, at location: SourceLocation, to guide: inout InterviewGuide)
        -> Bool
    {
        guard !guide.topics.isEmpty else { return false }
        guide.topics[guide.topics.count - 1].questions.append(
            Question(text: text, codes: [], patterns: [], location: location))
        return true
    }

    /// Reads the guide at `path`.
    public static func read(_ path: String) throws -> (guide: InterviewGuide, diagnostics: [Diagnostic]) {
        parse(try TextFile.read(path).text, path: path)
    }
}

/// The keys of an interview guide, in English or Dutch.
private enum GuideKey {
    case code, patterns

    init?(_ text: String) {
        switch TextFolding.fold(text.trimmingWhitespace()) {
        case "code", "codes": self = .code
        case "patterns", "pattern", "patronen", "patroon", "keywords", "trefwoorden", "herkenning": self = .patterns
        default: return nil
        }
    }
}
