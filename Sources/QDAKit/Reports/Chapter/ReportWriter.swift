import Foundation

/// Writes a study's results chapter to disk: the library call behind `qda report`.
public enum ReportWriter {
    /// What was written.
    public struct Result: Sendable {
        /// The chapter.
        public var chapter: ResultsChapter
        /// The files written, chapter first.
        public var files: [String]
        /// Warnings for the user (e.g. the study has problems `qda check` reports).
        public var warnings: [Diagnostic]
    }

    /// The chapter's file name for a language and format.
    public static func fileName(language: ReportLanguage, format: ReportOptions.Format) -> String {
        (language == .dutch ? "resultaten" : "results") + (format == .html ? ".html" : ".md")
    }

    /// Loads the study at `path`, computes its frequencies (and agreement, when the study is
    /// double-coded), builds the chapter and writes it with its figures to `output` (default
    /// `<study>/report`).
    ///
    /// Files this command wrote before are replaced when nobody edited them since; an edited
    /// file (or any other existing file) is replaced only with `overwrite`.
    ///
    /// - Throws: ``QDAError/invalidData(_:)`` when the study has errors (`qda check` lists them);
    ///   ``QDAError/outputExists(path:)`` for an edited output without `overwrite`.
    public static func write(
        studyAt path: String, loaderOptions: StudyLoader.Options = .init(), options: ReportOptions,
        output: String? = nil, overwrite: Bool = false
    ) throws -> Result {
        let study = try StudyLoader(options: loaderOptions).load(path)
        let chapter = try build(study: study, options: options)
        let language = chapter.document.language
        let folder = output ?? Paths.join(path, "report")
        let main = Paths.join(folder, fileName(language: language, format: options.format))
        var files: [(path: String, content: String)] = []
        switch options.format {
        case .markdown:
            files.append((main, chapter.markdown))
            for figure in chapter.figures { files.append((Paths.join(folder, "figures/\(figure.name)"), figure.svg)) }
        case .html:
            files.append((main, chapter.html))
        }
        for file in files {
            let existing = try? String(contentsOfFile: file.path, encoding: .utf8)
            let replaceable = overwrite || existing.map(GeneratedFile.isUnmodified) ?? true
            guard replaceable else { throw QDAError.outputExists(path: file.path) }
        }
        for file in files {
            try OutputFile.write(GeneratedFile.stamp(file.content), to: file.path, overwrite: true)
        }
        return Result(chapter: chapter, files: files.map(\.path), warnings: [])
    }

    /// Builds the chapter for a loaded study without writing anything.
    public static func build(study: Study, options: ReportOptions) throws -> ResultsChapter {
        let problems = StudyChecker.problems(study).filter { $0.severity == .error }
        guard problems.isEmpty else {
            throw QDAError.invalidData(
                problems + [
                    .note(
                        "the chapter is written from checked data only: fix the errors above (`qda check` lists them)")
                ])
        }
        // The inputs are hashed on other threads while the frequencies and the chapter are
        // computed on this one; the digests are needed only for the chapter's footer.
        let hashing = Background { Swift.Result { try digests(of: study) } }
        let settings = study.settings.report ?? ReportSettings()
        var attributes: [String] = []
        let groupBy = options.groupBy ?? settings.groupBy ?? "sector"
        if !study.settings.privateAttributes.contains(groupBy.lowercased()),
            study.attribute(groupBy, of: study.participants).contains(where: { $0 != nil })
        {
            attributes.append(groupBy)
        }
        let language = options.language ?? study.settings.language.flatMap(ReportLanguage.init(code:)) ?? .dutch
        let frequencies: CodeFrequencies
        let agreement: Background<String?>
        do {
            let choice = try CoderChoice.choose(in: study, preferring: options.coders)
            // The agreement paragraph is computed on another thread while the frequencies
            // are counted on this one: both only read the study.
            agreement = Background { agreementParagraph(study, primary: choice.coders, language: language) }
            frequencies = try CodeFrequencies.compute(
                study, choice: choice, options: FrequencyOptions(coders: options.coders, attributes: attributes))
        } catch {
            _ = hashing.wait()
            throw error
        }
        let inputs = ReportInputs(
            study: study, frequencies: frequencies, agreementParagraph: agreement.wait())
        var builder = ChapterBuilder(inputs: inputs, options: options)
        return try builder.build(inputDigests: { try hashing.wait().get() })
    }

    /// The SHA-256 of every file the study was read from, with paths relative to the folder
    /// that holds the study folder (so the footer is the same wherever the command is run).
    static func digests(of study: Study) throws -> [(path: String, sha256: String)] {
        let base = URL(fileURLWithPath: study.root).standardizedFileURL.deletingLastPathComponent().path
        var paths = study.transcripts.map(\.path) + study.codingFiles.map(\.path)
        for name in ["qda.json", "participants.csv"] {
            let path = Paths.join(study.root, name)
            if FileManager.default.fileExists(atPath: path) { paths.append(path) }
        }
        if let codebook = study.codebookPath { paths.append(codebook) }
        // Hashed on all cores; the first unreadable file (in the order above) is the error.
        let digests = Parallel.map(paths) { path in Swift.Result { SHA256.hex(of: try TextFile.readData(path)) } }
        return try zip(Paths.relative(paths, to: base), digests).map { path, digest in (path, try digest.get()) }
            .sorted { $0.0 < $1.0 }
    }

    /// Coders whose codings are never a "second coder" in the methods paragraph: the
    /// auto-coder's keyword hits are not an independent human coding.
    static let machineCoders: Set<CoderID> = ["auto"]

    /// The agreement paragraph between the reported coder and every other human coder who
    /// coded some of the same transcripts, or `nil` when nobody did. `study` has been checked
    /// for errors (``build(study:options:)`` refuses a study with any).
    static func agreementParagraph(_ study: Study, primary: [CoderID], language: ReportLanguage) -> String? {
        guard let first = primary.first else { return nil }
        let own = Set(study.transcriptsCoded(by: first))
        let others = study.coders.filter { coder in
            coder != first && !machineCoders.contains(coder) && !own.isDisjoint(with: study.transcriptsCoded(by: coder))
        }
        guard !others.isEmpty else { return nil }
        let options = AgreementOptions(coders: ([first] + others).map(\.rawValue), language: language)
        guard
            let report = try? AgreementAnalysis.analyse(
                study, options: options, listingDisagreements: false, studyIsChecked: true)
        else {
            return nil
        }
        return AgreementParagraph.render(report, language: language)
    }
}
