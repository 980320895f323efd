/// Builds a results chapter like the reference study's: method, one section per theme and
/// subtheme with a paragraph and quotes per code, a summary, tables, figures and the
/// codebook as an appendix — every number taken from ``CodeFrequencies``.
public struct ChapterBuilder {
    let inputs: ReportInputs
    let options: ReportOptions
    let language: ReportLanguage
    let phrases: ReportPhrases
    let noun: ParticipantNoun
    let sentences: CodeSentences
    let reportSettings: ReportSettings
    let grouping: Grouping?

    var document: ReportDocument
    var figures: [(name: String, svg: String)] = []
    var stated: [ResultsChapter.StatedCount] = []
    var quotes: QuoteSelection
    var sentenceVariant = 0
    var quoteVariant = 0
    var pseudonymFootnoteUsed = false
    /// The reported codings by code, in coding-file order (computed on first use).
    var reportedCodings: [String: [Coding]]?

    var pseudonymFootnoteID: String { language == .dutch ? "pseudoniemen" : "pseudonyms" }

    /// Prepares a chapter for `inputs`.
    public init(inputs: ReportInputs, options: ReportOptions) {
        self.inputs = inputs
        self.options = options
        let study = inputs.study
        language = options.language ?? study.settings.language.flatMap(ReportLanguage.init(code:)) ?? .dutch
        phrases = ReportPhrases(language: language)
        noun =
            study.settings.participantNoun
            ?? (language == .dutch
                ? ParticipantNoun(singular: "deelnemer", plural: "deelnemers")
                : ParticipantNoun(singular: "participant", plural: "participants"))
        sentences = CodeSentences(language: language, noun: noun, total: inputs.frequencies.participants.count)
        reportSettings = study.settings.report ?? ReportSettings()
        grouping = Self.grouping(inputs: inputs, options: options, settings: reportSettings)
        document = ReportDocument(title: reportSettings.title ?? phrases.defaultTitle, language: language)
        quotes = QuoteSelection(study: study)
    }

    /// Builds the chapter.
    public mutating func build() -> ResultsChapter {
        let digests = inputs.inputDigests
        return build(inputDigests: { digests })
    }

    /// Builds the chapter, asking for the input files' digests (instead of
    /// ``ReportInputs/inputDigests``) only for the footer, after everything else: they can be
    /// computed while the chapter is built.
    mutating func build(inputDigests: () throws -> [(path: String, sha256: String)]) rethrows -> ResultsChapter {
        document.append(.heading(level: 1, text: document.title))
        document.append(
            .paragraph([.text(phrases.introduction(interviews: inputs.frequencies.transcripts.count, noun: noun))]))
        appendMethod()
        for themeIndex in orderedThemes() { appendTheme(themeIndex) }
        appendCandidateCodes()
        appendSummary()
        appendTablesAndFigures()
        appendAppendix()
        appendProvenance(digests: try inputDigests())
        return ResultsChapter(document: document, figures: figures, statedCounts: stated)
    }

    // MARK: Helpers shared by the sections

    /// A heading for a theme, subtheme or code: a label from `qda.json`, else the given one.
    func heading(_ name: String, default fallback: String) -> String {
        reportSettings.labels?[name] ?? fallback
    }

    /// The themes to report, in the configured order, then codebook order.
    func orderedThemes() -> [Int] {
        let themes = inputs.frequencies.themes
        let excluded = Set((reportSettings.exclude ?? []).map(TextFolding.fold))
        let reported = themes.indices.filter {
            themes[$0].isReported && !excluded.contains(TextFolding.fold(themes[$0].theme))
        }
        let order = (reportSettings.order ?? []).map(TextFolding.fold)
        return reported.sorted { lhs, rhs in
            let l = order.firstIndex(of: TextFolding.fold(themes[lhs].theme)) ?? order.count + lhs
            let r = order.firstIndex(of: TextFolding.fold(themes[rhs].theme)) ?? order.count + rhs
            return l < r
        }
    }

    /// Turns sentence pieces into inlines, putting the pseudonym footnote after the first
    /// name the chapter prints.
    mutating func inlines(_ pieces: [SentencePiece]) -> [ReportInline] {
        var result: [ReportInline] = []
        for piece in pieces {
            switch piece {
            case .text(let text):
                result.append(.text(text))
            case .code(let code):
                result.append(.emphasis(heading(code, default: code)))
            case .names(let names, let both):
                let list = both ? language.bothList(names) : language.list(names)
                if !pseudonymFootnoteUsed, let first = names.first, let range = list.range(of: first) {
                    result.append(.text(String(list[..<range.upperBound])))
                    result.append(footnoteReference())
                    result.append(.text(String(list[range.upperBound...])))
                } else {
                    result.append(.text(list))
                }
            }
        }
        return merged(result)
    }

    mutating func footnoteReference() -> ReportInline {
        pseudonymFootnoteUsed = true
        document.footnotes.append((pseudonymFootnoteID, phrases.pseudonymFootnote(noun)))
        return .footnote(id: pseudonymFootnoteID)
    }

    /// Joins neighbouring text runs.
    func merged(_ inlines: [ReportInline]) -> [ReportInline] {
        var result: [ReportInline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else if case .text(let text) = inline, text.isEmpty {
                continue
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Whether a code's counts appear in the chapter: codebook codes unless marked
    /// `report: no`, and codes not yet in the codebook (new inductive codes).
    static func belongsInChapter(_ code: CodeCount) -> Bool {
        code.isReported || !code.isInCodebook
    }

    /// Rotates through equivalent phrasings of count sentences.
    mutating func nextSentenceVariant() -> Int {
        defer { sentenceVariant += 1 }
        return sentenceVariant
    }

    /// Rotates through the phrasings that introduce quotes, independently of the sentences.
    mutating func nextQuoteVariant() -> Int {
        defer { quoteVariant += 1 }
        return quoteVariant
    }
}
