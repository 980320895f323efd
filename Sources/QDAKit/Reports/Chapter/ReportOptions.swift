/// What `qda report` writes and how.
public struct ReportOptions: Hashable, Sendable {
    /// The output format of the chapter.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// Markdown, with the figures as SVG files beside it.
        case markdown = "md"
        /// One self-contained HTML page with the figures inline.
        case html
    }

    /// The language; `nil`: `language` from `qda.json`, else Dutch.
    public var language: ReportLanguage?
    /// Whose codings to report, in order of preference (see ``FrequencyOptions/coders``).
    public var coders: [CoderID]
    /// The output format.
    public var format: Format
    /// The most quotes per code (fewer when fewer participants mention it).
    public var quotesPerCode: Int
    /// Quotes up to this many characters go inline in quotation marks; longer ones become block quotes.
    public var inlineQuoteLimit: Int
    /// The participant attribute the method paragraph describes the sample by (default
    /// `sector` when `participants.csv` has it; `report.groupBy` in `qda.json`).
    public var groupBy: String?
    /// The command that produced the report, for the provenance footer.
    public var command: String?

    /// Creates options.
    public init(
        language: ReportLanguage? = nil, coders: [CoderID] = [], format: Format = .markdown, quotesPerCode: Int = 2,
        inlineQuoteLimit: Int = 180, groupBy: String? = nil, command: String? = nil
    ) {
        self.language = language
        self.coders = coders
        self.format = format
        self.quotesPerCode = quotesPerCode
        self.inlineQuoteLimit = inlineQuoteLimit
        self.groupBy = groupBy
        self.command = command
    }
}
