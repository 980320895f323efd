import Foundation

/// Every count of a study's coding, computed once: per code, subtheme and theme the mentions,
/// participants and transcripts, counts per participant (the code × participant matrix),
/// counts per attribute group, co-occurrence of codes and saturation.
///
/// `qda freq` prints this value and the results chapter phrases it, so no two outputs can
/// disagree. How everything is counted:
/// - A **mention** is one coded segment: the turn, turns or quote one coding applies a code
///   to. The same code applied twice to the same segment counts once (``UncountedCodings/duplicates``).
/// - A segment belongs to the participants whose turns it overlaps. Interviewer turns never
///   count: a segment only in interviewer turns is not a mention of anyone
///   (``UncountedCodings/interviewerOnly``).
/// - A code's **participants** are the distinct participants with at least one mention;
///   its **transcripts** the transcripts with at least one mention.
/// - A theme's or subtheme's participants are the distinct participants with any of its
///   codes, and its mentions the distinct segments coded with any of its codes: never sums
///   of its codes' counts.
/// - Only the chosen coder's codings count (``coderChoice``); codes are mapped through the
///   codebook's identifiers and former names (aliases) before anything is counted.
public struct CodeFrequencies: Sendable, Codable {
    /// One row of the outline: a theme, a subtheme or a code, by index.
    public enum OutlineRow: Hashable, Sendable {
        /// An index into ``themes``.
        case theme(Int)
        /// An index into ``subthemes``.
        case subtheme(Int)
        /// An index into ``codes``.
        case code(Int)
    }

    /// The study folder's name.
    public var study: String
    /// The codebook's title, or `nil` when the study has no codebook.
    public var codebook: String?
    /// Whose codings were counted and which transcripts that leaves out.
    public var coderChoice: CoderChoice
    /// The themes the counts were restricted to (empty: all of them, and codes not in the codebook).
    public var themeFilter: [String]
    /// The participants analysed: everyone who speaks in a counted transcript, in study order
    /// (transcript file order, then order of speaking). The denominators of all counts.
    public var participants: [ParticipantID]
    /// The counted transcripts, in study order.
    public var transcripts: [TranscriptID]
    /// The themes, in codebook order.
    public var themes: [ThemeCount]
    /// The subthemes, in codebook order.
    public var subthemes: [ThemeCount]
    /// Every code of the codebook (within ``themeFilter``), in codebook order, including codes
    /// nobody used.
    public var codes: [CodeCount]
    /// Codes used in the codings but not in the codebook (candidate inductive codes), by name.
    public var candidateCodes: [CodeCount]
    /// The attributes the counts are broken down by, with their groups.
    public var breakdowns: [AttributeBreakdown]
    /// The pairs of codes that co-occur at least once, in codebook order.
    public var cooccurrences: [CoOccurrence]
    /// New codes per transcript in interview order.
    public var saturation: Saturation
    /// Codings read but not counted.
    public var uncounted: UncountedCodings
    /// The number of errors `qda check` reports for the study; coding rows with errors are
    /// not part of any count.
    public var dataErrors: Int
    /// How everything is counted, in words (so that JSON output explains its own numbers).
    public var definitions = Definitions()

    /// How the counts are defined, in words.
    public struct Definitions: Hashable, Sendable, Codable {
        /// What a mention is.
        public var mention =
            "one coded segment: the turn(s) or quote one coding applies a code to; the same code on the same segment counts once; segments only in interviewer turns are not counted"
        /// What the participants of a code are.
        public var participants =
            "the distinct participants whose turns overlap at least one of the code's segments"
        /// How themes and subthemes are counted.
        public var themes =
            "distinct participants and distinct segments over all the theme's codes, never sums of the codes' counts (codeMentions is that sum)"
        /// How groups are counted.
        public var groups =
            "participants: the group's participants with at least one mention, of size; mentions: segments with at least one of the group's participants (a focus-group segment can count in several groups)"
        /// How co-occurrence is counted.
        public var cooccurrence =
            "two codes co-occur where a segment of one overlaps a segment of the other in the same transcript; overlapping segments of the two codes form one passage; n12 = passages with both, n1 and n2 = passages with each; coefficient = n12 / (n1 + n2 - n12), the c-coefficient of ATLAS.ti (Jaccard index over passages)"
        /// How saturation is counted.
        public var saturation =
            "transcripts in interview order (header date, else file order); newCodes = codes with their first mention in that transcript; cumulative = distinct codes so far"

        /// The definitions.
        public init() {}
    }

    /// The codebook's codes followed by the candidate codes: the rows of the matrix.
    public var allCodes: [CodeCount] { codes + candidateCodes }

    /// The codebook outline: each theme, its own codes, then each subtheme and its codes.
    public var outline: [OutlineRow] {
        var rows: [OutlineRow] = []
        for themeIndex in themes.indices {
            rows.append(.theme(themeIndex))
            rows += codes.indices.filter { codes[$0].themeIndex == themeIndex && codes[$0].subthemeIndex == nil }
                .map { .code($0) }
            for subthemeIndex in subthemes.indices where subthemes[subthemeIndex].themeIndex == themeIndex {
                rows.append(.subtheme(subthemeIndex))
                rows += codes.indices.filter { codes[$0].subthemeIndex == subthemeIndex }.map { .code($0) }
            }
        }
        return rows
    }

    /// The counts of the code with this name (codebook or candidate code).
    public func code(named name: String) -> CodeCount? {
        codes.first { $0.code == name } ?? candidateCodes.first { $0.code == name }
    }

    /// The counts of the theme with this name.
    public func theme(named name: String) -> ThemeCount? {
        themes.first { $0.theme == name }
    }

    /// The counts of the subtheme with this name (in `theme`, when given).
    public func subtheme(named name: String, in theme: String? = nil) -> ThemeCount? {
        subthemes.first { $0.subtheme == name && (theme == nil || $0.theme == theme) }
    }

    /// Computes every count for `study`.
    ///
    /// - Throws: ``QDAError/usage(_:)`` for an unknown coder, theme or attribute, a private
    ///   attribute without ``FrequencyOptions/allowPrivateAttributes``, or several coders and
    ///   none chosen; ``QDAError/invalidData(_:)`` when there are no codings.
    public static func compute(_ study: Study, options: FrequencyOptions = FrequencyOptions()) throws
        -> CodeFrequencies
    {
        try compute(study, choice: CoderChoice.choose(in: study, preferring: options.coders), options: options)
    }

    /// The frequencies counted from the codings `choice` names (``compute(_:options:)``
    /// with the coders already chosen; `options.coders` is not read).
    static func compute(_ study: Study, choice: CoderChoice, options: FrequencyOptions) throws -> CodeFrequencies {
        var computation = try FrequencyComputation(study: study, choice: choice, options: options)
        return computation.run()
    }
}
