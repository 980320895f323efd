/// Builds an ``AgreementReport`` from a loaded study: chooses transcripts, lays out units,
/// maps codes through the codebook, computes the statistics and lists the disagreements.
public enum AgreementAnalysis {
    /// Compares the named coders in `study`: the library call behind `qda agree`.
    ///
    /// - Throws: ``AgreementError`` for unknown coders, codes, themes or transcripts, fewer than
    ///   two coders, no shared transcripts, or codings with errors.
    public static func analyse(_ study: Study, options: AgreementOptions) throws -> AgreementReport {
        try analyse(study, options: options, listingDisagreements: true)
    }

    /// ``analyse(_:options:)``; without `listingDisagreements` the report's ``AgreementReport/disagreements``
    /// are left empty (the results chapter needs only the figures for its paragraph), and
    /// with `studyIsChecked` the caller has already refused a study with errors (the results
    /// chapter does), so the codings are not checked again.
    ///
    /// With `disagreementTextsPerCode`, only that many disputed units of each code get their
    /// text and the codes applied to them (``Agreement/run(studyAt:loading:options:format:)`` asks for the ones the Markdown
    /// report lists).
    static func analyse(
        _ study: Study, options: AgreementOptions, listingDisagreements: Bool, studyIsChecked: Bool = false,
        disagreementTextsPerCode: Int? = nil
    ) throws -> AgreementReport {
        let coders = try resolveCoders(options.coders, in: study)
        let unit = try options.unit ?? settingsUnit(study)
        var selection = Selection(study: study, coders: coders)
        try selection.chooseTranscripts(options.transcripts)
        // The codings are checked on another thread while the units are laid out on this one;
        // a problem found stops the comparison before anything else is reported.
        let compared = selection.compared
        let checking =
            studyIsChecked
            ? nil : Background { Result { try checkCodings(study, coders: coders, transcripts: compared) } }
        let byID = Dictionary(study.transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let transcripts = selection.compared.compactMap { byID[$0] }
        let layout = UnitLayout(transcripts: transcripts, kind: unit)
        let comparedSet = Set(selection.compared)
        let codings = study.codingFiles.filter { coders.contains($0.coder) && comparedSet.contains($0.transcript) }
            .flatMap(\.codings)
        try checking?.wait().get()
        let scope = try CodeScope(study: study, codings: codings, codes: options.codes, theme: options.theme)
        let coded = Dictionary(
            uniqueKeysWithValues: coders.map { coder in
                (coder, Set(study.transcriptsCoded(by: coder)))
            })
        let matrix = CodingMatrix.build(
            layout: layout, coders: coders, codes: scope.codes, codings: codings, coded: coded)
        let groups = try scope.groups(user: options.groups, theme: options.theme)
        let statistics = AgreementStatistics.compute(matrix, groups: groups)
        let entries = scope.codes.indices.map { index in
            let entry = study.codebook?.entry(named: scope.codes[index])
            return AgreementReport.CodeEntry(
                code: scope.codes[index], theme: entry?.theme, subtheme: entry?.subtheme, inCodebook: entry != nil,
                description: entry?.code.description, agreement: statistics.codes[index])
        }
        var report = AgreementReport(
            study: study.root, codebook: study.codebookPath, coders: coders, unit: unit, units: layout.unitCount,
            transcriptsInStudy: study.transcripts.count, transcripts: selection.compared, leftOut: selection.leftOut,
            codeSelection: scope.description, codes: entries.filter { !$0.agreement.isUnused },
            unusedCodes: entries.filter(\.agreement.isUnused).map(\.code), statistics: statistics,
            mappings: mappings(codings, coders: coders),
            disagreements: listingDisagreements
                ? DisagreementFinder(layout: layout, matrix: matrix, transcripts: transcripts, codings: codings)
                    .disputedCodes(textsPerCode: disagreementTextsPerCode) : [],
            codesToClarify: [], methodsParagraph: [:], showsInterpretation: options.interpretation)
        report.codesToClarify = codesToClarify(report.codes)
        for language in ReportLanguage.allCases {
            report.methodsParagraph[language.rawValue] = AgreementParagraph.render(report, language: language)
        }
        return report
    }

    private static func resolveCoders(_ names: [String], in study: Study) throws -> [CoderID] {
        let coders = names.map { CoderID(rawValue: $0.trimmingWhitespace()) }.filter { !$0.rawValue.isEmpty }
        var seen = Set<CoderID>()
        for coder in coders where !seen.insert(coder).inserted { throw AgreementError.duplicateCoder(coder) }
        let available = study.coders
        for coder in coders where !available.contains(coder) {
            throw AgreementError.unknownCoder(coder, available: available)
        }
        guard coders.count >= 2 else { throw AgreementError.tooFewCoders(coders) }
        return coders
    }

    private static func settingsUnit(_ study: Study) throws -> AgreementUnitKind {
        guard let name = study.settings.unit else { return .turn }
        guard let unit = AgreementUnitKind(name: name) else {
            throw AgreementError.usage(
                "qda.json: unknown agreement unit `\(name)`; use turn, paragraph, sentence, character or transcript")
        }
        return unit
    }

    /// Errors that `qda check` reports in the files the comparison rests on.
    private static func checkCodings(_ study: Study, coders: [CoderID], transcripts: [TranscriptID]) throws {
        let codingsRoot = Paths.join(study.root, "codings")
        let folders = coders.map { Paths.join(codingsRoot, $0.rawValue) + "/" }
        let wanted = Set(transcripts)
        let transcriptPaths = Set(study.transcripts.filter { wanted.contains($0.id) }.map(\.path))
        let errors = StudyChecker.problems(study).filter { diagnostic in
            guard diagnostic.severity == .error, let path = diagnostic.location?.path else { return false }
            return folders.contains { path.hasPrefix($0) } || transcriptPaths.contains(path)
                || path == study.codebookPath
        }
        if !errors.isEmpty { throw AgreementError.invalidCodings(errors) }
    }

    private static func mappings(_ codings: [Coding], coders: [CoderID]) -> [AgreementReport.CodeMapping] {
        var counts: [AgreementReport.CodeMapping: Int] = [:]
        for coding in codings where coding.writtenCode != coding.code {
            let key = AgreementReport.CodeMapping(
                coder: coding.coder, written: coding.writtenCode, code: coding.code, uses: 0)
            counts[key, default: 0] += 1
        }
        return counts.map { key, uses in
            var mapping = key
            mapping.uses = uses
            return mapping
        }.sorted {
            let left = coders.firstIndex(of: $0.coder) ?? 0
            let right = coders.firstIndex(of: $1.coder) ?? 0
            return (left, $0.written, $0.code) < (right, $1.written, $1.code)
        }
    }

    /// The codes with at least one disagreement, lowest κ first, then most disputed; ten at most.
    static func codesToClarify(_ codes: [AgreementReport.CodeEntry]) -> [AgreementReport.CodeToClarify] {
        codes.filter { $0.agreement.disputedUnits > 0 }
            .sorted { lhs, rhs in
                let left = lhs.agreement.kappa.value ?? -2
                let right = rhs.agreement.kappa.value ?? -2
                if left != right { return left < right }
                if lhs.agreement.disputedUnits != rhs.agreement.disputedUnits {
                    return lhs.agreement.disputedUnits > rhs.agreement.disputedUnits
                }
                return lhs.code < rhs.code
            }
            .prefix(10)
            .map {
                AgreementReport.CodeToClarify(
                    code: $0.code, kappa: $0.agreement.kappa, disputedUnits: $0.agreement.disputedUnits,
                    marked: $0.agreement.marked, description: $0.description, inCodebook: $0.inCodebook)
            }
    }
}
