/// What `qda agree` found: the units and counts, every statistic, the disagreements and the
/// methods paragraph. `Codable`, so the JSON output carries every number with the counts it
/// rests on.
public struct AgreementReport: Hashable, Sendable, Codable {
    /// A transcript left out of the comparison.
    public struct LeftOutTranscript: Hashable, Sendable, Codable {
        /// The transcript.
        public var transcript: TranscriptID
        /// The named coders who coded it (fewer than two).
        public var codedBy: [CoderID]
    }

    /// A code as the report describes it.
    public struct CodeEntry: Hashable, Sendable, Codable {
        /// The code's canonical name.
        public var code: String
        /// Its theme, when the codebook has it.
        public var theme: String?
        /// Its subtheme, if any.
        public var subtheme: String?
        /// Whether the codebook has the code (else it is a candidate inductive code).
        public var inCodebook: Bool
        /// The codebook's description, if any.
        public var description: String?
        /// The statistics.
        public var agreement: CodeAgreement
    }

    /// A former or variant name a coder wrote, mapped to the codebook's name before comparing.
    public struct CodeMapping: Hashable, Sendable, Codable {
        /// The coder.
        public var coder: CoderID
        /// The name as written in the coding files.
        public var written: String
        /// The codebook name it was compared as.
        public var code: String
        /// How many codings used it.
        public var uses: Int
    }

    /// A code that needs discussion: low κ, many disagreements.
    public struct CodeToClarify: Hashable, Sendable, Codable {
        /// The code.
        public var code: String
        /// Its κ.
        public var kappa: Estimate
        /// Units on which the coders differ about it.
        public var disputedUnits: Int
        /// Per coder, units marked.
        public var marked: [Int]
        /// The codebook description, or `nil` when the codebook has none.
        public var description: String?
        /// Whether the code is in the codebook at all.
        public var inCodebook: Bool
    }

    /// The study folder.
    public var study: String
    /// The codebook used for names, aliases and descriptions.
    public var codebook: String?
    /// The coders compared, in the order given (the first is taken as the reference for
    /// precision and recall).
    public var coders: [CoderID]
    /// The unit of comparison.
    public var unit: AgreementUnitKind
    /// The number of units, N.
    public var units: Int
    /// The transcripts in the study.
    public var transcriptsInStudy: Int
    /// The transcripts compared.
    public var transcripts: [TranscriptID]
    /// Transcripts coded by fewer than two of the named coders, left out.
    public var leftOut: [LeftOutTranscript]
    /// How codes were chosen (`all codes used`, `--codes …`, `theme X`).
    public var codeSelection: String
    /// Per code, in codebook order.
    public var codes: [CodeEntry]
    /// Codes in the selection that no coder applied in the compared transcripts.
    public var unusedCodes: [String]
    /// All statistics.
    public var statistics: AgreementStatistics
    /// Names mapped before comparing (aliases, identifiers, spelling variants).
    public var mappings: [CodeMapping]
    /// The disagreements, grouped by code, most disputed code first.
    public var disagreements: [DisputedCode]
    /// Codes to clarify in the codebook.
    public var codesToClarify: [CodeToClarify]
    /// The methods paragraph in Dutch and English.
    public var methodsParagraph: [String: String]
    /// Whether Landis & Koch (1977) labels are shown.
    public var showsInterpretation: Bool
}

/// One code's disagreements.
public struct DisputedCode: Hashable, Sendable, Codable {
    /// The code.
    public var code: String
    /// Per coder, on how many of the disputed units that coder applied the code.
    public var appliedBy: [Int]
    /// Each disputed unit.
    public var units: [Disagreement]
}

/// A unit (or, for characters, a run of units) where the coders differ about a code.
public struct Disagreement: Hashable, Sendable, Codable {
    /// Where the unit is.
    public var location: UnitLocation
    /// The number of units the entry covers (more than one only for runs of characters).
    public var unitCount: Int
    /// The unit's text, shortened to the coded passage when long.
    public var text: String
    /// Per coder (in order), every code they applied to the unit.
    public var codes: [[String]]
    /// The coders who applied the disputed code.
    public var appliedBy: [CoderID]
}
