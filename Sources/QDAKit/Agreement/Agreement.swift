/// Intercoder agreement: the library call behind `qda agree`.
///
/// The pipeline is study → units (``UnitLayout``) → who marked what (``CodingMatrix``) →
/// statistics (``AgreementStatistics``) → report (``AgreementReport``) → text
/// (``AgreementMarkdown``, JSON, ``AgreementCSV``). Each coefficient is also available on its
/// own: ``AgreementTable``, ``CohensKappa``, ``GwetAC1``, ``FleissKappa``,
/// ``KrippendorffAlpha``, ``PooledKappa``.
public enum Agreement {
    /// An output format.
    public enum Format: String, Sendable, CaseIterable {
        /// The readable Markdown report.
        case markdown = "md"
        /// Every number with its counts, for other tools.
        case json
        /// The per-code table.
        case csv
    }

    /// Loads the study at `path`, compares the coders and renders the result.
    ///
    /// - Throws: ``QDAError`` when the study cannot be read, ``AgreementError`` when the
    ///   comparison cannot be made.
    public static func run(
        studyAt path: String, loading: StudyLoader.Options = .init(), options: AgreementOptions, format: Format
    ) throws -> String {
        let study = try StudyLoader(options: loading).load(path)
        // The Markdown lists the first disputed units of each code: only those need their text.
        let report = try AgreementAnalysis.analyse(
            study, options: options, listingDisagreements: true,
            disagreementTextsPerCode: format == .markdown ? AgreementMarkdown.disagreementsPerCode : nil)
        let language = options.language ?? study.settings.language.flatMap(ReportLanguage.init(code:)) ?? .dutch
        return render(report, format: format, language: language)
    }

    /// Renders `report` in `format`.
    public static func render(_ report: AgreementReport, format: Format, language: ReportLanguage = .dutch) -> String {
        switch format {
        case .markdown: AgreementMarkdown.render(report, language: language)
        case .json: JSONOutput.encode(report)
        case .csv: AgreementCSV.render(report)
        }
    }
}
