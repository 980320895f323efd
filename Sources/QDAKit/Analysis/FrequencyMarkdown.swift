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
                    notes.append(text.pick("Codings of \(coder) counted for: ", "Coderingen van \(coder) geteld voor: ") + used.joined(separator: ", ") + ".")
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
                        : text.pick("coded by ", "gecodeerd door ") + text.list(source.otherCoders.map(\.rawValue))) + ")"
            }
            notes.append(
                text.pick("Not counted, not coded by \(who): ", "Niet geteld, niet gecodeerd door \(who): ")
                    + items.joined(separator: ", ") + ".")
        }
        if !frequencies.themeFilter.isEmpty {
            notes.append(text.pick("Only the theme(s) ", "Alleen het thema/de thema's ") + text.list(frequencies.themeFilter.map { "“\($0)”" }) + ".")
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
                text.outlineHeader, text.capitalPlural + text.pick(" (of \(total))", " (van \(total))"), text.mentionsHeader,
                text.transcriptsHeader, text.whoHeader,
            ]),
            "|:--|--:|--:|--:|:--|",
        ]
        var anyUnreported = false
        for item in frequencies.outline {
            let (label, count) = outlineLabel(item)
            if !count.isReported { anyUnreported = true }
            lines.append(
                row([label, emphasise(count.participants, item), emphasise(count.mentions, item), emphasise(count.transcripts, item), names(count.names)]))
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
                text.codeHeader, text.capitalPlural + text.pick(" (of \(frequencies.participants.count))", " (van \(frequencies.participants.count))"),
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

    private struct RowCount {
        var participants: Int
        var mentions: Int
        var transcripts: Int
        var names: [String]
        var isReported: Bool
        var byAttribute: [AttributeCounts]
        var perParticipant: [ParticipantMentions]
    }

    private func outlineLabel(_ item: CodeFrequencies.OutlineRow) -> (String, RowCount) {
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

    private func rowCount(_ count: ThemeCount) -> RowCount {
        RowCount(
            participants: count.participantCount, mentions: count.mentions, transcripts: count.transcriptCount,
            names: count.participantIDs.map(\.rawValue), isReported: count.isReported, byAttribute: count.byAttribute,
            perParticipant: count.participants)
    }

    private func emphasise(_ value: Int, _ item: CodeFrequencies.OutlineRow) -> String {
        emphasise("\(value)", item)
    }

    private func emphasise(_ value: String, _ item: CodeFrequencies.OutlineRow) -> String {
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
        lines.append(row([text.outlineHeader] + labels))
        lines.append("|:--|" + String(repeating: "--:|", count: groups.count))
        func cells(_ counts: [AttributeCounts]) -> [String] {
            counts[index].groups.map { text.of($0.participants, $0.size) }
        }
        for item in frequencies.outline {
            let (label, count) = outlineLabel(item)
            lines.append(row([label] + cells(count.byAttribute).map { emphasise($0, item) }))
        }
        for code in frequencies.candidateCodes {
            lines.append(row([escape(code.code) + " ‡"] + cells(code.byAttribute)))
        }
        if !frequencies.candidateCodes.isEmpty && frequencies.codebook != nil {
            lines += ["", text.pick("‡ not in the codebook.", "‡ niet in het codeboek.")]
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Matrix

    private func matrixSection(presence: Bool) -> String {
        let participants = frequencies.participants
        var lines = [
            "## " + text.pick("Codes × \(text.plural)", "Codes × \(text.plural)"), "",
            presence
                ? text.pick(
                    "✓ = at least one mention; the last column counts the \(text.plural).",
                    "✓ = ten minste één vermelding; de laatste kolom telt de \(text.plural).")
                : text.pick(
                    "Mentions per \(text.singular) (empty: none). Theme and subtheme rows count distinct segments.",
                    "Vermeldingen per \(text.singular) (leeg: geen). Rijen van thema's en subthema's tellen verschillende fragmenten."),
            "",
            row([text.outlineHeader] + participants.map { escape($0.rawValue) } + [presence ? text.capitalPlural : text.totalHeader]),
            "|:--|" + String(repeating: "--:|", count: participants.count + 1),
        ]
        func cells(_ perParticipant: [ParticipantMentions], total: Int) -> [String] {
            let counts = Dictionary(uniqueKeysWithValues: perParticipant.map { ($0.participant, $0.mentions) })
            return participants.map { counts[$0].map { presence ? "✓" : "\($0)" } ?? "" } + ["\(total)"]
        }
        for item in frequencies.outline {
            let (label, count) = outlineLabel(item)
            let values = cells(count.perParticipant, total: presence ? count.participants : count.mentions)
            lines.append(row([label] + values.map { $0.isEmpty ? $0 : emphasise($0, item) }))
        }
        for code in frequencies.candidateCodes {
            lines.append(
                row([escape(code.code) + " ‡"] + cells(code.participants, total: presence ? code.participantCount : code.mentions)))
        }
        if !frequencies.candidateCodes.isEmpty && frequencies.codebook != nil {
            lines += ["", text.pick("‡ not in the codebook.", "‡ niet in het codeboek.")]
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Co-occurrence

    private func cooccurrenceSection() -> String {
        var lines = [
            "## " + text.pick("Co-occurrence of codes", "Samen voorkomen van codes"), "",
            text.pick(
                "Two codes co-occur where a segment of one overlaps a segment of the other in the same transcript. "
                    + "n₁₂ counts the passages with both codes, n₁ and n₂ the passages with each code, where overlapping "
                    + "segments of the two codes form one passage (so n₁ and n₂ are the codes' mentions unless segments "
                    + "of a code overlap each other). c = n₁₂ / (n₁ + n₂ − n₁₂) is the c-coefficient of ATLAS.ti (the "
                    + "Jaccard index): 0 = never together, 1 = always together.",
                "Twee codes komen samen voor waar een fragment van de ene een fragment van de andere overlapt in "
                    + "hetzelfde transcript. n₁₂ telt de passages met beide codes, n₁ en n₂ de passages met elk van de "
                    + "codes, waarbij overlappende fragmenten van de twee codes één passage vormen (n₁ en n₂ zijn dus de "
                    + "vermeldingen van de codes, tenzij fragmenten van één code elkaar overlappen). c = n₁₂ / (n₁ + n₂ "
                    + "− n₁₂) is de c-coëfficiënt van ATLAS.ti (de Jaccard-index): 0 = nooit samen, 1 = altijd samen."),
        ]
        let pairs = frequencies.sortedCooccurrences
        guard !pairs.isEmpty else {
            lines += ["", text.pick("No two codes co-occur.", "Geen twee codes komen samen voor.")]
            return lines.joined(separator: "\n")
        }
        let shown = cooccurrenceLimit > 0 ? Array(pairs.prefix(cooccurrenceLimit)) : pairs
        if shown.count < pairs.count {
            lines += [
                "",
                text.pick(
                    "The \(shown.count) pairs with the highest n₁₂ of \(pairs.count); all of them: `--table cooccurrence --top 0`.",
                    "De \(shown.count) paren met de hoogste n₁₂ van \(pairs.count); allemaal: `--table cooccurrence --top 0`."),
            ]
        }
        lines += [
            "", row(["Code 1", "Code 2", "n₁", "n₂", "n₁₂", "c", text.transcriptsHeader]), "|:--|:--|--:|--:|--:|--:|--:|",
        ]
        for pair in shown {
            lines.append(
                row([
                    escape(pair.code1), escape(pair.code2), "\(pair.n1)", "\(pair.n2)", "\(pair.n12)",
                    text.language.decimal(pair.coefficient), "\(pair.transcripts)",
                ]))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Saturation

    private func saturationSection() -> String {
        let saturation = frequencies.saturation
        var lines = ["## " + text.pick("Saturation", "Verzadiging"), ""]
        switch saturation.order {
        case .date:
            lines.append(
                text.pick(
                    "Transcripts in interview order (by the `date` in their headers).",
                    "Transcripten in volgorde van afname (op de `date` in hun kop)."))
        case .file:
            let undated = saturation.undated.map(\.rawValue)
            lines.append(
                undated.isEmpty || undated.count == saturation.steps.count
                    ? text.pick(
                        "Transcripts in file order (the transcripts have no `date` in their headers).",
                        "Transcripten in bestandsvolgorde (de transcripten hebben geen `date` in hun kop).")
                    : text.pick(
                        "Transcripts in file order: not every transcript has a `date` in its header (missing or unreadable in \(text.list(undated))).",
                        "Transcripten in bestandsvolgorde: niet elk transcript heeft een `date` in de kop (ontbreekt of onleesbaar in \(text.list(undated)))."
                    ))
        }
        lines += [
            "",
            row([
                "#", "Transcript", text.pick("Date", "Datum"), text.pick("Codes used", "Codes gebruikt"),
                text.pick("New codes", "Nieuwe codes"), text.pick("Total so far", "Totaal tot nu"), "",
            ]),
            "|--:|:--|:--|--:|--:|--:|:--|",
        ]
        let maximum = max(saturation.steps.last?.cumulative ?? 0, 1)
        for (number, step) in saturation.steps.enumerated() {
            let width = Int((Double(step.cumulative) / Double(maximum) * 30).rounded())
            lines.append(
                row([
                    "\(number + 1)", escape(step.transcript.rawValue), step.date.map(escape) ?? "", "\(step.codesUsed)",
                    "\(step.newCodes.count)", "\(step.cumulative)", String(repeating: "█", count: width),
                ]))
        }
        let later = saturation.steps.dropFirst().filter { !$0.newCodes.isEmpty }
        if !later.isEmpty {
            lines += ["", text.pick("New codes after the first transcript:", "Nieuwe codes na het eerste transcript:"), ""]
            for step in later {
                lines.append("- " + step.transcript.rawValue + ": " + step.newCodes.map(escape).joined(separator: "; "))
            }
        }
        let trailing = saturation.trailingTranscriptsWithoutNewCodes
        if !saturation.steps.isEmpty {
            lines.append("")
            switch trailing {
            case 0:
                lines.append(
                    text.pick(
                        "The last transcript still added new codes.", "Ook het laatste transcript voegde nieuwe codes toe."))
            case 1:
                lines.append(
                    text.pick("The last transcript added no new codes.", "Het laatste transcript voegde geen nieuwe codes toe."))
            default:
                lines.append(
                    text.pick(
                        "The last \(trailing) transcripts added no new codes.",
                        "De laatste \(trailing) transcripten voegden geen nieuwe codes toe."))
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Helpers

    private func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private func names(_ names: [String]) -> String {
        let shown = names.prefix(maxNames).map(escape)
        let rest = names.count - shown.count
        return shown.joined(separator: ", ") + (rest > 0 ? ", " + text.more(rest) : "")
    }

    private func escape(_ cell: String) -> String {
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
