/// Applies compiled keyword rules and an interview guide to one transcript.
struct TranscriptAutoCoder: Sendable {
    let rules: KeywordRules
    let structural: StructuralCoder?
    /// The position of each code in the codebook, to order a turn's codings.
    let codeOrder: [String: Int]
    /// A number for every code a rule gives or requires, so that a turn's codings are kept in
    /// an array rather than a dictionary keyed by name.
    private let codeIDs: [String: Int]
    /// Per code number: its position in the codebook (`Int.max` if it is not there).
    private let sortKeys: [Int]
    /// Per rule: the number of its code, and of the codes it requires.
    private let ruleCodes: [Int]
    private let ruleRequires: [[Int]]
    /// Per rule and including keyword: the first keyword of the rule written the same, so that
    /// a coding lists each keyword once without comparing strings.
    private let firstSame: [[Int]]

    init(rules: KeywordRules, structural: StructuralCoder?, codeOrder: [String: Int]) {
        self.rules = rules
        self.structural = structural
        self.codeOrder = codeOrder
        var ids: [String: Int] = [:]
        var keys: [Int] = []
        func id(_ name: String) -> Int {
            if let known = ids[name] { return known }
            ids[name] = keys.count
            keys.append(codeOrder[name] ?? Int.max)
            return keys.count - 1
        }
        ruleCodes = rules.rules.map { id($0.code) }
        ruleRequires = rules.rules.map { $0.requires.map(id) }
        codeIDs = ids
        sortKeys = keys
        firstSame = rules.rules.map { rule in
            rule.includes.indices.map { keyword in
                rule.includes.firstIndex { $0.source == rule.includes[keyword].source } ?? keyword
            }
        }
    }

    /// One turn's codings so far, by code number (the dictionary by code name of the
    /// straightforward version, without hashing names).
    private struct TurnCodings {
        var slots: [[AutoCoding]?]
        var sortKeys: [Int]
        var touched: [Int] = []
        /// Code numbers for codes that no rule names (guide codes outside the codebook).
        var extra: [String: Int] = [:]

        init(sortKeys: [Int]) {
            self.sortKeys = sortKeys
            slots = Array(repeating: nil, count: sortKeys.count)
        }

        subscript(_ id: Int) -> [AutoCoding]? {
            get { slots[id] }
            set {
                if slots[id] == nil && newValue != nil { touched.append(id) }
                slots[id] = newValue
            }
        }

        /// The codings in codebook order, then position; empties the turn.
        mutating func takeOrdered(codeOrder: [String: Int]) -> [AutoCoding] {
            guard !touched.isEmpty else { return [] }
            touched.sort { sortKeys[$0] < sortKeys[$1] }
            var ordered: [AutoCoding] = []
            var tie = false
            for (position, id) in touched.enumerated() {
                if position > 0 && sortKeys[touched[position - 1]] == sortKeys[id] { tie = true }
                if let list = slots[id] { ordered += list }
                slots[id] = nil
            }
            touched.removeAll(keepingCapacity: true)
            if tie {
                // Codes outside the codebook share the last place: order them by position.
                ordered.sort {
                    let left = codeOrder[$0.code] ?? Int.max
                    let right = codeOrder[$1.code] ?? Int.max
                    return left != right ? left < right : $0.range.lowerBound < $1.range.lowerBound
                }
            }
            return ordered
        }
    }

    /// The codings for `transcript`, ordered by turn, then codebook order, then position.
    func code(_ transcript: Transcript) -> [AutoCoding] {
        var folded = FoldedText()
        var guided: [Int: StructuralCoder.Assignment] = [:]
        for assignment in structural?.assignments(in: transcript) ?? [] { guided[assignment.turn] = assignment }
        var result: [AutoCoding] = []
        var codings = TurnCodings(sortKeys: sortKeys)
        var scratch = Scratch()
        for turn in transcript.turns where !turn.isInterviewer {
            if let assignment = guided[turn.number] {
                for code in assignment.target.codes {
                    let id: Int
                    if let known = codeIDs[code] {
                        id = known
                    } else if let known = codings.extra[code] {
                        id = known
                    } else {
                        id = codings.slots.count
                        codings.extra[code] = id
                        codings.slots.append(nil)
                        codings.sortKeys.append(codeOrder[code] ?? Int.max)
                    }
                    if codings[id] == nil {
                        codings[id] = [
                            AutoCoding(
                                transcript: transcript.id, turn: turn.number, code: code, range: turn.range,
                                topic: assignment.target.topic, questionTurn: assignment.questionTurn)
                        ]
                    }
                }
            }
            codeKeywords(in: turn, transcript: transcript.id, folded: &folded, scratch: &scratch, into: &codings)
            result += codings.takeOrdered(codeOrder: codeOrder)
        }
        return result
    }

    /// One mark per (rule, sentence, keyword) hit, ordered so that required codes come first.
    private struct Mark {
        var rank: Int
        var rule: Int
        var sentence: Int
        var keyword: Int
        var isInclude: Bool
    }

    /// Buffers reused from turn to turn.
    private struct Scratch {
        var marks: [Mark] = []
        /// The sentences a rule keeps, in order, and for each the range of its keywords in
        /// ``keywords``.
        var kept: [(sentence: Int, keywords: Range<Int>)] = []
        var keywords: [Int] = []
        /// The keywords (by ``firstSame``) of the coding being made.
        var listed: [Int] = []
    }

    private func codeKeywords(
        in turn: Turn, transcript: TranscriptID, folded: inout FoldedText, scratch: inout Scratch,
        into codings: inout TurnCodings
    ) {
        let hits = rules.index.hits(in: turn.text, folded: &folded)
        guard !hits.isEmpty else { return }
        let base = turn.range.lowerBound
        // Sentences as code-point offsets in the turn; the fold found them in the same pass.
        let sentences = folded.sentences
        let sentenceBytes = folded.sentenceBytes
        guard !sentences.isEmpty else { return }
        func sentencesCovering(_ range: Range<Int>) -> ClosedRange<Int> {
            let lower = range.lowerBound
            let upper = max(range.upperBound, lower + 1)
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
        var marks = scratch.marks
        marks.removeAll(keepingCapacity: true)
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
        var kept = scratch.kept
        var keptKeywords = scratch.keywords
        var listed = scratch.listed
        var groupStart = 0
        while groupStart < marks.count {
            let ruleIndex = marks[groupStart].rule
            var groupEnd = groupStart
            while groupEnd < marks.count && marks[groupEnd].rule == ruleIndex { groupEnd += 1 }
            // The group is ordered by sentence, then keyword: a sentence is kept unless an
            // excluding keyword matched in it, with its including keywords once each.
            kept.removeAll(keepingCapacity: true)
            keptKeywords.removeAll(keepingCapacity: true)
            var position = groupStart
            while position < groupEnd {
                let sentence = marks[position].sentence
                var next = position
                var excluded = false
                while next < groupEnd && marks[next].sentence == sentence {
                    if !marks[next].isInclude { excluded = true }
                    next += 1
                }
                if !excluded {
                    let first = keptKeywords.count
                    for mark in marks[position..<next] where mark.isInclude {
                        // Ordered by keyword, so a repeat follows its first occurrence.
                        if keptKeywords.count > first && keptKeywords.last == mark.keyword { continue }
                        keptKeywords.append(mark.keyword)
                    }
                    kept.append((sentence, first..<keptKeywords.count))
                }
                position = next
            }
            groupStart = groupEnd
            let code = ruleCodes[ruleIndex]
            guard !kept.isEmpty, ruleRequires[ruleIndex].allSatisfy({ codings[$0] != nil }) else { continue }
            let rule = rules.rules[ruleIndex]
            if var whole = codings[code]?.first, whole.quote == nil, whole.range == turn.range {
                // The guide already codes the whole turn: note the keywords on that coding.
                for entry in kept {
                    for keyword in keptKeywords[entry.keywords]
                    where !whole.keywords.contains(rule.includes[keyword].source) {
                        whole.keywords.append(rule.includes[keyword].source)
                    }
                }
                codings[code] = [whole]
                continue
            }
            var made: [AutoCoding] = []
            let sameAs = firstSame[ruleIndex]
            var runStart = 0
            while runStart < kept.count {
                var runEnd = runStart + 1
                while runEnd < kept.count && kept[runEnd].sentence == kept[runEnd - 1].sentence + 1 { runEnd += 1 }
                let first = kept[runStart].sentence
                let last = kept[runEnd - 1].sentence
                let range = (sentences[first].lowerBound + base)..<(sentences[last].upperBound + base)
                // Each keyword once, in order of first match (compared by ``firstSame``).
                var keywords: [String] = []
                listed.removeAll(keepingCapacity: true)
                for entry in kept[runStart..<runEnd] {
                    for keyword in keptKeywords[entry.keywords] {
                        let same = sameAs[keyword]
                        if listed.contains(same) { continue }
                        listed.append(same)
                        keywords.append(rule.includes[keyword].source)
                    }
                }
                made.append(
                    AutoCoding(
                        transcript: transcript, turn: turn.number, code: rule.code, range: range,
                        quote: Self.quote(
                            turn.text, bytes: sentenceBytes[first].lowerBound..<sentenceBytes[last].upperBound),
                        keywords: keywords))
                runStart = runEnd
            }
            codings[code] = made
        }
        scratch.marks = marks
        scratch.kept = kept
        scratch.keywords = keptKeywords
        scratch.listed = listed
    }

    /// The text at UTF-8 offsets `bytes` of `text`, with white space collapsed.
    static func quote(_ text: String, bytes: Range<Int>) -> String {
        // The common case, read on the string's bytes: nothing to collapse.
        var contiguous = text
        let plain = contiguous.withUTF8 { buffer -> String? in
            guard bytes.lowerBound >= 0, bytes.upperBound <= buffer.count else { return nil }
            let slice = UnsafeBufferPointer(rebasing: buffer[bytes])
            var previous: UInt8 = 0
            for byte in slice {
                if byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xC2 || byte == 0xE2
                    || (byte == 0x20 && previous == 0x20)
                {
                    return nil
                }
                previous = byte
            }
            return String(decoding: slice, as: UTF8.self)
        }
        if let plain { return plain }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let upper = utf8.index(lower, offsetBy: bytes.count)
        let slice = text[lower..<upper]
        var isPlain = true
        var previous: UInt8 = 0
        for byte in slice.utf8 {
            if byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xC2 || byte == 0xE2
                || (byte == 0x20 && previous == 0x20)
            {
                isPlain = false
                break
            }
            previous = byte
        }
        return isPlain ? String(slice) : TextFolding.collapseWhitespace(slice)
    }
}
