import Foundation

/// A table of `qda freq`'s output.
public enum FrequencyTable: String, Hashable, Sendable, Codable, CaseIterable {
    /// Themes, subthemes and codes with participants, mentions, transcripts and who.
    case codes
    /// The same rows broken down by the groups of each requested attribute.
    case groups
    /// Mentions per code and participant.
    case matrix
    /// Whether each participant mentions each code (1/0, ✓ in Markdown).
    case presence
    /// Pairs of co-occurring codes with n1, n2, n12 and the c-coefficient.
    case cooccurrence
    /// New codes per transcript in interview order.
    case saturation
}

/// How ``FrequencyOutput`` writes the frequencies.
public struct FrequencyRendering: Hashable, Sendable {
    /// An output format.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// Markdown tables (the default).
        case markdown = "md"
        /// The whole ``CodeFrequencies`` value as JSON (quotes only with
        /// ``FrequencyRendering/includeQuotes``).
        case json
        /// One table as CSV.
        case csv
    }

    /// The format.
    public var format: Format
    /// The tables to write; empty: all of them in Markdown (`groups` only with attributes),
    /// `codes` in CSV. CSV takes exactly one. JSON always carries everything.
    public var tables: [FrequencyTable]
    /// The language of Markdown headings and notes; `nil`: `language` in `qda.json`, else English.
    public var language: ReportLanguage?
    /// The number of co-occurring pairs listed in Markdown (0: all).
    public var cooccurrenceLimit: Int
    /// CSV for spreadsheet programs: a byte order mark (so Excel reads UTF-8), CRLF line
    /// endings and, in Dutch, `;` between fields and a decimal comma.
    public var spreadsheet: Bool
    /// Whether JSON output includes each code's quotes (``CodeCount/quotes``); they are left
    /// out by default because no table shows them and they make up most of the volume.
    public var includeQuotes: Bool

    /// Creates rendering options.
    public init(
        format: Format = .markdown, tables: [FrequencyTable] = [], language: ReportLanguage? = nil,
        cooccurrenceLimit: Int = 25, spreadsheet: Bool = false, includeQuotes: Bool = false
    ) {
        self.format = format
        self.tables = tables
        self.language = language
        self.cooccurrenceLimit = cooccurrenceLimit
        self.spreadsheet = spreadsheet
        self.includeQuotes = includeQuotes
    }
}

/// The library call behind `qda freq`: load a study, compute its frequencies once, write them.
public enum FrequencyOutput {
    /// The result of ``make(studyAt:loading:options:rendering:)``.
    public struct Result: Sendable {
        /// The counts.
        public var frequencies: CodeFrequencies
        /// The rendered output.
        public var text: String
        /// Problems to show on standard error (not part of the output).
        public var warnings: [String]
    }

    /// Loads the study at `path`, computes its frequencies and renders them.
    ///
    /// - Throws: ``QDAError`` for a study that cannot be read, bad options (usage) or a study
    ///   without codings.
    public static func make(
        studyAt path: String, loading: StudyLoader.Options = StudyLoader.Options(),
        options: FrequencyOptions = FrequencyOptions(), rendering: FrequencyRendering = FrequencyRendering()
    ) throws -> Result {
        let study = try StudyLoader(options: loading).load(path)
        let frequencies = try CodeFrequencies.compute(study, options: options)
        let text = try render(frequencies, settings: study.settings, rendering: rendering)
        var warnings: [String] = []
        let errors = study.diagnostics.count(of: .error)
        if errors > 0 {
            warnings.append(
                "warning: the study has \(errors) error\(errors == 1 ? "" : "s"); coding rows with errors are not counted (run `qda check` to see them)"
            )
        }
        return Result(frequencies: frequencies, text: text, warnings: warnings)
    }

    /// Renders computed frequencies.
    ///
    /// - Parameter settings: the study's settings, for the language and the participant noun.
    /// - Throws: ``QDAError/usage(_:)`` for a CSV request with more than one table, or a
    ///   `groups` table without attributes.
    public static func render(
        _ frequencies: CodeFrequencies, settings: StudySettings = StudySettings(), rendering: FrequencyRendering
    ) throws -> String {
        let language = rendering.language ?? settings.language.flatMap(ReportLanguage.init(code:)) ?? .english
        let noun =
            settings.participantNoun
            ?? (language == .dutch
                ? ParticipantNoun(singular: "deelnemer", plural: "deelnemers")
                : ParticipantNoun(singular: "participant", plural: "participants"))
        if rendering.tables.contains(.groups) && frequencies.breakdowns.isEmpty {
            throw QDAError.usage("the groups table needs an attribute to group by: --by sector")
        }
        switch rendering.format {
        case .json:
            guard !rendering.includeQuotes else { return JSONOutput.encode(frequencies) }
            var withoutQuotes = frequencies
            for index in withoutQuotes.codes.indices { withoutQuotes.codes[index].quotes = [] }
            for index in withoutQuotes.candidateCodes.indices { withoutQuotes.candidateCodes[index].quotes = [] }
            return JSONOutput.encode(withoutQuotes)
        case .markdown:
            var tables = rendering.tables
            if tables.isEmpty {
                tables = FrequencyTable.allCases.filter {
                    $0 != .presence && ($0 != .groups || !frequencies.breakdowns.isEmpty)
                }
            }
            var seen = Set<FrequencyTable>()
            tables = tables.filter { seen.insert($0).inserted }
            return FrequencyMarkdown(
                frequencies: frequencies, text: FrequencyText(language: language, noun: noun),
                cooccurrenceLimit: rendering.cooccurrenceLimit
            ).render(tables)
        case .csv:
            guard rendering.tables.count <= 1 else {
                throw QDAError.usage(
                    "CSV holds one table; choose one --table (\(FrequencyTable.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            let dutchSpreadsheet = rendering.spreadsheet && language == .dutch
            let rows = FrequencyCSV(frequencies: frequencies, decimalComma: dutchSpreadsheet)
                .rows(rendering.tables.first ?? .codes)
            let text = CSV.format(rows, delimiter: dutchSpreadsheet ? ";" : ",")
            return rendering.spreadsheet ? "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") : text
        }
    }
}
