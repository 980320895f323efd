/// What to compare: the choices behind one `qda agree` run.
public struct AgreementOptions: Hashable, Sendable {
    /// The coders, in order; the first is the reference for precision and recall.
    public var coders: [String]
    /// The unit; `nil` takes `unit` from qda.json, else participant turns.
    public var unit: AgreementUnitKind?
    /// Only these transcripts (by name); `nil` for every transcript the coders share.
    public var transcripts: [String]?
    /// Only these codes (names, identifiers or former names); `nil` for every code used.
    public var codes: [String]?
    /// Only the codes of this theme, which is also compared as one set of categories.
    public var theme: String?
    /// Sets of codes to compare as mutually exclusive categories, besides the themes.
    public var groups: [[String]]
    /// The language of the methods paragraph's headings; `nil` takes qda.json, else Dutch.
    public var language: ReportLanguage?
    /// Whether to add Landis & Koch (1977) labels to κ values.
    public var interpretation: Bool

    /// Creates options.
    public init(
        coders: [String], unit: AgreementUnitKind? = nil, transcripts: [String]? = nil, codes: [String]? = nil,
        theme: String? = nil, groups: [[String]] = [], language: ReportLanguage? = nil, interpretation: Bool = false
    ) {
        self.coders = coders
        self.unit = unit
        self.transcripts = transcripts
        self.codes = codes
        self.theme = theme
        self.groups = groups
        self.language = language
        self.interpretation = interpretation
    }
}
