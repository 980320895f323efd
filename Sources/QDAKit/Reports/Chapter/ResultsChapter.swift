/// A results chapter: the document, its figures, and the counts it states (so tests can
/// hold every number to the frequency computation).
public struct ResultsChapter: Sendable {
    /// A count the chapter states for a code.
    public struct StatedCount: Hashable, Sendable {
        /// The code.
        public var code: String
        /// The participants named.
        public var participants: [ParticipantID]
        /// The mentions stated (or implied: equal to the participants when not printed).
        public var mentions: Int
    }

    /// The chapter.
    public var document: ReportDocument
    /// The figures, by file name (`figures/<name>` beside the Markdown).
    public var figures: [(name: String, svg: String)]
    /// Every count stated in the results text.
    public var statedCounts: [StatedCount]

    /// The chapter as Markdown.
    public var markdown: String { MarkdownRenderer.render(document) }

    /// The chapter as one HTML page.
    public var html: String { HTMLRenderer.render(document) }
}

/// What the chapter is built from.
public struct ReportInputs: Sendable {
    /// The loaded study.
    public var study: Study
    /// Every count, computed once.
    public var frequencies: CodeFrequencies
    /// The methods paragraph on intercoder agreement, if the study was double-coded.
    public var agreementParagraph: String?
    /// Input files with their SHA-256 digests, for the provenance footer.
    public var inputDigests: [(path: String, sha256: String)]

    /// Creates inputs.
    public init(
        study: Study, frequencies: CodeFrequencies, agreementParagraph: String? = nil,
        inputDigests: [(path: String, sha256: String)] = []
    ) {
        self.study = study
        self.frequencies = frequencies
        self.agreementParagraph = agreementParagraph
        self.inputDigests = inputDigests
    }
}
