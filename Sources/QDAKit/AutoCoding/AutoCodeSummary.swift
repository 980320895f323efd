/// What `qda autocode` did (or would do): per code, how many turns and transcripts it hit
/// and which keyword hit most.
public struct AutoCodeSummary: Hashable, Sendable, Codable {
    /// One code's figures.
    public struct CodeLine: Hashable, Sendable, Codable {
        /// The code.
        public var code: String
        /// Participant turns coded with it.
        public var turns: Int
        /// Transcripts in which it was applied.
        public var transcripts: Int
        /// Codings written (a turn with two separate matching sentences has two).
        public var codings: Int
        /// Turns coded because they answer a guide question.
        public var guideTurns: Int
        /// The keyword that matched in most codings, as written, if any keyword matched.
        public var topKeyword: String?
        /// In how many codings ``topKeyword`` matched.
        public var topKeywordCodings: Int
    }

    /// The study folder.
    public var study: String
    /// The codebook whose keywords were applied.
    public var codebook: String
    /// The interview guide used for structural coding, if any.
    public var guide: String?
    /// The coder name the codings are written as.
    public var coder: String
    /// The folder the coding files go to.
    public var folder: String
    /// Whether nothing was written.
    public var dryRun: Bool
    /// Transcripts auto-coded.
    public var transcripts: Int
    /// Participant turns in them.
    public var participantTurns: Int
    /// Participant turns that got at least one code.
    public var turnsCoded: Int
    /// Codings in all.
    public var codings: Int
    /// Codes with at least one keyword that codes a sentence.
    public var codesWithKeywords: Int
    /// Topics in the guide that give a code.
    public var guideTopics: Int
    /// The codes applied, in codebook order.
    public var codes: [CodeLine]
    /// Codes with keywords (or a guide topic) that were never applied.
    public var codesNotApplied: [String]
    /// The coding files written, or that would be written.
    public var files: [String]
    /// Copies kept of hand-edited files that were replaced (with `--force`).
    public var backups: [String]

    /// The summary as aligned text for the terminal.
    public var rendered: String {
        var lines: [String] = []
        var source = "\(codebook): \(codesWithKeywords) codes with keywords"
        if let guide { source += "; guide \(guide): \(guideTopics) topics" }
        lines.append("Auto-coding \(study) with \(source)")
        let percent = participantTurns == 0 ? 0 : Int((Double(turnsCoded) * 100 / Double(participantTurns)).rounded())
        lines.append(
            "\(transcripts) transcripts, \(participantTurns.grouped) participant turns: \(turnsCoded.grouped) turns coded (\(percent)%), \(codings.grouped) codings, \(codes.count) codes applied"
        )
        lines.append("")
        let width = min(max(codes.map(\.code.count).max() ?? 4, 4), 60)
        func pad(_ text: String, _ length: Int) -> String {
            text.count >= length ? text : text + String(repeating: " ", count: length - text.count)
        }
        func padLeft(_ text: String, _ length: Int) -> String {
            text.count >= length ? text : String(repeating: " ", count: length - text.count) + text
        }
        lines.append(pad("code", width) + "  turns  transcripts  top keyword")
        for line in codes {
            var top = line.topKeyword.map { "\($0) (\(line.topKeywordCodings)×)" } ?? ""
            if line.guideTurns > 0 { top = (top.isEmpty ? "" : top + ", ") + "guide: \(line.guideTurns) turns" }
            let name = line.code.count > width ? String(line.code.prefix(width - 1)) + "…" : line.code
            lines.append(
                pad(name, width) + "  " + padLeft("\(line.turns)", 5) + "  " + padLeft("\(line.transcripts)", 11) + "  "
                    + top)
        }
        if !codesNotApplied.isEmpty {
            lines.append("")
            lines.append(
                "not applied (\(codesNotApplied.count)): " + codesNotApplied.joined(separator: ", "))
        }
        lines.append("")
        if dryRun {
            lines.append(
                "dry run: would write \(files.count) coding files to \(folder)/ as coder `\(coder)`; nothing written")
        } else {
            lines.append("wrote \(files.count) coding files to \(folder)/ as coder `\(coder)`")
            for backup in backups { lines.append("kept the hand-edited version as \(backup)") }
            lines.append("review them, then compare: qda agree --coders \(coder),<coder>")
        }
        return lines.joined(separator: "\n")
    }

    /// Builds the figures from the codings.
    static func tally(_ codings: [AutoCoding], codebook: Codebook) -> [CodeLine] {
        var byCode: [String: [AutoCoding]] = [:]
        for coding in codings { byCode[coding.code, default: []].append(coding) }
        return codebook.codes.compactMap { code -> CodeLine? in
            guard let list = byCode[code.name] else { return nil }
            var keywordCounts: [String: Int] = [:]
            // Where each keyword first appears: coding, then place in that coding's list, so that
            // a tie never falls to the dictionary's (per-run) order.
            var firstSeen: [String: (coding: Int, place: Int)] = [:]
            for (position, coding) in list.enumerated() {
                for (place, keyword) in coding.keywords.enumerated() {
                    keywordCounts[keyword, default: 0] += 1
                    if firstSeen[keyword] == nil { firstSeen[keyword] = (position, place) }
                }
            }
            let top = keywordCounts.max {
                $0.value != $1.value ? $0.value < $1.value : firstSeen[$0.key]! > firstSeen[$1.key]!
            }
            struct TurnKey: Hashable {
                var transcript: TranscriptID
                var turn: Int
            }
            return CodeLine(
                code: code.name, turns: Set(list.map { TurnKey(transcript: $0.transcript, turn: $0.turn) }).count,
                transcripts: Set(list.map(\.transcript)).count, codings: list.count,
                guideTurns: list.filter { $0.topic != nil }.count, topKeyword: top?.key,
                topKeywordCodings: top?.value ?? 0)
        }
    }
}
