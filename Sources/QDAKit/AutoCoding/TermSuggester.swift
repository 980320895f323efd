import Foundation

/// Candidate codes from the data: words and two-word phrases that are frequent in
/// participant text no coding covers, and rare in the text that is coded.
///
/// Each term is scored against the coded text, like tf-idf but with a correction for chance:
/// the weighted log-odds ratio of its frequency in uncovered versus coded text, divided by
/// its standard error (Monroe, Colaresi & Quinn 2008, with the term's overall count as the
/// prior), so a word that is as common in coded text as elsewhere scores about zero, and one
/// that only occurs in uncovered text scores higher the more often it occurs. Stop words (Dutch and
/// English, with the fillers of spoken language), words of fewer than three letters,
/// numbers, bracketed placeholders (`[oprichter Back on Traxx]`) and words that a codebook
/// keyword already matches are left out.
public enum TermSuggester {
    /// Options for ``suggest(_:options:)``.
    public struct Options: Sendable {
        /// The coders whose codings count as covering text; empty for all coders.
        public var coders: [CoderID]
        /// How many suggestions to return.
        public var limit: Int
        /// The fewest occurrences in uncovered text.
        public var minimumCount: Int
        /// The fewest participants who must use the term.
        public var minimumParticipants: Int
        /// Keyword-in-context lines per suggestion.
        public var contextLines: Int

        /// Creates options.
        public init(
            coders: [CoderID] = [], limit: Int = 15, minimumCount: Int = 3, minimumParticipants: Int = 2,
            contextLines: Int = 3
        ) {
            self.coders = coders
            self.limit = limit
            self.minimumCount = minimumCount
            self.minimumParticipants = minimumParticipants
            self.contextLines = contextLines
        }
    }

    /// Loads the study at `path` and suggests candidate codes: the library call behind
    /// `qda suggest`.
    public static func suggest(
        studyAt path: String, loader: StudyLoader.Options = .init(), options: Options = Options()
    )
        throws -> SuggestionReport
    {
        let study = try StudyLoader(options: loader).load(path)
        let unknown = options.coders.filter { !study.coders.contains($0) }
        guard unknown.isEmpty else {
            throw QDAError.usage(
                "no coder \(unknown.map { "`\($0)`" }.joined(separator: ", ")) in \(study.root); coders: \(study.coders.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return suggest(study, options: options)
    }

    /// One occurrence of a term.
    private struct Occurrence {
        var transcript: Int
        var turn: Int
        var range: Range<Int>
    }

    private struct Token {
        var text: String
        var range: Range<Int>
        var isCovered: Bool
        var isEligible: Bool
        var startsAfterBarrier: Bool
    }

    /// Suggests candidate codes for a loaded study.
    public static func suggest(_ study: Study, options: Options = Options()) -> SuggestionReport {
        let coders = options.coders.isEmpty ? study.coders : options.coders
        let keywordIndex = study.codebook.map { KeywordRules.compile($0).rules.index }
        var uncovered: [String: [Occurrence]] = [:]
        var surface: [String: String] = [:]
        var segmentsWith: [String: Int] = [:]
        var coveredCounts: [String: Int] = [:]
        var segmentCount = 0
        var uncoveredWords = 0
        var coveredWords = 0
        var folded = FoldedText()
        for (transcriptIndex, transcript) in study.transcripts.enumerated() {
            let codings = study.codingFiles.filter { $0.transcript == transcript.id && coders.contains($0.coder) }
                .flatMap(\.codings)
            let segments = Array(Set(codings.map(\.range))).sorted { $0.lowerBound < $1.lowerBound }
            segmentCount += segments.count
            var segmentTerms = [Set<String>](repeating: [], count: segments.count)
            for turn in transcript.participantTurns {
                let keywordHits = keywordIndex.map { $0.hits(in: turn.text, folded: &folded).map(\.range) } ?? []
                folded.fold(turn.text)
                let tokens = tokenize(turn, folded: folded, segments: segments, keywordHits: keywordHits)
                for (position, token) in tokens.enumerated() {
                    let absolute = token.range.offset(turn)
                    var terms: [(String, Range<Int>)] = []
                    if token.isEligible { terms.append((token.text, token.range)) }
                    if position + 1 < tokens.count {
                        let next = tokens[position + 1]
                        if token.isEligible, next.isEligible, !next.startsAfterBarrier,
                            token.isCovered == next.isCovered
                        {
                            terms.append((token.text + " " + next.text, token.range.lowerBound..<next.range.upperBound))
                        }
                    }
                    if token.isCovered {
                        coveredWords += 1
                        for (term, _) in terms { coveredCounts[term, default: 0] += 1 }
                        for (index, segment) in segments.enumerated() where segment.overlaps(absolute) {
                            for (term, _) in terms { segmentTerms[index].insert(term) }
                        }
                    } else {
                        uncoveredWords += 1
                        for (term, range) in terms {
                            uncovered[term, default: []].append(
                                Occurrence(transcript: transcriptIndex, turn: turn.number - 1, range: range))
                            if surface[term] == nil {
                                surface[term] = TextFolding.collapseWhitespace(
                                    turn.substring(offsets: range.offset(turn))
                                )
                                .lowercased()
                            }
                        }
                    }
                }
            }
            for terms in segmentTerms {
                for term in terms { segmentsWith[term, default: 0] += 1 }
            }
        }
        struct Scored {
            var term: String
            var score: Double
            var occurrences: [Occurrence]
            var participants: [ParticipantID]
        }
        var scored: [Scored] = []
        for (term, occurrences) in uncovered where occurrences.count >= options.minimumCount {
            var seen = Set<ParticipantID>()
            var participants: [ParticipantID] = []
            for occurrence in occurrences {
                let turn = study.transcripts[occurrence.transcript].turns[occurrence.turn]
                if let participant = turn.participant, seen.insert(participant).inserted {
                    participants.append(participant)
                }
            }
            guard participants.count >= options.minimumParticipants else { continue }
            let score = distinctiveness(
                uncovered: occurrences.count, covered: coveredCounts[term] ?? 0, uncoveredTotal: uncoveredWords,
                coveredTotal: coveredWords)
            guard score > 0 else { continue }  // no more frequent in uncovered text than elsewhere
            scored.append(Scored(term: term, score: score, occurrences: occurrences, participants: participants))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        var chosen: [Scored] = []
        for candidate in scored where chosen.count < options.limit {
            // A word mostly used inside a phrase already suggested adds nothing.
            let words = candidate.term.split(separator: " ")
            if words.count == 1,
                chosen.contains(where: { phrase in
                    phrase.term.split(separator: " ").contains(words[0])
                        && Double(phrase.occurrences.count) >= 0.75 * Double(candidate.occurrences.count)
                })
            {
                continue
            }
            chosen.append(candidate)
        }
        let suggestions = chosen.map { candidate -> Suggestion in
            let wildcard =
                !candidate.term.contains(" ")
                && uncovered.keys.contains { $0 != candidate.term && !$0.contains(" ") && $0.hasPrefix(candidate.term) }
            let keyword =
                candidate.term.contains(" ") ? "\"\(candidate.term)\"" : candidate.term + (wildcard ? "*" : "")
            return Suggestion(
                term: surface[candidate.term] ?? candidate.term, score: candidate.score,
                uncoveredCount: candidate.occurrences.count, coveredCount: coveredCounts[candidate.term] ?? 0,
                codedSegments: segmentsWith[candidate.term] ?? 0,
                participants: candidate.participants, keyword: keyword,
                contexts: contexts(candidate.occurrences, in: study, limit: options.contextLines))
        }
        return SuggestionReport(
            study: study.root, coders: coders, participantNoun: study.participantNoun, uncoveredWords: uncoveredWords,
            coveredWords: coveredWords, codedSegments: segmentCount, suggestions: suggestions)
    }

    /// The weighted log-odds ratio of a term in uncovered versus coded text, divided by its
    /// standard error (Monroe, Colaresi & Quinn 2008), with the term's count in all
    /// participant text as an informative Dirichlet prior: positive when the term is more
    /// frequent in uncovered text than its overall frequency predicts, and the more so the
    /// more evidence there is.
    static func distinctiveness(uncovered: Int, covered: Int, uncoveredTotal: Int, coveredTotal: Int) -> Double {
        let yu = Double(uncovered)
        let yc = Double(covered)
        let alpha = yu + yc
        let alpha0 = Double(uncoveredTotal + coveredTotal)
        let nu = Double(uncoveredTotal)
        let nc = Double(coveredTotal)
        let delta = log((yu + alpha) / (nu + alpha0 - yu - alpha)) - log((yc + alpha) / (nc + alpha0 - yc - alpha))
        let variance = 1 / (yu + alpha) + 1 / (yc + alpha)
        return delta / variance.squareRoot()
    }

    /// The words of a turn with whether each is coded and may be suggested.
    private static func tokenize(_ turn: Turn, folded: FoldedText, segments: [Range<Int>], keywordHits: [Range<Int>])
        -> [Token]
    {
        let brackets = bracketed(turn.text)
        var tokens: [Token] = []
        let bytes = folded.bytes
        var index = 1
        var afterBarrier = false
        while index < folded.count {
            if bytes[index] == FoldedText.space {
                index += 1
                continue
            }
            if bytes[index] == FoldedText.barrier {
                afterBarrier = true
                index += 1
                continue
            }
            let end = folded.endOfWord(from: index)
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            let range = folded.sourceRange(index, end)
            let absolute = (range.lowerBound + turn.range.lowerBound)..<(range.upperBound + turn.range.lowerBound)
            let isCovered = segments.contains { $0.overlaps(absolute) }
            let inBrackets = brackets.contains { $0.contains(range.lowerBound) }
            let matched = keywordHits.contains { $0.overlaps(range) }
            let eligible =
                text.utf8.count >= 3 && !StopWords.all.contains(text) && !text.allSatisfy(\.isNumber) && !inBrackets
                && !matched
            tokens.append(
                Token(
                    text: text, range: range, isCovered: isCovered, isEligible: eligible,
                    startsAfterBarrier: afterBarrier))
            afterBarrier = false
            index = end
        }
        return tokens
    }

    /// The code-point ranges (relative to `text`) of bracketed placeholders such as `[naam school]`.
    private static func bracketed(_ text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "[" { open = index }
            if scalar == "]", let start = open {
                ranges.append(start..<(index + 1))
                open = nil
            }
        }
        return ranges
    }

    /// Keyword-in-context lines, from as many participants as possible.
    private static func contexts(_ occurrences: [Occurrence], in study: Study, limit: Int) -> [Suggestion.Context] {
        var picked: [Occurrence] = []
        var seen = Set<ParticipantID>()
        for occurrence in occurrences where picked.count < limit {
            let turn = study.transcripts[occurrence.transcript].turns[occurrence.turn]
            if let participant = turn.participant, seen.insert(participant).inserted { picked.append(occurrence) }
        }
        for occurrence in occurrences where picked.count < limit {
            let already = picked.contains {
                $0.range == occurrence.range && $0.turn == occurrence.turn && $0.transcript == occurrence.transcript
            }
            if !already { picked.append(occurrence) }
        }
        return picked.map { occurrence in
            let transcript = study.transcripts[occurrence.transcript]
            let turn = transcript.turns[occurrence.turn]
            let scalars = Array(turn.text.unicodeScalars)
            func text(_ lower: Int, _ upper: Int) -> String {
                var result = String.UnicodeScalarView()
                var lastWasSpace = false
                for scalar in scalars[max(lower, 0)..<min(upper, scalars.count)] {
                    let isSpace = scalar.properties.isWhitespace
                    if !(isSpace && lastWasSpace) { result.append(isSpace ? " " : scalar) }
                    lastWasSpace = isSpace
                }
                return String(result)
            }
            var left = max(occurrence.range.lowerBound - 50, 0)
            while left > 0 && left < occurrence.range.lowerBound && !scalars[left - 1].properties.isWhitespace {
                left += 1
            }
            var right = min(occurrence.range.upperBound + 50, scalars.count)
            while right < scalars.count && right > occurrence.range.upperBound
                && !scalars[right].properties.isWhitespace
            {
                right -= 1
            }
            return Suggestion.Context(
                file: URL(fileURLWithPath: transcript.path).lastPathComponent, transcript: transcript.id,
                turn: turn.number,
                participant: turn.participant, before: (left > 0 ? "…" : "") + text(left, occurrence.range.lowerBound),
                match: text(occurrence.range.lowerBound, occurrence.range.upperBound),
                after: text(occurrence.range.upperBound, right) + (right < scalars.count ? "…" : ""))
        }
    }
}

extension Range where Bound == Int {
    /// The range moved from turn-text offsets to file offsets.
    fileprivate func offset(_ turn: Turn) -> Range<Int> {
        (lowerBound + turn.range.lowerBound)..<(upperBound + turn.range.lowerBound)
    }
}
