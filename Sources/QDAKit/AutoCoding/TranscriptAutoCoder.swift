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
    /// Every keyword a rule includes, as written, once each: the summary counts keywords by
    /// their number here.
    let keywordNames: [String]
    /// Per rule and including keyword: its number in ``keywordNames``.
    private let keywordNumbers: [[Int32]]
    /// One more than the highest position in ``codeOrder``.
    private let positionCount: Int

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
        var names: [String] = []
        var numbers: [String: Int32] = [:]
        keywordNumbers = rules.rules.map { rule in
            rule.includes.map { keyword in
                if let known = numbers[keyword.source] { return known }
                numbers[keyword.source] = Int32(names.count)
                names.append(keyword.source)
                return Int32(names.count - 1)
            }
        }
        keywordNames = names
        positionCount = (codeOrder.values.max() ?? -1) + 1
    }

    /// A coding made for a turn, with the numbers of its keywords (a range of
    /// ``TurnCodings/keywords``).
    private struct Made {
        var coding: AutoCoding
        var keywords: Range<Int>
    }

    /// One turn's codings so far, by code number (the dictionary by code name of the
    /// straightforward version, without hashing names).
    private struct TurnCodings {
        var slots: [[Made]?]
        var sortKeys: [Int]
        var touched: [Int] = []
        /// The numbers of the keywords of the codings made (see ``Made``).
        var keywords: [Int32] = []
        /// Code numbers for codes that no rule names (guide codes outside the codebook).
        var extra: [String: Int] = [:]

        init(sortKeys: [Int]) {
            self.sortKeys = sortKeys
            slots = Array(repeating: nil, count: sortKeys.count)
        }

        subscript(_ id: Int) -> [Made]? {
            get { slots[id] }
            set {
                if slots[id] == nil && newValue != nil { touched.append(id) }
                slots[id] = newValue
            }
        }

        /// Appends the codings to `result` in codebook order, then position, and counts them
        /// in `counter`; empties the turn.
        mutating func takeOrdered(into result: inout [AutoCoding], counter: inout AutoCodeSummary.Tally.Counter) {
            guard !touched.isEmpty else { return }
            touched.sort { sortKeys[$0] < sortKeys[$1] }
            var tie = false
            for position in touched.indices.dropFirst()
            where sortKeys[touched[position - 1]] == sortKeys[touched[position]] {
                tie = true
                break
            }
            if tie {
                // Codes outside the codebook share the last place: order them by position.
                var ordered: [(made: Made, key: Int)] = []
                for id in touched {
                    if let list = slots[id] { ordered += list.map { ($0, sortKeys[id]) } }
                    slots[id] = nil
                }
                ordered.sort {
                    $0.key != $1.key
                        ? $0.key < $1.key : $0.made.coding.range.lowerBound < $1.made.coding.range.lowerBound
                }
                for (made, key) in ordered {
                    counter.count(made.coding, position: key, keywords: keywords[made.keywords])
                    result.append(made.coding)
                }
            } else {
                for id in touched {
                    if let list = slots[id] {
                        for made in list {
                            counter.count(made.coding, position: sortKeys[id], keywords: keywords[made.keywords])
                            result.append(made.coding)
                        }
                    }
                    slots[id] = nil
                }
            }
            touched.removeAll(keepingCapacity: true)
            keywords.removeAll(keepingCapacity: true)
        }
    }

    /// The codings for `transcript`, ordered by turn, then codebook order, then position.
    func code(_ transcript: Transcript) -> [AutoCoding] {
        codeAndCount(transcript).codings
    }

    /// The codings for `transcript`, as ``code(_:)`` gives them, and their figures for the
    /// summary (counted by code and keyword number as they are made).
    func codeAndCount(_ transcript: Transcript) -> (codings: [AutoCoding], tally: AutoCodeSummary.Tally) {
        var counter = AutoCodeSummary.Tally.Counter(positions: positionCount)
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
                            Made(
                                coding: AutoCoding(
                                    transcript: transcript.id, turn: turn.number, code: code, range: turn.range,
                                    topic: assignment.target.topic, questionTurn: assignment.questionTurn),
                                keywords: 0..<0)
                        ]
                    }
                }
            }
            codeKeywords(in: turn, transcript: transcript.id, folded: &folded, scratch: &scratch, into: &codings)
            codings.takeOrdered(into: &result, counter: &counter)
        }
        return (result, counter.tally())
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
            let numbers = keywordNumbers[ruleIndex]
            if var whole = codings[code]?.first, whole.coding.quote == nil, whole.coding.range == turn.range {
                // The guide already codes the whole turn: note the keywords on that coding.
                let start = codings.keywords.count
                for index in whole.keywords { codings.keywords.append(codings.keywords[index]) }
                for entry in kept {
                    for keyword in keptKeywords[entry.keywords]
                    where !whole.coding.keywords.contains(rule.includes[keyword].source) {
                        whole.coding.keywords.append(rule.includes[keyword].source)
                        codings.keywords.append(numbers[keyword])
                    }
                }
                whole.keywords = start..<codings.keywords.count
                codings[code] = [whole]
                continue
            }
            var made: [Made] = []
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
                let start = codings.keywords.count
                for entry in kept[runStart..<runEnd] {
                    for keyword in keptKeywords[entry.keywords] {
                        let same = sameAs[keyword]
                        if listed.contains(same) { continue }
                        listed.append(same)
                        keywords.append(rule.includes[keyword].source)
                        codings.keywords.append(numbers[keyword])
                    }
                }
                made.append(
                    Made(
                        coding: AutoCoding(
                            transcript: transcript, turn: turn.number, code: rule.code, range: range,
                            quote: Self.quote(
                                turn.text, bytes: sentenceBytes[first].lowerBound..<sentenceBytes[last].upperBound),
                            keywords: keywords),
                        keywords: start..<codings.keywords.count))
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
