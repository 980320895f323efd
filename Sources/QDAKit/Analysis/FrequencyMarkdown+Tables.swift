/// The matrix, co-occurrence and saturation sections of the Markdown output.
extension FrequencyMarkdown {
    // MARK: - Matrix

    func matrixSection(presence: Bool) -> String {
        let participants = frequencies.participants
        var lines = [
            "## " + text.pick("Codes × \(text.plural)", "Codes × \(text.plural)"), "",
            presence
                ? text.pick(
                    "✓ = at least one mention; the last column counts the \(text.plural).",
                    "✓ = ten minste één vermelding; de laatste kolom telt de \(text.plural).")
                : text.pick(
                    "Mentions per \(text.singular) (empty: none). Theme and subtheme rows count distinct segments.",
                    "Vermeldingen per \(text.singular) (leeg: geen). Rijen van thema's en subthema's tellen verschillende fragmenten."
                ),
            "",
            row(
                [rowHeader] + participants.map { escape($0.rawValue) } + [
                    presence ? text.capitalPlural : text.totalHeader
                ]),
            "|:--|" + String(repeating: "--:|", count: participants.count + 1),
        ]
        func cells(_ perParticipant: [ParticipantMentions], total: Int) -> [String] {
            perParticipant.mentions(of: participants).map { $0 == 0 ? "" : presence ? "✓" : "\($0)" } + ["\(total)"]
        }
        for item in frequencies.outline {
            let (label, count) = outlineLabel(item)
            let values = cells(count.perParticipant, total: presence ? count.participants : count.mentions)
            lines.append(row([label] + values.map { $0.isEmpty ? $0 : emphasise($0, item) }))
        }
        for code in frequencies.candidateCodes {
            lines.append(
                row(
                    [escape(code.code) + candidateMark]
                        + cells(code.participants, total: presence ? code.participantCount : code.mentions)))
        }
        if !frequencies.candidateCodes.isEmpty && frequencies.codebook != nil {
            lines += ["", text.pick("‡ not in the codebook.", "‡ niet in het codeboek.")]
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Co-occurrence

    func cooccurrenceSection() -> String {
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
                    "De \(shown.count) paren met de hoogste n₁₂ van \(pairs.count); allemaal: `--table cooccurrence --top 0`."
                ),
            ]
        }
        lines += [
            "", row(["Code 1", "Code 2", "n₁", "n₂", "n₁₂", "c", text.transcriptsHeader]),
            "|:--|:--|--:|--:|--:|--:|--:|",
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

    func saturationSection() -> String {
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
            lines += [
                "", text.pick("New codes after the first transcript:", "Nieuwe codes na het eerste transcript:"), "",
            ]
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
                        "The last transcript still added new codes.",
                        "Ook het laatste transcript voegde nieuwe codes toe."))
            case 1:
                lines.append(
                    text.pick(
                        "The last transcript added no new codes.",
                        "Het laatste transcript voegde geen nieuwe codes toe."))
            default:
                lines.append(
                    text.pick(
                        "The last \(trailing) transcripts added no new codes.",
                        "De laatste \(trailing) transcripten voegden geen nieuwe codes toe."))
            }
        }
        return lines.joined(separator: "\n")
    }
}
