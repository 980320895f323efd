/// The summary (the most-mentioned codes of the summary themes, such as success factors and
/// bottlenecks) and the section on codes not yet in the codebook.
extension ChapterBuilder {
    /// Themes to summarise: `report.summary` in qda.json, else themes called success factors
    /// or bottlenecks, else none (the summary then names the most-mentioned codes overall).
    func summaryThemes() -> [Int] {
        let themes = inputs.frequencies.themes
        if let configured = reportSettings.summary, !configured.isEmpty {
            return configured.compactMap { name in
                themes.firstIndex { TextFolding.fold($0.theme) == TextFolding.fold(name) }
            }
        }
        let defaults = ["succesfactoren", "knelpunten", "success factors", "bottlenecks", "barriers", "facilitators"]
        return themes.indices.filter { defaults.contains(TextFolding.fold(themes[$0].theme)) }
    }

    /// The top codes of a list by participants, then mentions, then codebook order, and the
    /// codes tied with the last one that did not fit (named as a number, not left out silently).
    func topCodes(_ codes: [CodeCount], limit: Int = 3) -> (shown: [CodeCount], tied: [CodeCount]) {
        let used = codes.filter { $0.participantCount > 0 && $0.isReported }
        let ranked = used.enumerated().sorted {
            ($0.element.participantCount, $0.element.mentions, -$0.offset)
                > ($1.element.participantCount, $1.element.mentions, -$1.offset)
        }.map(\.element)
        guard ranked.count > limit else { return (ranked, []) }
        let cutoff = ranked[limit - 1].participantCount
        let above = ranked.filter { $0.participantCount > cutoff }
        let atCutoff = ranked.filter { $0.participantCount == cutoff }
        if above.count + atCutoff.count <= limit + 1 { return (above + atCutoff, []) }
        return (
            above.isEmpty ? Array(atCutoff.prefix(limit)) : above,
            above.isEmpty ? Array(atCutoff.dropFirst(limit)) : atCutoff
        )
    }

    mutating func appendSummary() {
        document.append(.heading(level: 2, text: phrases.summaryHeading))
        let frequencies = inputs.frequencies
        var groups: [(heading: String?, codes: (shown: [CodeCount], tied: [CodeCount]))] = summaryThemes().map {
            index in
            (
                heading(frequencies.themes[index].theme, default: frequencies.themes[index].heading),
                topCodes(frequencies.codes.filter { $0.themeIndex == index })
            )
        }
        if groups.isEmpty { groups = [(nil, topCodes(frequencies.codes, limit: 5))] }
        for (index, group) in groups.enumerated() where !group.codes.shown.isEmpty {
            var pieces: [SentencePiece] = []
            if let heading = group.heading {
                pieces.append(
                    .text(
                        language == .dutch
                            ? (index == 0 ? "Binnen het thema " : "Binnen ")
                            : (index == 0 ? "Within the theme " : "Within ")))
                pieces.append(.code(heading))
                let single = group.codes.shown.count == 1 && group.codes.tied.isEmpty
                pieces.append(
                    .text(
                        language == .dutch
                            ? (single ? " wordt het vaakst genoemd: " : " worden het vaakst genoemd: ")
                            : (single ? " the most-mentioned code is " : " the most-mentioned codes are ")))
            } else {
                pieces.append(
                    .text(language == .dutch ? "De meestgenoemde codes zijn " : "The most-mentioned codes are "))
            }
            let shown = group.codes.shown
            let tied = group.codes.tied
            for (position, code) in shown.enumerated() {
                if position > 0 {
                    pieces.append(.text(position == shown.count - 1 && tied.isEmpty ? " \(language.and) " : ", "))
                }
                pieces.append(.code(code.code))
                let people =
                    position == 0
                    ? language.count(code.participantCount, noun) : language.numberWord(code.participantCount)
                pieces.append(.text(" (\(people))"))
            }
            if let first = tied.first {
                let count = language.numberWord(tied.count)
                let people = language.count(first.participantCount, noun)
                pieces.append(
                    .text(
                        language == .dutch
                            ? ", gevolgd door \(count) codes die elk door \(people) worden genoemd"
                            : ", followed by \(count) codes mentioned by \(people) each"))
            }
            pieces.append(.text("."))
            document.append(.paragraph(inlines(pieces)))
        }
        document.append(.authorNote(phrases.interpretationNote(phrases.summaryHeading.lowercased())))
    }

    /// Codes used while coding that the codebook does not contain yet.
    mutating func appendCandidateCodes() {
        let candidates = inputs.frequencies.candidateCodes.filter { $0.participantCount > 0 }
        guard !candidates.isEmpty else { return }
        document.append(
            .heading(level: 2, text: language == .dutch ? "Nieuwe inductieve codes" : "New inductive codes"))
        document.append(
            .paragraph([
                .text(
                    language == .dutch
                        ? "De volgende codes zijn tijdens het coderen ontstaan en nog niet in het codeerschema ingedeeld."
                        : "The following codes emerged while coding and are not yet placed in the codebook.")
            ]))
        for code in candidates { appendCode(code) }
        document.append(.authorNote(phrases.interpretationNote(language == .dutch ? "nieuwe codes" : "new codes")))
    }
}
