/// Structural coding from an interview guide: every participant turn that answers an
/// interviewer question recognised as belonging to a topic gets the topic's codes, until an
/// interviewer question of another topic.
///
/// An interviewer turn belongs to the topic whose patterns (and question texts) match the
/// most text in it; on a tie, the topic that comes first in the guide. Interviewer turns that
/// match no topic ("Kun je daar meer over vertellen?") keep the current topic.
public struct StructuralCoder: Sendable {
    /// What an interviewer turn was recognised as.
    public struct Target: Hashable, Sendable {
        /// The topic's name.
        public var topic: String
        /// The question recognised, if a question's own pattern or text matched.
        public var question: String?
        /// The codes its answers get (names in the codebook); empty ends the previous topic.
        public var codes: [String]
    }

    /// A participant turn coded from the guide.
    public struct Assignment: Hashable, Sendable {
        /// The participant turn.
        public var turn: Int
        /// The interviewer turn whose question it answers.
        public var questionTurn: Int
        /// The topic and codes.
        public var target: Target
    }

    private struct Owner: Sendable {
        var topic: Int
        var question: Int?
        var isInclude: Bool
    }

    /// The guide.
    public let guide: InterviewGuide
    private let topicCodes: [[String]]
    private let questionCodes: [[[String]]]
    private let index: KeywordIndex
    private let owners: [Owner]

    /// Compiles `guide` for `codebook`; codes are resolved through the codebook (names, ids,
    /// former names). Unknown codes and bad patterns are reported and left out.
    public static func compile(_ guide: InterviewGuide, codebook: Codebook) -> (
        coder: StructuralCoder, diagnostics: [Diagnostic]
    ) {
        let resolver = CodeResolver(codebook)
        var diagnostics: [Diagnostic] = []
        func resolve(_ names: [String], at location: SourceLocation?) -> [String] {
            names.compactMap { name in
                if let code = resolver.canonicalName(name) { return code }
                let hint = EditDistance.closest(to: name, in: codebook.codes.map(\.name))
                diagnostics.append(
                    .error(
                        "`\(name)` is not a code in the codebook", at: location,
                        notes: hint.map { ["did you mean `\($0)`?"] } ?? []))
                return nil
            }
        }
        var patterns: [KeywordPattern] = []
        var owners: [Owner] = []
        func add(_ written: String, owner: Owner, at location: SourceLocation?) {
            do {
                switch try KeywordRule.parse(written) {
                case .include(let pattern):
                    patterns.append(pattern)
                    owners.append(owner)
                case .exclude(let pattern):
                    patterns.append(pattern)
                    owners.append(Owner(topic: owner.topic, question: owner.question, isInclude: false))
                case .require:
                    diagnostics.append(.error("pattern `\(written)`: `+Code` has no meaning in a guide", at: location))
                }
            } catch {
                diagnostics.append(.error("pattern `\(written)`: \(error.message)", at: location))
            }
        }
        var topicCodes: [[String]] = []
        var questionCodes: [[[String]]] = []
        for (topicIndex, topic) in guide.topics.enumerated() {
            topicCodes.append(resolve(topic.codes, at: topic.codeLocation ?? topic.location))
            for pattern in topic.patterns {
                add(
                    pattern, owner: Owner(topic: topicIndex, question: nil, isInclude: true), at: topic.patternsLocation
                )
            }
            var codes: [[String]] = []
            for (questionIndex, question) in topic.questions.enumerated() {
                codes.append(resolve(question.codes, at: question.location))
                let owner = Owner(topic: topicIndex, question: questionIndex, isInclude: true)
                for pattern in question.patterns { add(pattern, owner: owner, at: question.patternsLocation) }
                let literal = String(question.text.filter { !"*\"“”„/".contains($0) })
                if case .include(let pattern)? = try? KeywordRule.parse("\"\(literal)\"") {
                    patterns.append(pattern)
                    owners.append(owner)
                }
            }
            questionCodes.append(codes)
        }
        let coder = StructuralCoder(
            guide: guide, topicCodes: topicCodes, questionCodes: questionCodes, index: KeywordIndex(patterns),
            owners: owners)
        return (coder, diagnostics)
    }

    /// The topic an interviewer's text belongs to, if any pattern matches.
    public func recognise(_ text: some StringProtocol) -> Target? {
        var folded = FoldedText()
        return recognise(text, folded: &folded)
    }

    func recognise(_ text: some StringProtocol, folded: inout FoldedText) -> Target? {
        let hits = index.hits(in: text, folded: &folded)
        guard !hits.isEmpty else { return nil }
        var topicScore: [Int: Int] = [:]
        var questionScore: [Int: [Int: Int]] = [:]
        var vetoed = Set<Int>()
        for hit in hits {
            let owner = owners[hit.pattern]
            guard owner.isInclude else {
                vetoed.insert(owner.topic)
                continue
            }
            topicScore[owner.topic, default: 0] += hit.range.count
            if let question = owner.question {
                questionScore[owner.topic, default: [:]][question, default: 0] += hit.range.count
            }
        }
        let candidates = topicScore.filter { !vetoed.contains($0.key) }
        guard let best = candidates.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else {
            return nil
        }
        let topic = best.key
        var target = Target(topic: guide.topics[topic].name, question: nil, codes: topicCodes[topic])
        if let questions = questionScore[topic],
            let question = questions.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key
        {
            target.question = guide.topics[topic].questions[question].text
            if !questionCodes[topic][question].isEmpty { target.codes = questionCodes[topic][question] }
        }
        return target
    }

    /// The participant turns of `transcript` coded from the guide.
    public func assignments(in transcript: Transcript) -> [Assignment] {
        var folded = FoldedText()
        var current: (target: Target, turn: Int)?
        var result: [Assignment] = []
        for turn in transcript.turns {
            if turn.isInterviewer {
                if let target = recognise(turn.text, folded: &folded) { current = (target, turn.number) }
            } else if let current, !current.target.codes.isEmpty {
                result.append(Assignment(turn: turn.number, questionTurn: current.turn, target: current.target))
            }
        }
        return result
    }
}
