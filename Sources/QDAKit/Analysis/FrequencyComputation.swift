import Foundation

/// The single pass behind ``CodeFrequencies/compute(_:options:)``.
///
/// Rows are numbered codes first (codebook codes in codebook order, then candidate codes),
/// then subthemes, then themes. Each transcript's segments are sorted by range; each group of
/// segments with the same range is one passage of text: it adds one mention to each distinct
/// row its codes belong to, so a theme counts a segment once however many of its codes it has.
struct FrequencyComputation {
    private let study: Study
    private let choice: CoderChoice
    private let options: FrequencyOptions

    // Scope.
    private var themeScope: [Theme] = []
    private var codeNames: [String] = []
    private var codeIndex: [String: Int] = [:]
    private var codeInfo: [(entry: Code?, theme: Int?, subtheme: Int?)] = []
    private var subthemeInfo: [(theme: Int, subtheme: Subtheme)] = []
    private var candidateStart = 0

    // Participants and transcripts.
    private var participants: [ParticipantID] = []
    private var participantIndex: [ParticipantID: Int] = [:]
    private var counted: [(transcript: Transcript, file: CodingFile)] = []
    private var groupings: [AttributeGrouping] = []

    // Tallies, indexed by row (and participant or group).
    private var rowCount = 0
    private var rowsOfCode: [[Int]] = []
    private var mentions: [Int] = []
    private var participantMentions: [Int] = []
    private var groupMentions: [[Int]] = []
    private var rowTranscripts: [[Int]] = []
    private var rowStamp: [Int] = []
    private var quotes: [[CodeQuote]] = []
    private var uncounted = UncountedCodings()
    private var codesPerTranscript: [[Int]] = []

    init(study: Study, choice: CoderChoice, options: FrequencyOptions) throws {
        self.study = study
        self.choice = choice
        self.options = options
        try selectThemes()
        selectTranscripts()
        addCandidateCodes()
        groupings = try options.attributes.map {
            try AttributeGrouping(
                attribute: $0, participants: participants, study: study, allowPrivate: options.allowPrivateAttributes)
        }
    }

    private mutating func selectThemes() throws {
        let themes = study.codebook?.themes ?? []
        if options.themes.isEmpty {
            themeScope = themes
        } else {
            for wanted in options.themes {
                let key = TextFolding.fold(wanted.trimmingWhitespace())
                guard
                    let theme = themes.first(where: {
                        TextFolding.fold($0.name) == key || $0.label.map(TextFolding.fold) == key
                    })
                else {
                    let names = themes.map(\.name)
                    let hint = EditDistance.closest(to: wanted, in: names).map { "did you mean `\($0)`? " } ?? ""
                    throw QDAError.usage(
                        "the codebook has no theme `\(wanted)`; \(hint)themes: \(names.isEmpty ? "none" : names.joined(separator: ", "))"
                    )
                }
                if !themeScope.contains(where: { $0.name == theme.name }) { themeScope.append(theme) }
            }
            themeScope.sort { lhs, rhs in
                themes.firstIndex { $0.name == lhs.name }! < themes.firstIndex { $0.name == rhs.name }!
            }
        }
        for (themeIndex, theme) in themeScope.enumerated() {
            for code in theme.codes { addCode(code, theme: themeIndex, subtheme: nil) }
            for subtheme in theme.subthemes {
                subthemeInfo.append((themeIndex, subtheme))
                for code in subtheme.codes { addCode(code, theme: themeIndex, subtheme: subthemeInfo.count - 1) }
            }
        }
        candidateStart = codeNames.count
    }

    private mutating func addCode(_ code: Code?, name: String? = nil, theme: Int?, subtheme: Int?) {
        let name = code?.name ?? name!
        if codeIndex[name] == nil { codeIndex[name] = codeNames.count }
        codeNames.append(name)
        codeInfo.append((code, theme, subtheme))
    }

    private mutating func selectTranscripts() {
        var files: [CoderID: [TranscriptID: CodingFile]] = [:]
        for file in study.codingFiles { files[file.coder, default: [:]][file.transcript] = file }
        let transcripts = Dictionary(study.transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for source in choice.sources {
            guard let coder = source.coder, let file = files[coder]?[source.transcript],
                let transcript = transcripts[source.transcript]
            else { continue }
            counted.append((transcript, file))
            for participant in transcript.participants where participantIndex[participant] == nil {
                participantIndex[participant] = participants.count
                participants.append(participant)
            }
        }
    }

    private mutating func addCandidateCodes() {
        guard options.themes.isEmpty else { return }
        let known = Set(study.codebook?.codes.map(\.name) ?? [])
        var candidates = Set<String>()
        for (_, file) in counted {
            for coding in file.codings where !known.contains(coding.code) { candidates.insert(coding.code) }
        }
        let sorted = candidates.sorted {
            let order = $0.compare($1, options: [.caseInsensitive, .numeric])
            return order == .orderedSame ? $0 < $1 : order == .orderedAscending
        }
        for name in sorted { addCode(nil, name: name, theme: nil, subtheme: nil) }
    }

    // MARK: - Counting

    mutating func run() -> CodeFrequencies {
        let codeCount = codeNames.count
        let subthemeCount = subthemeInfo.count
        rowCount = codeCount + subthemeCount + themeScope.count
        rowsOfCode = (0..<codeCount).map { code in
            [code]
                + [
                    codeInfo[code].subtheme.map { codeCount + $0 },
                    codeInfo[code].theme.map { codeCount + subthemeCount + $0 },
                ]
                .compactMap { $0 }
        }
        let participantCount = participants.count
        mentions = [Int](repeating: 0, count: rowCount)
        participantMentions = [Int](repeating: 0, count: rowCount * participantCount)
        groupMentions = groupings.map { [Int](repeating: 0, count: rowCount * $0.breakdown.groups.count) }
        rowTranscripts = [[Int]](repeating: [], count: rowCount)
        rowStamp = [Int](repeating: -1, count: rowCount)
        quotes = [[CodeQuote]](repeating: [], count: codeCount)
        var cooccurrence = CoOccurrenceCounter(codeCount: codeCount)
        let groupOf = groupings.map(\.groupOfParticipant)
        let groupWidths = groupings.map(\.breakdown.groups.count)
        var groups = [[Int]](repeating: [], count: groupings.count)
        var stamp = 0
        for (transcriptNumber, (transcript, file)) in counted.enumerated() {
            let segments = sortedSegments(of: file)
            let turns = ParticipantTurns(transcript, index: participantIndex)
            var passageSegments: [CoOccurrenceCounter.Segment] = []
            passageSegments.reserveCapacity(segments.count)
            var used: [Int] = []
            var start = 0
            while start < segments.count {
                var end = start + 1
                while end < segments.count && segments[end].start == segments[start].start
                    && segments[end].end == segments[start].end
                {
                    end += 1
                }
                let speakers = turns.participants(overlapping: segments[start].start..<segments[start].end)
                if speakers.isEmpty {
                    uncounted.interviewerOnly += end - start
                    start = end
                    continue
                }
                stamp += 1
                for b in groups.indices {
                    groups[b].removeAll(keepingCapacity: true)
                    for speaker in speakers where !groups[b].contains(groupOf[b][speaker]) {
                        groups[b].append(groupOf[b][speaker])
                    }
                }
                for segment in segments[start..<end] {
                    used.append(segment.code)
                    passageSegments.append(.init(code: segment.code, start: segment.start, end: segment.end))
                    let coding = file.codings[segment.index]
                    if let quote = coding.quote {
                        quotes[segment.code].append(
                            CodeQuote(
                                text: quote, transcript: transcript.id, turns: coding.turns,
                                participants: speakers.map { participants[$0] }, range: coding.range,
                                memo: coding.memo, location: coding.location))
                    }
                    for row in rowsOfCode[segment.code] where rowStamp[row] != stamp {
                        rowStamp[row] = stamp
                        mentions[row] += 1
                        for speaker in speakers { participantMentions[row * participantCount + speaker] += 1 }
                        for b in groups.indices {
                            for group in groups[b] { groupMentions[b][row * groupWidths[b] + group] += 1 }
                        }
                        if rowTranscripts[row].last != transcriptNumber {
                            rowTranscripts[row].append(transcriptNumber)
                        }
                    }
                }
                start = end
            }
            cooccurrence.add(passageSegments)
            codesPerTranscript.append(Array(Set(used)).sorted())
        }
        return assemble(cooccurrence: cooccurrence)
    }

    /// A coded segment: a code on a range of the transcript, and the coding it came from.
    private struct Segment {
        var code: Int
        var start: Int
        var end: Int
        /// The coding's index in its file.
        var index: Int
    }

    /// The file's codings in scope, sorted by range then code, without repeats of a code on
    /// the same range.
    private mutating func sortedSegments(of file: CodingFile) -> [Segment] {
        var segments: [Segment] = []
        segments.reserveCapacity(file.codings.count)
        for (index, coding) in file.codings.enumerated() where !coding.range.isEmpty {
            guard let code = codeIndex[coding.code] else { continue }
            segments.append(
                Segment(code: code, start: coding.range.lowerBound, end: coding.range.upperBound, index: index))
        }
        segments.sort { lhs, rhs in
            (lhs.start, lhs.end, lhs.code, lhs.index) < (rhs.start, rhs.end, rhs.code, rhs.index)
        }
        var unique: [Segment] = []
        unique.reserveCapacity(segments.count)
        for segment in segments {
            if let last = unique.last, last.start == segment.start, last.end == segment.end, last.code == segment.code {
                uncounted.duplicates += 1
            } else {
                unique.append(segment)
            }
        }
        return unique
    }

    // MARK: - Results

    private func assemble(cooccurrence: CoOccurrenceCounter) -> CodeFrequencies {
        let codeCount = codeNames.count
        let subthemeCount = subthemeInfo.count
        var codes: [CodeCount] = []
        for code in 0..<codeCount {
            let info = codeInfo[code]
            let subtheme = info.subtheme.map { subthemeInfo[$0].subtheme }
            let theme = info.theme.map { themeScope[$0] }
            let reported = (info.entry?.report ?? false) && (subtheme?.report ?? true) && (theme?.report ?? true)
            let row = rowFacts(code)
            codes.append(
                CodeCount(
                    code: codeNames[code], theme: theme?.name, subtheme: subtheme?.name, themeIndex: info.theme,
                    subthemeIndex: info.subtheme, isInCodebook: info.entry != nil, isReported: reported,
                    origin: info.entry?.origin, mentions: mentions[code], participantCount: row.participants.count,
                    transcriptCount: row.transcripts.count, participants: row.participants,
                    transcripts: row.transcripts,
                    quotes: quotes[code], byAttribute: row.byAttribute))
        }
        func themeCount(row: Int, theme: Theme, themeIndex: Int?, subtheme: Subtheme?, codeRange: [Int]) -> ThemeCount {
            let facts = rowFacts(row)
            return ThemeCount(
                theme: theme.name, subtheme: subtheme?.name,
                heading: subtheme.map { $0.label ?? $0.name } ?? theme.label ?? theme.name, themeIndex: themeIndex,
                isReported: theme.report && (subtheme?.report ?? true), codes: codeRange.map { codeNames[$0] },
                mentions: mentions[row], codeMentions: codeRange.reduce(0) { $0 + mentions[$1] },
                participantCount: facts.participants.count, transcriptCount: facts.transcripts.count,
                participants: facts.participants, transcripts: facts.transcripts, byAttribute: facts.byAttribute)
        }
        let subthemes = subthemeInfo.enumerated().map { index, info in
            themeCount(
                row: codeCount + index, theme: themeScope[info.theme], themeIndex: info.theme, subtheme: info.subtheme,
                codeRange: (0..<candidateStart).filter { codeInfo[$0].subtheme == index })
        }
        let themes = themeScope.enumerated().map { index, theme in
            themeCount(
                row: codeCount + subthemeCount + index, theme: theme, themeIndex: nil, subtheme: nil,
                codeRange: (0..<candidateStart).filter { codeInfo[$0].theme == index })
        }
        return CodeFrequencies(
            study: URL(fileURLWithPath: study.root).standardizedFileURL.lastPathComponent,
            codebook: study.codebook?.title, coderChoice: choice,
            themeFilter: options.themes.isEmpty ? [] : themeScope.map(\.name),
            participants: participants, transcripts: counted.map(\.transcript.id), themes: themes, subthemes: subthemes,
            codes: Array(codes[..<candidateStart]), candidateCodes: Array(codes[candidateStart...]),
            breakdowns: groupings.map(\.breakdown), cooccurrences: cooccurrence.results(names: codeNames),
            saturation: saturation(), uncounted: uncounted, dataErrors: study.diagnostics.count(of: .error))
    }

    /// A row's participants, transcripts and group counts.
    private func rowFacts(_ row: Int) -> (
        participants: [ParticipantMentions], transcripts: [TranscriptID], byAttribute: [AttributeCounts]
    ) {
        let participantCount = participants.count
        var list: [ParticipantMentions] = []
        var present: [Int] = []
        for participant in 0..<participantCount {
            let count = participantMentions[row * participantCount + participant]
            if count > 0 {
                list.append(ParticipantMentions(participant: participants[participant], mentions: count))
                present.append(participant)
            }
        }
        let byAttribute = groupings.enumerated().map { b, grouping -> AttributeCounts in
            let groups = grouping.breakdown.groups
            var speakers = [Int](repeating: 0, count: groups.count)
            for participant in present { speakers[grouping.groupOfParticipant[participant]] += 1 }
            return AttributeCounts(
                attribute: grouping.breakdown.attribute,
                groups: groups.indices.map { g in
                    GroupCount(
                        group: groups[g].value, size: groups[g].size, participants: speakers[g],
                        mentions: groupMentions[b][row * groups.count + g])
                })
        }
        return (list, rowTranscripts[row].map { counted[$0].transcript.id }, byAttribute)
    }

    private func saturation() -> Saturation {
        let (order, undated, indices) = Saturation.interviewOrder(counted.map(\.transcript))
        var seen = Set<Int>()
        var steps: [Saturation.Step] = []
        for index in indices {
            let used = codesPerTranscript[index]
            let new = used.filter { !seen.contains($0) }
            seen.formUnion(used)
            let transcript = counted[index].transcript
            steps.append(
                Saturation.Step(
                    transcript: transcript.id, date: transcript.date, participants: transcript.participants,
                    codesUsed: used.count, newCodes: new.map { codeNames[$0] }, cumulative: seen.count))
        }
        return Saturation(order: order, undated: undated, steps: steps)
    }
}

/// A transcript's participant turns, for finding whose turns a segment overlaps.
struct ParticipantTurns {
    private var ranges: [Range<Int>] = []
    private var speakers: [Int] = []

    init(_ transcript: Transcript, index: [ParticipantID: Int]) {
        for turn in transcript.turns {
            guard let participant = turn.participant, let speaker = index[participant] else { continue }
            ranges.append(turn.range)
            speakers.append(speaker)
        }
    }

    /// The distinct participants (by index, ascending) whose turns overlap `range`.
    func participants(overlapping range: Range<Int>) -> [Int] {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Int] = []
        var index = low
        while index < ranges.count && ranges[index].lowerBound < range.upperBound {
            if ranges[index].overlaps(range) && !result.contains(speakers[index]) { result.append(speakers[index]) }
            index += 1
        }
        return result.count > 1 ? result.sorted() : result
    }
}
