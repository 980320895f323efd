import Foundation

/// Loads a study folder: finds its files, parses each one, and collects every problem
/// without stopping at the first.
public struct StudyLoader: Sendable {
    /// Options for loading.
    public struct Options: Sendable {
        /// A codebook to use instead of the one named in `qda.json` (a path as given by the user).
        public var codebookPath: String?
        /// The encoding to assume for transcripts that are not UTF-8.
        public var encoding: TextEncoding?
        /// Whether to read the coding files under `codings/`; commands that need only the
        /// transcripts and the codebook (auto-coding) skip them.
        public var loadsCodings = true

        /// Creates options.
        public init(codebookPath: String? = nil, encoding: TextEncoding? = nil) {
            self.codebookPath = codebookPath
            self.encoding = encoding
        }
    }

    /// The options.
    public var options: Options

    /// Creates a loader.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// File names never taken for transcripts.
    static let reservedPrefixes = ["readme", "license", "licence", "changelog", "codebook", "codeboek", "codeerschema"]
    /// Folders never searched for transcripts.
    static let reservedFolders: Set<String> = ["codings", "report", "reports", "output", "exports", "guide"]

    /// Loads the study at `root`.
    ///
    /// - Throws: ``QDAError/notFound(path:)`` or ``QDAError/wrongKind(path:expected:)`` when
    ///   `root` is not a folder, and codebook read errors (a named codebook must exist).
    ///   Problems inside files are in the study's ``Study/diagnostics``.
    public func load(_ root: String) throws -> Study {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw QDAError.notFound(path: root)
        }
        guard isDirectory.boolValue else {
            throw QDAError.wrongKind(path: root, expected: "a study folder but found a file")
        }
        var study = Study(root: root)
        loadSettings(into: &study)
        try loadCodebook(into: &study)
        loadParticipants(into: &study)
        loadTranscripts(into: &study)
        if options.loadsCodings { loadCodings(into: &study) }
        return study
    }

    func join(_ root: String, _ name: String) -> String { Paths.join(root, name) }

    /// Reads the optional file `name` in the study folder, if it exists; an unreadable file
    /// becomes a diagnostic.
    private func readOptional(_ name: String, in study: inout Study, assuming encoding: TextEncoding? = nil) -> (
        text: String, path: String
    )? {
        let path = join(study.root, name)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let decoded = try TextFile.read(path, assuming: encoding)
            if let note = decoded.conversionNote { study.diagnostics.append(note) }
            return (decoded.text, path)
        } catch {
            study.diagnostics.append(diagnostic(for: error, path: path))
            return nil
        }
    }

    private func loadSettings(into study: inout Study) {
        guard let file = readOptional("qda.json", in: &study) else { return }
        let (settings, diagnostics) = StudySettings.parse(file.text, path: file.path)
        study.settings = settings
        study.diagnostics += diagnostics
    }

    private func loadCodebook(into study: inout Study) throws {
        let path: String
        if let given = options.codebookPath {
            path = given
        } else if let configured = study.settings.codebook {
            path = join(study.root, configured)
        } else {
            return
        }
        let document = try CodebookIO.read(path)
        study.codebook = document.codebook
        study.codebookPath = path
        study.codeLocations = document.locations
        study.diagnostics += document.diagnostics
    }

    private func loadParticipants(into study: inout Study) {
        // A table saved by Excel is often Windows-1252: --encoding covers it too.
        guard let file = readOptional("participants.csv", in: &study, assuming: options.encoding) else { return }
        let (table, diagnostics) = ParticipantTable.parse(file.text, path: file.path)
        study.participantTable = table
        study.diagnostics += diagnostics
    }

    /// The transcript files of a study: `*.txt` and `*.md` in the folder and in
    /// `transcripts/`, leaving out READMEs, codebooks and the configured codebook and guide.
    func transcriptPaths(in study: Study) -> [String] {
        var excluded = Set<String>()
        for configured in [study.settings.codebook, study.settings.guide, study.codebookPath].compactMap({ $0 }) {
            excluded.insert(URL(fileURLWithPath: join(study.root, configured)).standardizedFileURL.path)
            excluded.insert(URL(fileURLWithPath: configured).standardizedFileURL.path)
        }
        // Only a file with the name of an excluded file can be it: other paths are not
        // standardised (that is Foundation work per file of a large study).
        let excludedNames = Set(excluded.map { URL(fileURLWithPath: $0).lastPathComponent })
        var paths: [String] = []
        for folder in [study.root, join(study.root, "transcripts")] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in NameOrder.sorted(names) {
                let lower = name.lowercased()
                guard !name.hasPrefix("."), lower.hasSuffix(".txt") || lower.hasSuffix(".md") else { continue }
                guard !Self.reservedPrefixes.contains(where: { lower.hasPrefix($0) }), !lower.hasSuffix(".guide.md")
                else { continue }
                let path = join(folder, name)
                // Folders named like transcripts are reported by loadTranscripts; broken
                // symbolic links and link loops are kept so that reading them says what is wrong.
                if excludedNames.contains(name)
                    && excluded.contains(URL(fileURLWithPath: path).standardizedFileURL.path)
                {
                    continue
                }
                paths.append(path)
            }
        }
        return paths
    }

    private func loadTranscripts(into study: inout Study) {
        let parser = TranscriptParser(
            interviewerLabels: study.settings.interviewers ?? TranscriptParser.defaultInterviewerLabels)
        let encoding = options.encoding
        var paths: [String] = []
        for path in transcriptPaths(in: study) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                study.diagnostics.append(
                    .warning("is a folder, not a transcript; it is ignored", at: SourceLocation(path: path)))
            } else {
                paths.append(path)
            }
        }
        let results = Parallel.map(paths) { parser.parseFile(at: $0, encoding: encoding) }
        var seen: [TranscriptID: String] = [:]
        for result in results {
            study.diagnostics += result.diagnostics
            guard var transcript = result.transcript else { continue }
            transcript.header = transcript.header.removingPrivate(study.settings.privateAttributes)
            if let other = seen[transcript.id] {
                study.diagnostics.append(
                    .error(
                        "two transcripts are named `\(transcript.id)` (also \(other)); coding files could not tell them apart",
                        at: SourceLocation(path: transcript.path)))
                continue
            }
            seen[transcript.id] = transcript.path
            study.transcripts.append(transcript)
        }
    }

    private func loadCodings(into study: inout Study) {
        let codingsRoot = join(study.root, "codings")
        guard let coderNames = try? FileManager.default.contentsOfDirectory(atPath: codingsRoot) else { return }
        var jobs: [(coder: CoderID, transcript: TranscriptID, path: String)] = []
        for coderName in coderNames.sorted() where !coderName.hasPrefix(".") {
            let folder = join(codingsRoot, coderName)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                study.diagnostics.append(
                    .warning(
                        "files directly in codings/ are ignored; put each coder's files in codings/<coder>/",
                        at: SourceLocation(path: folder)))
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            var seenStems: [String: String] = [:]
            for name in NameOrder.sorted(names)
            where !name.hasPrefix(".") {
                let lower = name.lowercased()
                let path = join(folder, name)
                guard lower.hasSuffix(".tsv") || lower.hasSuffix(".csv") else {
                    if !lower.hasSuffix("~") && !lower.hasSuffix(".bak") && !lower.contains(".backup") {
                        study.diagnostics.append(
                            .warning("not a coding file (.tsv or .csv); ignored", at: SourceLocation(path: path)))
                    }
                    continue
                }
                let stem = String(name.dropLast(4))
                if let other = seenStems[stem] {
                    study.diagnostics.append(
                        .error(
                            "\(coderName) has two coding files for `\(stem)` (also \(other)); keep one",
                            at: SourceLocation(path: path)))
                    continue
                }
                seenStems[stem] = name
                jobs.append((CoderID(rawValue: coderName), TranscriptID(rawValue: stem), path))
            }
        }
        let transcripts = Dictionary(study.transcripts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parser = CodingFileParser(resolver: study.codebook.map(CodeResolver.init))
        let known = study.transcripts.map(\.id.rawValue)
        let encoding = options.encoding
        let results = Parallel.map(jobs) { job -> (CodingFileParser.Result?, [Diagnostic]) in
            do {
                // A coding sheet saved by Excel is often Windows-1252: --encoding covers it too.
                let decoded = try TextFile.read(job.path, assuming: encoding)
                let text = decoded.text
                let transcript = transcripts[job.transcript]
                var result = parser.parse(
                    text, path: job.path, coder: job.coder, transcript: transcript, transcriptID: job.transcript)
                if transcript == nil {
                    let hint =
                        EditDistance.closest(to: job.transcript.rawValue, in: known).map { "; did you mean `\($0)`?" }
                        ?? ""
                    result.diagnostics.insert(
                        .error(
                            "coding file for transcript `\(job.transcript)`, which does not exist\(hint)",
                            at: SourceLocation(path: job.path)), at: 0)
                    result.file.codings = []
                    result.unknownCodes = []
                }
                return (result, [decoded.conversionNote].compactMap { $0 })
            } catch {
                return (nil, [diagnostic(for: error, path: job.path)])
            }
        }
        for (result, diagnostics) in results {
            study.diagnostics += diagnostics
            guard let result else { continue }
            study.diagnostics += result.diagnostics
            study.codingFiles.append(result.file)
            study.unknownCodeUses += result.unknownCodes.map {
                UnknownCodeUse(
                    code: $0.code, coder: result.file.coder, transcript: result.file.transcript, location: $0.location,
                    quote: $0.quote)
            }
        }
    }

    private func diagnostic(for error: Error, path: String) -> Diagnostic {
        if let error = error as? QDAError { return error.diagnostic }
        return .error("\(error)", at: SourceLocation(path: path))
    }
}
