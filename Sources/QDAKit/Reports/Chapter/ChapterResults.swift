/// The results sections: one per theme, one per subtheme, a paragraph and quotes per code.
extension ChapterBuilder {
    mutating func appendTheme(_ themeIndex: Int) {
        let frequencies = inputs.frequencies
        let theme = frequencies.themes[themeIndex]
        document.append(.heading(level: 2, text: heading(theme.theme, default: theme.heading)))
        let ownCodes = frequencies.codes.indices.filter {
            frequencies.codes[$0].themeIndex == themeIndex && frequencies.codes[$0].subthemeIndex == nil
        }
        appendCodes(ownCodes)
        for subthemeIndex in frequencies.subthemes.indices
        where frequencies.subthemes[subthemeIndex].themeIndex == themeIndex {
            let subtheme = frequencies.subthemes[subthemeIndex]
            guard subtheme.isReported else { continue }
            document.append(.heading(level: 3, text: heading(subtheme.subtheme ?? "", default: subtheme.heading)))
            appendCodes(frequencies.codes.indices.filter { frequencies.codes[$0].subthemeIndex == subthemeIndex })
            document.append(.authorNote(phrases.interpretationNote(subtheme.heading)))
        }
        if ownCodes.isEmpty == false && frequencies.subthemes.allSatisfy({ $0.themeIndex != themeIndex }) {
            document.append(.authorNote(phrases.interpretationNote(theme.heading)))
        }
        appendThemeFigure(themeIndex)
    }

    /// The paragraphs for a group of codes, in codebook order; codes nobody mentions are
    /// named together at the end.
    mutating func appendCodes(_ indices: [Int]) {
        let codes = indices.map { inputs.frequencies.codes[$0] }.filter(\.isReported)
        for code in codes where code.participantCount > 0 {
            appendCode(code)
        }
        let unused = codes.filter { $0.participantCount == 0 }.map(\.code)
        if !unused.isEmpty {
            document.append(.paragraph(inlines(sentences.none(codes: unused))))
            for code in unused { stated.append(.init(code: code, participants: [], mentions: 0)) }
        }
    }

    mutating func appendCode(_ code: CodeCount) {
        let names = code.participantIDs.map(\.rawValue)
        var pieces = sentences.count(
            code: code.code, participants: names, mentions: code.mentions, variant: nextSentenceVariant())
        if let group = sharedGroup(of: code) {
            pieces += sentences.sameGroup(attribute: group.attribute, value: group.value, count: names.count)
        }
        stated.append(.init(code: code.code, participants: code.participantIDs, mentions: code.mentions))
        let limit = names.count >= 3 ? options.quotesPerCode : min(1, options.quotesPerCode)
        let codings = codings(of: code.code)
        let chosen = quotes.choose(for: code, codings: codings, limit: limit)
        var paragraph = inlines(pieces)
        var blocks: [ReportBlock] = []
        for quote in chosen {
            let block = quote.text.count > options.inlineQuoteLimit
            let introduction = sentences.quoteIntroduction(
                name: quote.participant.rawValue, block: block, variant: nextQuoteVariant())
            let speaker: [SentencePiece] = [
                .text(introduction.before), .names([quote.participant.rawValue], both: false),
                .text(introduction.after),
            ]
            if block {
                blocks.append(.paragraph(inlines(speaker)))
                blocks.append(.blockQuote(text: language.quoted(quote.text), attribution: nil))
            } else {
                let ending = quote.text.last.map { ".?!…".contains($0) } == true ? "" : "."
                paragraph += inlines([.text(" ")] + speaker) + [.text(language.quoted(quote.text) + ending)]
            }
        }
        document.append(.paragraph(merged(paragraph)))
        for block in blocks { document.append(block) }
    }

    /// The codings of `code` in the coding files the chapter reports, in file order.
    mutating func codings(of code: String) -> [Coding] {
        if let reportedCodings { return reportedCodings[code] ?? [] }
        struct Source: Hashable {
            var transcript: TranscriptID
            var coder: CoderID?
        }
        let sources = Set(
            inputs.frequencies.coderChoice.sources.map { Source(transcript: $0.transcript, coder: $0.coder) })
        var byCode: [String: [Coding]] = [:]
        for file in inputs.study.codingFiles
        where sources.contains(Source(transcript: file.transcript, coder: file.coder)) {
            for coding in file.codings { byCode[coding.code, default: []].append(coding) }
        }
        reportedCodings = byCode
        return byCode[code] ?? []
    }

    /// The attribute value every participant mentioning the code shares, when there are at
    /// least two of them and the value is not private.
    func sharedGroup(of code: CodeCount) -> (attribute: String, value: String)? {
        guard code.participantCount >= 2, let grouping, grouping.varies else { return nil }
        let values = Set(code.participantIDs.map { grouping.values[$0] ?? "" })
        guard values.count == 1, let value = values.first, !value.isEmpty else { return nil }
        return (grouping.attribute, value)
    }

    /// The attribute the chapter groups participants by: the option, `report.groupBy`, or
    /// `sector` when present; never a private attribute.
    func groupAttribute() -> String? { grouping?.attribute }

    /// The group attribute with the analysed participants' values, and whether they are not
    /// all the same (only then is a shared value worth saying); `nil` when no analysed
    /// participant has a value or the attribute is private.
    static func grouping(inputs: ReportInputs, options: ReportOptions, settings: ReportSettings) -> Grouping? {
        let candidate = options.groupBy ?? settings.groupBy ?? "sector"
        guard !inputs.study.settings.privateAttributes.contains(candidate.lowercased()) else { return nil }
        let participants = inputs.frequencies.participants
        var values: [ParticipantID: String] = [:]
        for (participant, value) in zip(participants, inputs.study.attribute(candidate, of: participants)) {
            if let value { values[participant] = value }
        }
        guard !values.isEmpty else { return nil }
        let distinct = Set(participants.map { values[$0] ?? "" })
        return Grouping(attribute: candidate, values: values, varies: distinct.count > 1)
    }

    /// The attribute participants are grouped by in the chapter.
    struct Grouping {
        var attribute: String
        /// The analysed participants' values (participants without one are left out).
        var values: [ParticipantID: String]
        /// Whether the analysed participants do not all have the same value.
        var varies: Bool
    }
}
