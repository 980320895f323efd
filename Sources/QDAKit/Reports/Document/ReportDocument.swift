/// A rendered report as structured blocks, written out as Markdown or HTML by the
/// renderers, so both formats always say the same thing.
public struct ReportDocument: Hashable, Sendable {
    /// The blocks, in order.
    public var blocks: [ReportBlock]
    /// Footnotes by identifier, in order of first reference.
    public var footnotes: [(id: String, text: String)]
    /// The document's title (also the HTML page title).
    public var title: String
    /// The language, for the HTML `lang` attribute.
    public var language: ReportLanguage

    /// Creates an empty document.
    public init(title: String, language: ReportLanguage) {
        self.title = title
        self.language = language
        self.blocks = []
        self.footnotes = []
    }

    /// Appends a block.
    public mutating func append(_ block: ReportBlock) { blocks.append(block) }

    /// Compares documents by title, language, blocks and footnotes.
    public static func == (lhs: ReportDocument, rhs: ReportDocument) -> Bool {
        lhs.title == rhs.title && lhs.language == rhs.language && lhs.blocks == rhs.blocks
            && lhs.footnotes.map(\.id) == rhs.footnotes.map(\.id)
            && lhs.footnotes.map(\.text) == rhs.footnotes.map(\.text)
    }

    /// Hashes the title and blocks.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(blocks)
    }
}

/// One block of a report.
public enum ReportBlock: Hashable, Sendable {
    /// A heading of level 1–4.
    case heading(level: Int, text: String)
    /// A paragraph of inline runs.
    case paragraph([ReportInline])
    /// A long quotation set off as a block, with the speaker's pseudonym.
    case blockQuote(text: String, attribution: String?)
    /// A table; `numeric` marks right-aligned columns.
    case table(header: [String], rows: [[String]], numeric: Set<Int>)
    /// A note for the author that readers of the rendered page do not see (an HTML comment):
    /// the places where interpretation belongs.
    case authorNote(String)
    /// A figure: an SVG drawing with a caption; Markdown refers to the file `fileName`.
    case figure(fileName: String, svg: String, caption: String)
    /// A horizontal rule.
    case rule
    /// Small print: the provenance footer's sentences.
    case smallPrint([String])
    /// Lines shown verbatim in a fixed-width font (file digests).
    case verbatim([String])
}

/// A run of text inside a paragraph.
public enum ReportInline: Hashable, Sendable {
    /// Plain text.
    case text(String)
    /// Emphasised text (code names).
    case emphasis(String)
    /// A reference to a footnote.
    case footnote(id: String)
}
