/// Applies compiled keyword rules and an interview guide to one transcript.
struct TranscriptAutoCoder: Sendable {
    let rules: KeywordRules
    let structural: StructuralCoder?
    /// The position of each code in the codebook, to order a turn's codings.
    let codeOrder: [String: Int]

    /// The codings for `transcript`, ordered by turn, then codebook order, then position.
    func code(_ transcript: Transcript) -> [AutoCoding] {
        var folded = FoldedText()
        var guided: [Int: StructuralCoder.Assignment] = [:]
        for assignment in structural?.assignments(in: transcript) ?? [] { guided[assignment.turn] = assignment }
        var result: [AutoCoding] = []
        for turn in transcript.turns where !turn.isInterviewer {
            var codings: [String: [AutoCoding]] = [:]
            if let assignment = guided[turn.number] {
                for code in assignment.target.codes where codings[code] == nil {
                    codings[code] = [
                        AutoCoding(
                            transcript: transcript.id, turn: turn.number, code: code, range: turn.range,
                            topic: assignment.target.topic, questionTurn: assignment.questionTurn)
                    ]
                }
            }
            codeKeywords(in: turn, transcript: transcript.id, folded: &folded, into: &codings)
            let ordered = codings.values.flatMap { $0 }.sorted {
                let left = codeOrder[$0.code] ?? Int.max
                let right = codeOrder[$1.code] ?? Int.max
                return left != right ? left < right : $0.range.lowerBound < $1.range.lowerBound
            }
            result += ordered
        }
        return result
    }

    private func codeKeywords(
        in turn: Turn, transcript: TranscriptID, folded: inout FoldedText, into codings: inout [String: [AutoCoding]]
    ) {
        let hits = rules.index.hits(in: turn.text, folded: &folded)
        guard !hits.isEmpty else { return }
        let base = turn.range.lowerBound
        let sentences = TurnSentences.ranges(of: turn)
        guard !sentences.isEmpty else { return }
        func sentencesCovering(_ range: Range<Int>) -> [Int] {
            let absolute = (range.lowerBound + base)..<(range.upperBound + base)
            let covered = sentences.indices.filter { sentences[$0].overlaps(absolute) }
            if !covered.isEmpty { return covered }
            let nearest = sentences.lastIndex { $0.lowerBound <= absolute.lowerBound } ?? 0
            return [nearest]
        }
        // For each rule: the keywords matched in each sentence, and the sentences excluded.
        var included: [Int: [Int: [Int]]] = [:]
        var excluded: [Int: Set<Int>] = [:]
        for hit in hits {
            let owner = rules.owners[hit.pattern]
            for sentence in sentencesCovering(hit.range) {
                if owner.isInclude {
                    var keywords = included[owner.rule, default: [:]][sentence, default: []]
                    if !keywords.contains(owner.keyword) { keywords.append(owner.keyword) }
                    included[owner.rule, default: [:]][sentence] = keywords
                } else {
                    excluded[owner.rule, default: []].insert(sentence)
                }
            }
        }
        for ruleIndex in rules.evaluationOrder {
            guard let bySentence = included[ruleIndex] else { continue }
            let rule = rules.rules[ruleIndex]
            let kept = bySentence.keys.filter { !(excluded[ruleIndex]?.contains($0) ?? false) }.sorted()
            guard !kept.isEmpty, rule.requires.allSatisfy({ codings[$0] != nil }) else { continue }
            if var whole = codings[rule.code]?.first, whole.quote == nil, whole.range == turn.range {
                // The guide already codes the whole turn: note the keywords on that coding.
                for sentence in kept {
                    for keyword in bySentence[sentence]! where !whole.keywords.contains(rule.includes[keyword].source) {
                        whole.keywords.append(rule.includes[keyword].source)
                    }
                }
                codings[rule.code] = [whole]
                continue
            }
            var runs: [[Int]] = []
            for sentence in kept {
                if let last = runs.last?.last, last + 1 == sentence {
                    runs[runs.count - 1].append(sentence)
                } else {
                    runs.append([sentence])
                }
            }
            codings[rule.code] = runs.map { run in
                let range = sentences[run.first!].lowerBound..<sentences[run.last!].upperBound
                var keywords: [String] = []
                for sentence in run {
                    for keyword in bySentence[sentence]! where !keywords.contains(rule.includes[keyword].source) {
                        keywords.append(rule.includes[keyword].source)
                    }
                }
                return AutoCoding(
                    transcript: transcript, turn: turn.number, code: rule.code, range: range,
                    quote: TextFolding.collapseWhitespace(turn.substring(offsets: range)), keywords: keywords)
            }
        }
    }
}
