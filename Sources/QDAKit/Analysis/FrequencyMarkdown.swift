/// Renders ``CodeFrequencies`` as Markdown tables a researcher can paste into a thesis.
struct FrequencyMarkdown {
    let frequencies: CodeFrequencies
    let text: FrequencyText
    /// The most co-occurring pairs to list (0: all).
    let cooccurrenceLimit: Int
    /// The most names listed in a "who" cell before "and N more".
    let maxNames = 15

    func render(_ tables: [FrequencyTable]) -> String {
        var sections = [header()]
        for table in tables {
            switch table {
            case .codes: sections += [codesSection(), candidatesSection()].compactMap { $0 }
            case .groups: sections += frequencies.breakdowns.indices.map(groupsSection)
            case .matrix: sections.append(matrixSection(presence: false))
            case .presence: sections.append(matrixSection(presence: true))
            case .cooccurrence: sections.append(cooccurrenceSection())
            case .saturation: sections.append(saturationSection())
            }
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Header

    private func header() -> String {
        let choice = frequencies.coderChoice
        var lines = ["# " + text.title(frequencies.study), ""]
        lines.append(
            text.codingsOf(choice.coders) + " (" + text.basis(choice.basis) + "). "
                + text.countedLine(
                    transcripts: frequencies.transcripts.count, of: choice.sources.count,
                    participants: frequencies.participants.count))
        var notes: [String] = []
        if choice.coders.count > 1 {
            for coder in choice.coders.dropFirst() {
                let used = choice.sources.filter { $0.coder == coder }.map(\.transcript.rawValue)
                if !used.isEmpty {
                    notes.append(
                        text.pick("Codings of \(coder) counted for: ", "Coderingen van \(coder) geteld voor: ")
                            + used.joined(separator: ", ") + ".")
                }
            }
        }
        var alsoCoded: [CoderID: [TranscriptID]] = [:]
        for source in choice.sources where source.coder != nil {
            for other in source.otherCoders { alsoCoded[other, default: []].append(source.transcript) }
        }
        for (coder, transcripts) in alsoCoded.sorted(by: { $0.key < $1.key }) {
            notes.append(
                text.pick("Also coded by \(coder): ", "Ook gecodeerd door \(coder): ")
                    + transcripts.map(\.rawValue).joined(separator: ", ")
                    + text.pick(
                        " (not counted here; compare the coders with `qda agree`).",
                        " (hier niet geteld; vergelijk de codeurs met `qda agree`)."))
        }
        let uncounted = choice.uncountedTranscripts
        if !uncounted.isEmpty {
            let who = text.list(choice.coders.map(\.rawValue))
            let items = uncounted.map { source in
                source.transcript.rawValue + " ("
                    + (source.otherCoders.isEmpty
                        ? text.pick("not coded", "niet gecodeerd")
                        : text.pick("coded by ", "gecodeerd door ") + text.list(source.otherCoders.map(\.rawValue)))
                    + ")"
            }
            notes.append(
                text.pick("Not counted, not coded by \(who): ", "Niet geteld, niet gecodeerd door \(who): ")
                    + items.joined(separator: ", ") + ".")
        }
        if !frequencies.themeFilter.isEmpty {
            notes.append(
                text.pick("Only the theme(s) ", "Alleen het thema/de thema's ")
                    + text.list(frequencies.themeFilter.map { "“\($0)”" }) + ".")
        }
        let uncountedCodings = frequencies.uncounted
        if uncountedCodings.interviewerOnly > 0 {
            notes.append(
                text.pick("Not counted: ", "Niet geteld: ") + text.codings(uncountedCodings.interviewerOnly)
                    + text.pick(" on interviewer turns only.", " op alleen beurten van de interviewer."))
        }
        if uncountedCodings.duplicates > 0 {
            notes.append(
                text.pick("Counted once: ", "Eén keer geteld: ") + text.codings(uncountedCodings.duplicates)
                    + text.pick(
                        " repeating a code on a segment that already had it.",
                        " die een code herhalen op een fragment dat die code al had."))
        }
        if frequencies.dataErrors > 0 {
            notes.append(
                text.pick(
                    "**`qda check` finds \(frequencies.dataErrors) error\(frequencies.dataErrors == 1 ? "" : "s") in this study; coding rows with errors are not counted.**",
                    "**`qda check` vindt \(frequencies.dataErrors) fout\(frequencies.dataErrors == 1 ? "" : "en") in deze studie; codeerregels met fouten zijn niet geteld.**"
                ))
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- " + $0 }
        }
        lines += ["", "> " + text.countingNote]
        return lines.joined(separator: "\n")
    }

    // MARK: - Codes

    private func codesSection() -> String? {
        guard !frequencies.themes.isEmpty else { return nil }
        let total = frequencies.participants.count
        var lines = [
            "## " + text.pick("Themes, subthemes and codes", "Thema's, subthema's en codes"), "",
            row([
                text.outlineHeader, text.capitalPlural + text.pick(" (of \(total))", " (van \(total))"),
                text.mentionsHeader,
                text.transcriptsHeader, text.whoHeader,
            ]),
            "|:--|--:|--:|--:|:--|",
        ]
        var anyUnreported = false
        for item in frequencies.outline {
            let (label, count) = outlineLabel(item)
            if !count.isReported { anyUnreported = true }
            lines.append(
                row([
                    label, emphasise(count.participants, item), emphasise(count.mentions, item),
                    emphasise(count.transcripts, item), names(count.names),
                ]))
        }
        if anyUnreported { lines += ["", text.notReportedNote] }
        return lines.joined(separator: "\n")
    }

    private func candidatesSection() -> String? {
        let candidates = frequencies.candidateCodes
        guard !candidates.isEmpty || frequencies.themes.isEmpty else { return nil }
        let hasCodebook = frequencies.codebook != nil
        var lines = [
            "## "
                + (hasCodebook
                    ? text.pick("Codes not in the codebook", "Codes die niet in het codeboek staan")
                    : text.pick("Codes", "Codes")),
            "",
            hasCodebook
                ? text.pick(
                    "Candidate inductive codes: used in the codings but not in the codebook. Add them to the codebook or correct them; `qda check` shows where they are used.",
                    "Kandidaat-inductieve codes: gebruikt in de coderingen maar niet in het codeboek. Voeg ze toe aan het codeboek of verbeter ze; `qda check` laat zien waar ze gebruikt zijn."
                )
                : text.pick(
                    "No codebook: the codes as used in the codings (name one with --codebook or `codebook` in qda.json).",
                    "Geen codeboek: de codes zoals gebruikt in de coderingen (geef er een op met --codebook of `codebook` in qda.json)."
                ),
            "",
            row([
                text.codeHeader,
                text.capitalPlural
                    + text.pick(" (of \(frequencies.participants.count))", " (van \(frequencies.participants.count))"),
                text.mentionsHeader, text.transcriptsHeader, text.whoHeader,
            ]),
            "|:--|--:|--:|--:|:--|",
        ]
        for code in candidates {
            lines.append(
                row([
                    escape(code.code), "\(code.participantCount)", "\(code.mentions)", "\(code.transcriptCount)",
                    names(code.participantIDs.map(\.rawValue)),
                ]))
        }
        return lines.joined(separator: "\n")
    }

    struct RowCount {
        var participants: Int
        var mentions: Int
        var transcripts: Int
        var names: [String]
        var isReported: Bool
        var byAttribute: [AttributeCounts]
        var perParticipant: [ParticipantMentions]
    }

    func outlineLabel(_ item: CodeFrequencies.OutlineRow) -> (String, RowCount) {
        switch item {
        case .theme(let index):
            let theme = frequencies.themes[index]
            return ("**" + escape(theme.heading) + "**" + (theme.isReported ? "" : " †"), rowCount(theme))
        case .subtheme(let index):
            let subtheme = frequencies.subthemes[index]
            return ("*" + escape(subtheme.heading) + "*" + (subtheme.isReported ? "" : " †"), rowCount(subtheme))
        case .code(let index):
            let code = frequencies.codes[index]
            let count = RowCount(
                participants: code.participantCount, mentions: code.mentions, transcripts: code.transcriptCount,
                names: code.participantIDs.map(\.rawValue), isReported: code.isReported, byAttribute: code.byAttribute,
                perParticipant: code.participants)
            let indent = code.subthemeIndex == nil ? "" : "\u{00A0}\u{00A0}"
            return (indent + escape(code.code) + (code.isReported ? "" : " †"), count)
        }
    }

    func rowCount(_ count: ThemeCount) -> RowCount {
        RowCount(
            participants: count.participantCount, mentions: count.mentions, transcripts: count.transcriptCount,
            names: count.participantIDs.map(\.rawValue), isReported: count.isReported, byAttribute: count.byAttribute,
            perParticipant: count.participants)
    }

    func emphasise(_ value: Int, _ item: CodeFrequencies.OutlineRow) -> String {
        emphasise("\(value)", item)
    }

    func emphasise(_ value: String, _ item: CodeFrequencies.OutlineRow) -> String {
        switch item {
        case .theme: return "**\(value)**"
        case .subtheme: return "*\(value)*"
        case .code: return value
        }
    }

    // MARK: - Groups

    private func groupsSection(_ index: Int) -> String {
        let breakdown = frequencies.breakdowns[index]
        let groups = breakdown.groups
        var lines = [
            "## " + text.pick("By ", "Naar ") + breakdown.attribute, "",
            text.pick(
                "\(text.capitalPlural) with at least one mention, of the \(text.plural) in each group (n).",
                "\(text.capitalPlural) met ten minste één vermelding, van het aantal \(text.plural) per groep (n)."),
        ]
        if breakdown.isPrivate {
            lines.append(
                text.pick(
                    "`\(breakdown.attribute)` is private (qda.json): only group counts are shown. Small groups can still identify people; think before publishing them.",
                    "`\(breakdown.attribute)` is privé (qda.json): alleen aantallen per groep worden getoond. Kleine groepen kunnen mensen toch herkenbaar maken; denk na voordat je ze publiceert."
                ))
        }
        lines.append("")
        let labels = groups.map { (($0.value.map(escape)) ?? text.noValue) + " (n = \($0.size))" }
        lines.append(row([rowHeader] + labels))
        lines.append("|:--|" + String(repeating: "--:|", count: groups.count))
        func cells(_ counts: [AttributeCounts]) -> [String] {
            counts[index].groups.map { text.of($0.participants, $0.size) }
        }
        for item in frequencies.outline {
            let (label, count) = outlineLabel(item)
            lines.append(row([label] + cells(count.byAttribute).map { emphasise($0, item) }))
        }
        for code in frequencies.candidateCodes {
            lines.append(row([escape(code.code) + candidateMark] + cells(code.byAttribute)))
        }
        if !frequencies.candidateCodes.isEmpty && frequencies.codebook != nil {
            lines += ["", text.pick("‡ not in the codebook.", "‡ niet in het codeboek.")]
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Helpers

    /// The mark after a code that is not in the codebook (none when there is no codebook).
    var candidateMark: String { frequencies.codebook == nil ? "" : " ‡" }

    /// The first column's header: the outline, or just codes when there is no codebook.
    var rowHeader: String { frequencies.themes.isEmpty ? text.codeHeader : text.outlineHeader }

    func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    func names(_ names: [String]) -> String {
        let shown = names.prefix(maxNames).map(escape)
        let rest = names.count - shown.count
        return shown.joined(separator: ", ") + (rest > 0 ? ", " + text.more(rest) : "")
    }

    func escape(_ cell: String) -> String {
        var result = ""
        for character in cell {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}

extension CodeFrequencies {
    /// The co-occurring pairs, most frequent first (then by c, then in codebook order).
    public var sortedCooccurrences: [CoOccurrence] {
        cooccurrences.enumerated().sorted { lhs, rhs in
            if lhs.element.n12 != rhs.element.n12 { return lhs.element.n12 > rhs.element.n12 }
            if lhs.element.coefficient != rhs.element.coefficient {
                return lhs.element.coefficient > rhs.element.coefficient
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
