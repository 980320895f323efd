import Foundation

/// Deductive auto-coding: applies a codebook's keywords (and an interview guide, for
/// structural coding) to every participant turn and writes the hits as a coder of their own
/// (`codings/auto/`), for review and for comparison with a human coder.
public enum AutoCoder {
    /// How to auto-code.
    public struct Options: Sendable {
        /// Which study files to read (codebook, encoding).
        public var loader: StudyLoader.Options
        /// The coder name to write as: the folder under `codings/`.
        public var coder: String
        /// The interview guide; `nil` to use the study's (`guide` in qda.json, else the one
        /// Markdown file in `guide/`, else a single `*.guide.md`).
        public var guidePath: String?
        /// Whether to do structural coding from a guide at all.
        public var useGuide: Bool
        /// Report what would be written, write nothing.
        public var dryRun: Bool
        /// Replace files edited since the auto-coder wrote them (keeping copies).
        public var force: Bool
        /// Whether ``Result/codings`` lists every coding; without them (the command line
        /// needs only the summary and the files) a large study takes much less memory.
        public var keepsCodings: Bool

        /// Creates options.
        public init(
            loader: StudyLoader.Options = .init(), coder: String = "auto", guidePath: String? = nil,
            useGuide: Bool = true, dryRun: Bool = false, force: Bool = false, keepsCodings: Bool = true
        ) {
            self.loader = loader
            self.coder = coder
            self.guidePath = guidePath
            self.useGuide = useGuide
            self.dryRun = dryRun
            self.force = force
            self.keepsCodings = keepsCodings
        }
    }

    /// The outcome of a run.
    public struct Result: Sendable {
        /// The figures.
        public var summary: AutoCodeSummary
        /// Every coding, by transcript in study order; empty unless
        /// ``Options/keepsCodings``.
        public var codings: [AutoCoding]
        /// Problems with keywords, the guide or the codebook (warnings; errors stop the run).
        public var diagnostics: [Diagnostic]
    }

    /// Loads the study at `path`, auto-codes it and (unless a dry run) writes the coding
    /// files: the library call behind `qda autocode`.
    ///
    /// - Throws: ``QDAError/usage(_:)`` for a bad coder name, a missing codebook or a folder
    ///   that is not the auto-coder's; ``QDAError/invalidData(_:)`` when keywords or the
    ///   guide have errors (nothing is written).
    public static func run(studyAt path: String, options: Options = Options()) throws -> Result {
        let coder = options.coder
        guard !coder.isEmpty, !coder.contains("/"), !coder.hasPrefix("."), coder != ".." else {
            throw QDAError.usage("`\(coder)` cannot be a coder name: use a simple name such as `auto`")
        }
        // Auto-coding reads only the transcripts and the codebook, not the coding files.
        var loaderOptions = options.loader
        loaderOptions.loadsCodings = false
        let study = try StudyLoader(options: loaderOptions).load(path)
        guard let codebook = study.codebook, let codebookPath = study.codebookPath else {
            throw QDAError.usage(
                "auto-coding needs a codebook with keywords: pass --codebook or set \"codebook\" in qda.json")
        }
        var diagnostics = study.diagnostics.filter { $0.location?.path == codebookPath && $0.severity == .error }
        let locator = KeywordLocator(codebookPath: codebookPath, codeLocations: study.codeLocations)
        let (rules, ruleProblems) = KeywordRules.compile(codebook, locator: locator)
        diagnostics += ruleProblems
        var structural: StructuralCoder?
        var guidePath: String?
        if options.useGuide, let found = try findGuide(study, given: options.guidePath) {
            let (guide, guideProblems) = try InterviewGuide.read(found)
            let (compiled, compileProblems) = StructuralCoder.compile(guide, codebook: codebook)
            diagnostics += guideProblems + compileProblems
            structural = compiled
            guidePath = found
        }
        if diagnostics.containsErrors { throw QDAError.invalidData(diagnostics.sortedByLocation()) }
        guard !rules.rules.isEmpty || structural != nil else {
            throw QDAError.invalidData([
                .error(
                    "no code has keywords (`keywords:` under a code) and there is no interview guide, so there is nothing to auto-code",
                    at: SourceLocation(path: codebookPath))
            ])
        }
        // Each transcript is coded, its file written into a buffer and its figures counted in
        // one go, so that the codings of the whole study need not be held at once.
        let keepsCodings = options.keepsCodings
        let transcriptCoder = transcriptCoder(study, rules: rules, structural: structural)
        let outputs = Parallel.map(study.transcripts) { transcript -> AutoCodeOutput in
            let (codings, tally) = transcriptCoder.codeAndCount(transcript)
            let bytes = codingFileBytes(codings)
            return AutoCodeOutput(
                codings: keepsCodings ? codings : [], file: Data(bytes), fingerprint: fingerprint(bytes), tally: tally)
        }
        let folder = Paths.join(study.root, "codings/\(coder)")
        var tally = AutoCodeSummary.Tally()
        var codings: [AutoCoding] = []
        for output in outputs {
            tally.add(output.tally)
            if keepsCodings { codings += output.codings }
        }
        let files = zip(study.transcripts, outputs).map { transcript, output in
            (name: transcript.id.rawValue + ".tsv", data: output.file, fingerprint: output.fingerprint)
        }
        var backups: [String] = []
        if !options.dryRun {
            let (transaction, copies) = try AutoCodeFolder(folder: folder).transaction(
                for: files, codebook: codebookPath, guide: guidePath, force: options.force)
            try transaction.commit()
            backups = copies
        }
        let guideTopics = structural.map { coder in coder.guide.topics.filter { !$0.codes.isEmpty }.count } ?? 0
        let lines = tally.codeLines(
            codebook, codeOrder: transcriptCoder.codeOrder, keywordNames: transcriptCoder.keywordNames)
        let applied = Set(lines.map(\.code))
        var candidates = Set(rules.rules.map(\.code))
        if let structural {
            for topic in structural.guide.topics {
                for name in topic.codes + topic.questions.flatMap(\.codes) {
                    if let code = CodeResolver(codebook).canonicalName(name) { candidates.insert(code) }
                }
            }
        }
        let summary = AutoCodeSummary(
            study: study.root, codebook: codebookPath, guide: guidePath, coder: coder, folder: folder,
            dryRun: options.dryRun, transcripts: study.transcripts.count,
            participantTurns: study.transcripts.reduce(0) { $0 + $1.participantTurnCount },
            turnsCoded: tally.turnsCoded, codings: tally.codings, codesWithKeywords: rules.rules.count,
            guideTopics: guideTopics, codes: lines,
            codesNotApplied: codebook.codes.map(\.name).filter { candidates.contains($0) && !applied.contains($0) },
            files: files.map { Paths.join(folder, $0.name) }, backups: backups)
        return Result(summary: summary, codings: codings, diagnostics: diagnostics.sortedByLocation())
    }

    /// Auto-codes every transcript of `study` (in parallel), in study order.
    public static func code(_ study: Study, rules: KeywordRules, structural: StructuralCoder?) -> [AutoCoding] {
        let coder = transcriptCoder(study, rules: rules, structural: structural)
        return Parallel.map(study.transcripts) { coder.code($0) }.flatMap { $0 }
    }

    /// The coder of one transcript at a time, with the study's codebook order.
    static func transcriptCoder(_ study: Study, rules: KeywordRules, structural: StructuralCoder?)
        -> TranscriptAutoCoder
    {
        let order = Dictionary(
            (study.codebook?.codes ?? []).enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        return TranscriptAutoCoder(rules: rules, structural: structural, codeOrder: order)
    }

    /// The text of a coding file for `codings` (one transcript): `turn`, `code`, `quote`
    /// (the matching sentences, empty for a whole turn) and `memo` (what matched).
    public static func codingFile(_ codings: [AutoCoding]) -> String {
        String(decoding: codingFileBytes(codings), as: UTF8.self)
    }

    /// The guide to use: the one given, else the study's.
    static func findGuide(_ study: Study, given: String?) throws -> String? {
        if let given {
            guard FileManager.default.fileExists(atPath: given) else { throw QDAError.notFound(path: given) }
            return given
        }
        if let configured = study.settings.guide {
            let path = Paths.join(study.root, configured)
            guard FileManager.default.fileExists(atPath: path) else { throw QDAError.notFound(path: path) }
            return path
        }
        let manager = FileManager.default
        let guideFolder = Paths.join(study.root, "guide")
        var found = ((try? manager.contentsOfDirectory(atPath: guideFolder)) ?? []).filter {
            !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".md")
        }.map { Paths.join(guideFolder, $0) }
        if found.isEmpty {
            found = ((try? manager.contentsOfDirectory(atPath: study.root)) ?? []).filter {
                $0.lowercased().hasSuffix(".guide.md")
            }.map { Paths.join(study.root, $0) }
        }
        guard found.count <= 1 else {
            throw QDAError.usage(
                "several interview guides found (\(found.sorted().joined(separator: ", "))); name one with --guide or set \"guide\" in qda.json"
            )
        }
        return found.first
    }
}
