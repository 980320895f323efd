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
        // Sentences as file offsets; the fold found them in the same pass.
        let sentences = folded.sentences.map { ($0.lowerBound + base)..<($0.upperBound + base) }
        let sentenceBytes = folded.sentenceBytes
        guard !sentences.isEmpty else { return }
        func sentencesCovering(_ range: Range<Int>) -> ClosedRange<Int> {
            let lower = range.lowerBound + base
            let upper = max(range.upperBound + base, lower + 1)
            // The last sentence starting at or before the match, then those it runs into.
            var low = 0
            var high = sentences.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if sentences[middle].lowerBound <= lower { low = middle } else { high = middle - 1 }
            }
            var last = low
            while last + 1 < sentences.count && sentences[last + 1].lowerBound < upper { last += 1 }
            return low...last
        }
        // One mark per (rule, sentence, keyword) hit, ordered so that required codes come first.
        struct Mark {
            var rank: Int
            var rule: Int
            var sentence: Int
            var keyword: Int
            var isInclude: Bool
        }
        var marks: [Mark] = []
        marks.reserveCapacity(hits.count)
        for hit in hits {
            let owner = rules.owners[hit.pattern]
            for sentence in sentencesCovering(hit.range) {
                marks.append(
                    Mark(
                        rank: rules.evaluationRank[owner.rule], rule: owner.rule, sentence: sentence,
                        keyword: owner.keyword, isInclude: owner.isInclude))
            }
        }
        marks.sort { ($0.rank, $0.sentence, $0.keyword) < ($1.rank, $1.sentence, $1.keyword) }
        var groupStart = 0
        while groupStart < marks.count {
            var groupEnd = groupStart
            while groupEnd < marks.count && marks[groupEnd].rule == marks[groupStart].rule { groupEnd += 1 }
            let group = marks[groupStart..<groupEnd]
            let ruleIndex = marks[groupStart].rule
            groupStart = groupEnd
            let excludedSentences = Set(group.filter { !$0.isInclude }.map(\.sentence))
            var bySentence: [Int: [Int]] = [:]
            for mark in group where mark.isInclude && !excludedSentences.contains(mark.sentence) {
                if !(bySentence[mark.sentence]?.contains(mark.keyword) ?? false) {
                    bySentence[mark.sentence, default: []].append(mark.keyword)
                }
            }
            let rule = rules.rules[ruleIndex]
            let kept = bySentence.keys.sorted()
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
                    quote: Self.quote(
                        turn.text, bytes: sentenceBytes[run.first!].lowerBound..<sentenceBytes[run.last!].upperBound),
                    keywords: keywords)
            }
        }
    }

    /// The text at UTF-8 offsets `bytes` of `text`, with white space collapsed.
    static func quote(_ text: String, bytes: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let upper = utf8.index(lower, offsetBy: bytes.count)
        let slice = text[lower..<upper]
        var plain = true
        var previous: UInt8 = 0
        for byte in slice.utf8 {
            if byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xC2 || byte == 0xE2
                || (byte == 0x20 && previous == 0x20)
            {
                plain = false
                break
            }
            previous = byte
        }
        return plain ? String(slice) : TextFolding.collapseWhitespace(slice)
    }
}
