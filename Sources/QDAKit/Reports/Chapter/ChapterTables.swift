/// The tables (theme › subtheme › code with participants and mentions; code × participant),
/// the figures, and the codebook appendix.
extension ChapterBuilder {
    mutating func appendTablesAndFigures() {
        let frequencies = inputs.frequencies
        document.append(.heading(level: 2, text: phrases.tablesHeading))
        let capitalisedPlural = noun.plural.capitalisedFirst
        document.append(
            .paragraph([
                .text(
                    language == .dutch
                        ? "Tabel 1 geeft per thema, subthema en code het aantal \(noun.plural) dat de code noemt en het aantal vermeldingen (gecodeerde fragmenten). Bij thema's en subthema's telt elke \(noun.singular) en elk fragment één keer, ook als er meerdere codes van het thema op van toepassing zijn."
                        : "Table 1 gives, per theme, subtheme and code, the number of \(noun.plural) who mention the code and the number of mentions (coded passages). For themes and subthemes every \(noun.singular) and every passage counts once, even when several of its codes apply."
                )
            ]))
        // The same themes in the same order as the results text.
        var rows: [[String]] = []
        func codeRow(_ code: CodeCount) -> [String] {
            ["", "", code.code, "\(code.participantCount)", "\(code.mentions)"]
        }
        for themeIndex in orderedThemes() {
            let theme = frequencies.themes[themeIndex]
            rows.append([
                heading(theme.theme, default: theme.heading), "", "", "\(theme.participantCount)", "\(theme.mentions)",
            ])
            rows += frequencies.codes.filter { $0.themeIndex == themeIndex && $0.subthemeIndex == nil && $0.isReported }
                .map(codeRow)
            for subthemeIndex in frequencies.subthemes.indices
            where frequencies.subthemes[subthemeIndex].themeIndex == themeIndex {
                let subtheme = frequencies.subthemes[subthemeIndex]
                guard subtheme.isReported else { continue }
                rows.append([
                    "", heading(subtheme.subtheme ?? "", default: subtheme.heading), "", "\(subtheme.participantCount)",
                    "\(subtheme.mentions)",
                ])
                rows += frequencies.codes.filter { $0.subthemeIndex == subthemeIndex && $0.isReported }.map(codeRow)
            }
        }
        let candidates = frequencies.candidateCodes.filter { $0.participantCount > 0 }
        if !candidates.isEmpty {
            rows.append([language == .dutch ? "Nieuwe inductieve codes" : "New inductive codes", "", "", "", ""])
            rows += candidates.map(codeRow)
        }
        document.append(
            .paragraph([
                .text(
                    language == .dutch
                        ? "Tabel 1. Thema's, subthema's en codes" : "Table 1. Themes, subthemes and codes")
            ]))
        document.append(
            .table(
                header: [
                    phrases.themeColumn, phrases.subthemeColumn, phrases.codeColumn, capitalisedPlural,
                    phrases.mentionsColumn,
                ],
                rows: rows, numeric: [3, 4]))
        appendMatrix()
        appendStudyFigures()
    }

    mutating func appendMatrix() {
        let codes = matrixCodes()
        guard let columns = matrixColumns() else {
            document.append(.paragraph(phrases.matrixLeftOut(participants: participantTotal, noun: noun)))
            return
        }
        let rows = codes.map { code in
            [code.code] + columns.counts(code).map { $0 == 0 ? "" : "\($0)" } + ["\(code.mentions)"]
        }
        let caption: String
        if let attribute = columns.attribute {
            document.append(
                .paragraph(phrases.matrixByGroup(participants: participantTotal, noun: noun, attribute: attribute)))
            caption =
                language == .dutch
                ? "Tabel 2. Code × \(attribute): het aantal vermeldingen per groep (n: aantal \(noun.plural); leeg: niet genoemd)"
                : "Table 2. Code × \(attribute): mentions per group (n: number of \(noun.plural); blank: not mentioned)"
        } else {
            caption =
                language == .dutch
                ? "Tabel 2. Code × \(noun.singular): het aantal vermeldingen per \(noun.singular) (leeg: niet genoemd)"
                : "Table 2. Code × \(noun.singular): mentions per \(noun.singular) (blank: not mentioned)"
        }
        document.append(.paragraph([.text(caption)]))
        document.append(
            .table(
                header: [phrases.codeColumn] + columns.labels + [phrases.totalColumn], rows: rows,
                numeric: Set(1...(columns.labels.count + 1))))
    }

    /// Above this many participants a column per participant makes the code × participant
    /// table and heat map wider than any page or screen (34,000 pixels for 1,000
    /// participants), so they get a column per group of the grouping attribute instead.
    static let maximumMatrixParticipants = 60

    /// The codes in the matrix and the heat map: those in the chapter that someone mentions.
    func matrixCodes() -> [CodeCount] {
        inputs.frequencies.allCodes.filter { ChapterBuilder.belongsInChapter($0) && $0.participantCount > 0 }
    }

    /// The number of participants analysed.
    var participantTotal: Int { inputs.frequencies.participants.count }

    /// The columns of the code × participant table and heat map: one per participant, or in
    /// a study of more than ``maximumMatrixParticipants`` participants one per group of the
    /// grouping attribute; `nil` for such a study without a grouping attribute.
    func matrixColumns() -> MatrixColumns? {
        let frequencies = inputs.frequencies
        let participants = frequencies.participants
        guard participants.count > Self.maximumMatrixParticipants else {
            return MatrixColumns(labels: participants.map(\.rawValue), attribute: nil) {
                $0.participants.mentions(of: participants)
            }
        }
        guard let attribute = grouping?.attribute,
            let index = frequencies.breakdowns.firstIndex(where: { $0.attribute == attribute })
        else { return nil }
        let labels = frequencies.breakdowns[index].groups.map { group in
            "\(group.value ?? phrases.noValue) (n = \(language.integer(group.size)))"
        }
        return MatrixColumns(labels: labels, attribute: attribute) { code in
            code.byAttribute.first { $0.attribute == attribute }?.groups.map(\.mentions)
                ?? Array(repeating: 0, count: labels.count)
        }
    }

    /// The columns of the code × participant table and heat map.
    struct MatrixColumns {
        /// The column headings: pseudonyms, or groups with their sizes.
        var labels: [String]
        /// The grouping attribute, when the columns are its groups.
        var attribute: String?
        /// A code's mentions in each column.
        var counts: (CodeCount) -> [Int]
    }

    // MARK: Figures

    mutating func appendThemeFigure(_ themeIndex: Int) {
        let frequencies = inputs.frequencies
        let theme = frequencies.themes[themeIndex]
        let codes = frequencies.codes.filter { $0.themeIndex == themeIndex && $0.isReported }
        guard !codes.isEmpty else { return }
        let title = heading(theme.theme, default: theme.heading)
        let svg = SVGChart.bars(
            title: title, bars: codes.map { SVGChart.Bar(label: $0.code, value: $0.participantCount) },
            maximum: frequencies.participants.count,
            axisLabel: language == .dutch ? "Aantal \(noun.plural)" : "Number of \(noun.plural)")
        let name =
            "\(language == .dutch ? "thema" : "theme")-\(themeIndex + 1)-\(TextFolding.slug(theme.theme)).\(language.rawValue).svg"
        figures.append((name, svg))
        let caption =
            language == .dutch
            ? "Figuur: aantal \(noun.plural) per code — \(title)"
            : "Figure: number of \(noun.plural) per code — \(title)"
        document.append(.figure(fileName: name, svg: svg, caption: caption))
    }

    mutating func appendStudyFigures() {
        let frequencies = inputs.frequencies
        if let columns = matrixColumns() {
            let codes = matrixCodes()
            // The column noun: a participant, or the grouping attribute (`sector`).
            let columnNoun = columns.attribute ?? noun.singular
            let heat = SVGChart.heatMap(
                title: "Code × \(columnNoun)", rows: codes.map(\.code), columns: columns.labels,
                counts: codes.map(columns.counts),
                legend: language == .dutch
                    ? "Getal: aantal vermeldingen; donkerder is vaker." : "Number: mentions; darker is more often.")
            let heatName = "code-x-\(TextFolding.slug(columnNoun)).\(language.rawValue).svg"
            figures.append((heatName, heat))
            document.append(
                .figure(
                    fileName: heatName, svg: heat,
                    caption: language == .dutch
                        ? "Figuur: vermeldingen per code en \(columnNoun)"
                        : "Figure: mentions per code and \(columnNoun)"))
        }
        let steps = frequencies.saturation.steps
        guard !steps.isEmpty else { return }
        let svg = SVGChart.saturation(
            title: language == .dutch ? "Saturatie: nieuwe codes per interview" : "Saturation: new codes per interview",
            steps: steps.map(\.transcript.rawValue), new: steps.map(\.newCodes.count),
            cumulative: steps.map(\.cumulative),
            axisLabel: language == .dutch ? "Codes" : "Codes",
            legendNew: language == .dutch ? "nieuwe codes" : "new codes",
            legendTotal: language == .dutch ? "totaal gebruikte codes" : "codes used so far")
        let saturationName = "\(language == .dutch ? "saturatie" : "saturation").\(language.rawValue).svg"
        figures.append((saturationName, svg))
        let trailing = frequencies.saturation.trailingTranscriptsWithoutNewCodes
        let order =
            frequencies.saturation.order == .date
            ? (language == .dutch ? "op datum" : "by date")
            : (language == .dutch ? "in bestandsvolgorde" : "in file order")
        var caption =
            language == .dutch
            ? "Figuur: nieuwe en totaal gebruikte codes per interview, \(order)."
            : "Figure: new and total codes per interview, \(order)."
        if trailing > 0 {
            caption +=
                language == .dutch
                ? " De laatste \(language.numberWord(trailing)) interview\(trailing == 1 ? "" : "s") leverde\(trailing == 1 ? "" : "n") geen nieuwe codes op."
                : " The last \(language.numberWord(trailing)) interview\(trailing == 1 ? "" : "s") added no new codes."
        }
        document.append(.figure(fileName: saturationName, svg: svg, caption: caption))
    }

    // MARK: Appendix

    /// The codebook in the reference study's Bijlage D layout: question, theme, subtheme,
    /// code, description or example; repeated cells left blank; deductive/inductive marked.
    mutating func appendAppendix() {
        guard let codebook = inputs.study.codebook else { return }
        document.append(.heading(level: 2, text: phrases.appendixHeading))
        document.append(.paragraph([.text(phrases.originLegend)]))
        var rows: [[String]] = []
        var previous: (question: String, theme: String, subtheme: String) = ("", "", "")
        for entry in codebook.entries {
            let question = entry.question ?? ""
            let theme = entry.theme
            let subtheme = entry.subtheme ?? ""
            var description = entry.code.description ?? ""
            if let example = entry.code.example, !example.isEmpty {
                description += (description.isEmpty ? "" : " ") + "\(phrases.example): " + language.quoted(example)
            }
            if !entry.isReported { description += " (\(phrases.notInReport))" }
            let origin = entry.code.origin.map { $0 == .deductive ? "D" : "I" } ?? ""
            let sameTheme = theme == previous.theme
            rows.append([
                sameTheme && question == previous.question ? "" : question, sameTheme ? "" : theme,
                sameTheme && subtheme == previous.subtheme ? "" : subtheme, entry.code.name, description, origin,
            ])
            previous = (question, theme, subtheme)
        }
        document.append(
            .table(
                header: [
                    phrases.questionColumn, phrases.themeColumn, phrases.subthemeColumn, phrases.codeColumn,
                    phrases.descriptionColumn, phrases.originColumn,
                ],
                rows: rows, numeric: []))
    }
}
