import Foundation

/// Reads transcripts in the QDAKit format (see the formats page): an optional header
/// between `---` lines, then speaker turns.
public struct TranscriptParser: Sendable {
    /// Labels that mark an interviewer when no others are configured.
    public static let defaultInterviewerLabels = ["Interviewer", "I", "Onderzoeker", "Interviewster", "Int"]

    /// Labels whose turns are interviewer turns (compared ignoring case and accents).
    public var interviewerLabels: [String]

    /// Creates a parser.
    public init(interviewerLabels: [String] = TranscriptParser.defaultInterviewerLabels) {
        self.interviewerLabels = interviewerLabels
    }

    /// The result of parsing one transcript.
    public struct Result: Sendable {
        /// The transcript, or `nil` when nothing usable was found.
        public var transcript: Transcript?
        /// Problems found, each pointing at its place.
        public var diagnostics: [Diagnostic]
    }

    /// Reads and parses the transcript file at `path`; unreadable files become diagnostics.
    public func parseFile(at path: String, encoding: TextEncoding? = nil) -> Result {
        do {
            let decoded = try TextFile.read(path, assuming: encoding)
            var result = parse(decoded.text, path: path)
            if let note = decoded.conversionNote { result.diagnostics.insert(note, at: 0) }
            return result
        } catch let error as QDAError {
            return Result(transcript: nil, diagnostics: [error.diagnostic])
        } catch {
            return Result(transcript: nil, diagnostics: [.error("\(error)", at: SourceLocation(path: path))])
        }
    }

    /// Parses transcript text. `path` names the file in diagnostics and gives the
    /// transcript's identifier (the file name without extension).
    public func parse(_ text: String, path: String) -> Result {
        var parse = TranscriptParse(text: text, path: path, interviewerLabels: interviewerLabels)
        return parse.run()
    }

    /// The transcript identifier for a path: the file name without its extension.
    public static func identifier(forPath path: String) -> TranscriptID {
        TranscriptID(rawValue: Paths.stem(path))
    }
}

/// The state of parsing one transcript.
private struct TranscriptParse {
    let text: String
    let path: String
    let interviewerKeys: Set<String>
    var lines: [TextLine] = []
    var diagnostics: [Diagnostic] = []
    var header = TranscriptHeader()
    /// Folded speaker labels: a transcript has a handful of labels and thousands of turns.
    var foldedLabels: [String: String] = [:]

    init(text: String, path: String, interviewerLabels: [String]) {
        self.text = text
        self.path = path
        self.interviewerKeys = Set(interviewerLabels.map(TextFolding.fold))
    }

    /// `TextFolding.fold(label)`, remembered.
    mutating func fold(_ label: String) -> String {
        if let key = foldedLabels[label] { return key }
        let key = TextFolding.fold(label)
        foldedLabels[label] = key
        return key
    }

    func location(_ line: Int, _ column: Int = 0) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    mutating func run() -> TranscriptParser.Result {
        lines = TextLines.split(text)
        guard lines.contains(where: { !$0.isBlank }) else {
            return .init(transcript: nil, diagnostics: [.error("the transcript is empty", at: location(0))])
        }
        let bodyStart = parseHeader()
        let turns = parseTurns(from: bodyStart)
        if turns.isEmpty {
            diagnostics.append(
                .error(
                    "no speaker turns found; a turn starts with a line such as `Interviewer: …` or `[00:00:04] Kim: …`",
                    at: location(lines[min(bodyStart, lines.count - 1)].number, 1)))
            return .init(transcript: nil, diagnostics: diagnostics)
        }
        if !turns.contains(where: { !$0.isInterviewer }) {
            diagnostics.append(
                .error(
                    "every turn is an interviewer turn, so there is nothing to code; is the participant's label one of the interviewer labels?",
                    at: location(turns[0].line, turns[0].labelColumn)))
        }
        let transcript = Transcript(
            id: TranscriptParser.identifier(forPath: path), path: path, header: header, turns: turns,
            lineCount: lines.count)
        return .init(transcript: transcript, diagnostics: diagnostics)
    }

    // MARK: Header

    /// Parses the header, if any, and returns the index of the first body line.
    mutating func parseHeader() -> Int {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].text.trimmingWhitespace() == "---"
        else { return 0 }
        var index = first + 1
        var seenKeys: [String: Int] = [:]
        // Looked up once: asking at every header line made an unclosed header of n lines cost n².
        let isClosed = lines[index...].contains { $0.text.trimmingWhitespace() == "---" }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.text.trimmingWhitespace()
            if trimmed == "---" { return index + 1 }
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            guard let colon = line.text.firstIndex(of: ":"),
                !line.text[..<colon].trimmingWhitespace().isEmpty
            else {
                if SpeakerLine.recognise(line.text) == nil && !isClosed { break }
                diagnostics.append(
                    .error(
                        "a header line must be `key: value`", at: location(line.number, 1),
                        sourceLine: String(line.text)))
                index += 1
                continue
            }
            let key = line.text[..<colon].trimmingWhitespace()
            let value = line.text[line.text.index(after: colon)...].trimmingWhitespace()
            if !isClosed {
                // An unclosed header: stop at the first line that is not a plain key.
                if key.contains(" ") || SpeakerLine.recognise(line.text)?.hasTimestamp == true { break }
            }
            if let earlier = seenKeys[key.lowercased()] {
                diagnostics.append(
                    .warning(
                        "`\(key)` is given twice in the header (first on line \(earlier)); the first value is used",
                        at: location(line.number, 1), sourceLine: String(line.text)))
            } else {
                seenKeys[key.lowercased()] = line.number
            }
            validateHeaderValue(key: key, value: value, line: line)
            header.fields.append(.init(key: key, value: value, line: line.number))
            index += 1
        }
        diagnostics.append(
            .error(
                "the header that starts here is not closed with a `---` line", at: location(lines[first].number, 1),
                sourceLine: String(lines[first].text)))
        return index
    }

    mutating func validateHeaderValue(key: String, value: String, line: TextLine) {
        let column =
            (line.text.firstIndex(of: ":").map { line.text.unicodeScalars.distance(from: line.text.startIndex, to: $0) }
                ?? 0) + 3
        switch key.lowercased() {
        case "minutes", "minuten", "duur":
            if Double(value.replacingOccurrences(of: ",", with: ".")) == nil {
                diagnostics.append(
                    .error(
                        "`\(key)` must be a number of minutes, such as `45`", at: location(line.number, column),
                        sourceLine: String(line.text)))
            }
        case "date", "datum":
            if !Self.isISODate(value) {
                diagnostics.append(
                    .error(
                        "`\(key)` must be a date written as YYYY-MM-DD, such as `2025-03-12`",
                        at: location(line.number, column), sourceLine: String(line.text)))
            }
        default:
            if value.isEmpty {
                diagnostics.append(
                    .warning("`\(key)` has no value", at: location(line.number, 1), sourceLine: String(line.text)))
            }
        }
    }

    static func isISODate(_ value: String) -> Bool {
        let parts = value.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return year > 1900 && (1...12).contains(month) && (1...31).contains(day)
    }

    // MARK: Turns

    struct OpenTurn {
        var speakerLine: SpeakerLine
        var line: Int
        /// Non-blank content pieces: (code-point start, code-point end, string start, string end).
        var pieces: [(start: Int, end: Int, from: String.Index, to: String.Index)] = []
        var paragraphs: [Range<Int>] = []
        var paragraphStart: Int?
        var paragraphEnd = 0
        var pendingBreak = false
    }

    mutating func parseTurns(from bodyStart: Int) -> [Turn] {
        let declared = header.declaredParticipants + header.declaredInterviewers
        let declaredKeys = Set(declared.map(TextFolding.fold))
        let declaredInterviewers = Set(header.declaredInterviewers.map(TextFolding.fold))
        // The lines that may open a turn, with their label as a number: one look-up per line
        // (by the label as written), then every test on the label is a look-up in an array.
        var candidateAt = [Int32](repeating: -1, count: lines.count)
        var candidates: [(speaker: SpeakerLine, label: Int)] = []
        var labelNumbers: [String: Int] = [:]  // label as written → number of its folded form
        var keys = Numbering<String>()  // labels folded
        var labelCounts: [Int] = []
        for index in bodyStart..<lines.count where !lines[index].isBlank {
            guard let speaker = SpeakerLine.recognise(lines[index].text) else { continue }
            let number: Int
            if let known = labelNumbers[speaker.label] {
                number = known
            } else {
                number = keys.number(of: fold(speaker.label))
                labelNumbers[speaker.label] = number
            }
            if number == labelCounts.count { labelCounts.append(0) }
            labelCounts[number] += 1
            candidateAt[index] = Int32(candidates.count)
            candidates.append((speaker, number))
        }
        let interviewerKeys = self.interviewerKeys
        let acceptedLabel = keys.values.indices.map { number in
            declaredKeys.contains(keys.values[number]) || interviewerKeys.contains(keys.values[number])
                || labelCounts[number] >= 2
        }
        func candidate(at index: Int) -> (speaker: SpeakerLine, label: Int)? {
            candidateAt[index] < 0 ? nil : candidates[Int(candidateAt[index])]
        }
        func accepted(_ candidate: (speaker: SpeakerLine, label: Int)) -> Bool {
            candidate.speaker.hasTimestamp || acceptedLabel[candidate.label]
        }

        var turns: [Turn] = []
        var open: OpenTurn?
        var strayLines: [Int] = []
        var rejected: [(index: Int, speaker: SpeakerLine)] = []
        for index in bodyStart..<lines.count {
            let line = lines[index]
            let candidate = candidate(at: index)
            if let candidate, accepted(candidate) {
                if let finished = open { turns.append(close(finished, number: turns.count + 1)) }
                var turn = OpenTurn(speakerLine: candidate.speaker, line: line.number)
                addContent(
                    of: line, from: candidate.speaker.bodyOffset, byte: candidate.speaker.bodyByteOffset, to: &turn)
                open = turn
                continue
            }
            if let candidate { rejected.append((index, candidate.speaker)) }
            if open != nil {
                if line.isBlank {
                    open!.pendingBreak = true
                } else {
                    addContent(of: line, from: 0, byte: 0, to: &open!)
                }
            } else if !line.isBlank {
                strayLines.append(line.number)
            }
        }
        if let finished = open { turns.append(close(finished, number: turns.count + 1)) }

        if let firstStray = strayLines.first {
            diagnostics.append(
                .warning(
                    strayLines.count == 1
                        ? "this line comes before the first speaker turn and is not part of any turn"
                        : "\(strayLines.count) lines come before the first speaker turn and are not part of any turn",
                    at: location(firstStray, 1), sourceLine: String(lines[firstStray - 1].text)))
        }
        assignParticipants(&turns, declaredInterviewers: declaredInterviewers)
        reportSuspiciousLabels(turns: turns, rejected: rejected, declaredKeys: declaredKeys)
        reportTimestampOrder(turns)
        return turns
    }

    /// Adds the text of `line` from code point `scalarOffset` (byte `byteOffset`) to the turn,
    /// without the white space around it.
    mutating func addContent(of line: TextLine, from scalarOffset: Int, byte byteOffset: Int, to turn: inout OpenTurn) {
        var text = line.text
        guard
            let (start, end, startByte, endByte) = text.withUTF8({ bytes in
                UTF8Scan.trimmedSpan(
                    bytes, from: byteOffset, scalarStart: line.offset + scalarOffset, scalarEnd: line.endOffset)
            })
        else { return }
        let utf8 = line.text.utf8
        let startIndex = utf8.index(utf8.startIndex, offsetBy: startByte)
        let endIndex = utf8.index(utf8.startIndex, offsetBy: endByte)
        if turn.pendingBreak, let paragraphStart = turn.paragraphStart {
            turn.paragraphs.append(paragraphStart..<turn.paragraphEnd)
            turn.paragraphStart = nil
        }
        turn.pendingBreak = false
        if turn.paragraphStart == nil { turn.paragraphStart = start }
        turn.paragraphEnd = end
        turn.pieces.append((start, end, startIndex, endIndex))
    }

    mutating func close(_ turn: OpenTurn, number: Int) -> Turn {
        var turn = turn
        if let paragraphStart = turn.paragraphStart { turn.paragraphs.append(paragraphStart..<turn.paragraphEnd) }
        let speaker = turn.speakerLine
        guard let first = turn.pieces.first, let last = turn.pieces.last else {
            diagnostics.append(
                .warning(
                    "turn \(number) (\(speaker.label)) has no text", at: location(turn.line, speaker.labelColumn),
                    sourceLine: String(lines[turn.line - 1].text)))
            let offset = lines[turn.line - 1].endOffset
            return Turn(
                number: number, speaker: speaker.label, participant: nil, timestamp: speaker.timestamp,
                line: turn.line, labelColumn: speaker.labelColumn, text: "", range: offset..<offset, paragraphs: [])
        }
        return Turn(
            number: number, speaker: speaker.label, participant: nil, timestamp: speaker.timestamp, line: turn.line,
            labelColumn: speaker.labelColumn, text: String(text[first.from..<last.to]), range: first.start..<last.end,
            paragraphs: turn.paragraphs)
    }

    /// Decides who speaks in each turn: interviewer labels speak for no participant; a
    /// label that names a declared participant is that participant; with one declared
    /// participant, every other label (`R`, `Respondent`) is that participant.
    mutating func assignParticipants(_ turns: inout [Turn], declaredInterviewers: Set<String>) {
        let declared = header.declaredParticipants
        let declaredByKey = Dictionary(declared.map { (TextFolding.fold($0), $0) }, uniquingKeysWith: { a, _ in a })
        var warnedLabels = Set<String>()
        // Who speaks is decided once per label (a transcript has a few labels and many turns).
        var decided: [String: ParticipantID?] = [:]
        for index in turns.indices {
            if let participant = decided[turns[index].speaker] {
                turns[index].participant = participant
                continue
            }
            let key = fold(turns[index].speaker)
            // `.some`: an interviewer's `nil` is remembered too, not taken as removing the entry.
            defer { decided[turns[index].speaker] = .some(turns[index].participant) }
            if interviewerKeys.contains(key) || declaredInterviewers.contains(key) { continue }
            if let name = declaredByKey[key] {
                turns[index].participant = ParticipantID(rawValue: name)
            } else if declared.count == 1 {
                turns[index].participant = ParticipantID(rawValue: declared[0])
            } else {
                turns[index].participant = ParticipantID(rawValue: turns[index].speaker)
                if declared.count > 1 && warnedLabels.insert(key).inserted {
                    diagnostics.append(
                        .warning(
                            "speaker `\(turns[index].speaker)` is not among the participants declared in the header (\(declared.joined(separator: ", ")))",
                            at: location(turns[index].line, turns[index].labelColumn),
                            sourceLine: String(lines[turns[index].line - 1].text)))
                }
            }
        }
    }

    /// Above this many different speaker labels, labels are not compared for misspellings.
    static let maximumSpeakersToCompare = 200

    /// Warns about a speaker who speaks only once (often a misspelt label) and about a
    /// label-like line that was read as text although it resembles a speaker's label.
    mutating func reportSuspiciousLabels(
        turns: [Turn], rejected: [(index: Int, speaker: SpeakerLine)], declaredKeys: Set<String>
    ) {
        // Per label, its number of turns and the position of its first (not copies of the turns).
        var turnsPerLabel: [String: (count: Int, first: Int)] = [:]
        for index in turns.indices { turnsPerLabel[turns[index].speaker, default: (0, index)].count += 1 }
        // Comparing every label with every other costs labels²; a file with hundreds of
        // speakers is not an interview in this format, so say that once instead.
        if turnsPerLabel.count > Self.maximumSpeakersToCompare {
            diagnostics.append(
                .warning(
                    "this transcript has \(turnsPerLabel.count) different speaker labels; an interview has a few, so check that lines such as `Naam: …` are really speaker turns",
                    at: location(turns[0].line, turns[0].labelColumn)))
            return
        }
        let frequent = turnsPerLabel.filter { $0.value.count > 1 }.map(\.key).sorted()
        for (label, labelTurns) in turnsPerLabel.sorted(by: { $0.key < $1.key }) where labelTurns.count == 1 {
            let key = TextFolding.fold(label)
            guard turns.count > 2, !declaredKeys.contains(key) else { continue }
            let turn = turns[labelTurns.first]
            var message = "speaker `\(label)` has only one turn"
            var notes: [String] = []
            if let closest = EditDistance.closest(to: label, in: frequent) {
                message += "; is it a misspelling of `\(closest)`?"
            } else {
                notes.append("if this is a real speaker, declare it in the header (`participants: …`) to silence this")
            }
            diagnostics.append(
                .warning(
                    message, at: location(turn.line, turn.labelColumn), sourceLine: String(lines[turn.line - 1].text),
                    notes: notes))
        }
        let speakers = Array(turnsPerLabel.keys)
        for (index, speaker) in rejected {
            guard let closest = EditDistance.closest(to: speaker.label, in: speakers),
                TextFolding.fold(closest) != TextFolding.fold(speaker.label)
            else { continue }
            diagnostics.append(
                .warning(
                    "`\(speaker.label):` looks like a speaker label but occurs only once, so this line was read as part of the previous turn; did you mean `\(closest)`?",
                    at: location(lines[index].number, speaker.labelColumn), sourceLine: String(lines[index].text)))
        }
    }

    mutating func reportTimestampOrder(_ turns: [Turn]) {
        // The previous stamped turn, by index (not a copy of each turn).
        var previous: Int?
        for index in turns.indices {
            guard let stamp = turns[index].timestamp else { continue }
            if let previous, let earlier = turns[previous].timestamp, stamp < earlier {
                diagnostics.append(
                    .warning(
                        "timestamp \(stamp) is earlier than that of turn \(turns[previous].number) (\(earlier))",
                        at: location(turns[index].line, 1), sourceLine: String(lines[turns[index].line - 1].text)))
            }
            previous = index
        }
    }
}
