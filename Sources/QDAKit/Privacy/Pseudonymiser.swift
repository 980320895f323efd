import Foundation

/// Applies a pseudonymisation key to transcripts and other text files, writing new files
/// only: the library call behind `qda pseudonymise`.
public enum Pseudonymiser {
    /// What to pseudonymise and where to put the result.
    public struct Options: Sendable {
        /// Files and folders to read. Files are read whatever their extension; folders are
        /// searched (recursively) for ``textExtensions``.
        public var inputs: [String]
        /// The key file.
        public var keyPath: String
        /// The folder to write into; `nil` only for a dry run.
        public var output: String?
        /// Report what would be replaced without writing anything.
        public var dryRun: Bool
        /// Replace existing files in the output folder.
        public var overwrite: Bool
        /// The encoding of inputs that are not UTF-8.
        public var encoding: TextEncoding?

        /// Creates options.
        public init(
            inputs: [String], keyPath: String, output: String?, dryRun: Bool = false, overwrite: Bool = false,
            encoding: TextEncoding? = nil
        ) {
            self.inputs = inputs
            self.keyPath = keyPath
            self.output = output
            self.dryRun = dryRun
            self.overwrite = overwrite
            self.encoding = encoding
        }
    }

    /// The extensions of the files taken from input folders: transcripts (`txt`, `md`),
    /// subtitles (`srt`, `vtt`), coding files and tables (`tsv`, `csv`) and settings (`json`).
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "srt", "vtt", "tsv", "csv", "json"]

    /// Replaces the key's real names in `text`.
    public static func pseudonymise(_ text: String, with key: PseudonymKey) -> (text: String, matches: [NameMatch]) {
        NameMatcher(key: key).replace(in: text)
    }

    /// Reads the key and the inputs, replaces every real name, and (unless it is a dry run)
    /// writes the results into the output folder. Nothing is written when any input cannot
    /// be read, and nothing is overwritten without `overwrite`.
    ///
    /// - Throws: ``QDAError/usage(_:)`` for impossible requests (no output folder, writing
    ///   over an input), ``QDAError/invalidData(_:)`` when the key has errors,
    ///   ``QDAError/outputExists(path:)`` and read and write errors.
    public static func run(_ options: Options) throws -> PseudonymisationReport {
        guard !options.inputs.isEmpty else { throw QDAError.usage("name the transcripts or folders to pseudonymise") }
        guard options.output != nil || options.dryRun else {
            throw QDAError.usage(
                "say where to write the pseudonymised files with --out DIR (they are never written over the originals), or use --dry-run"
            )
        }
        let (key, keyDiagnostics) = try PseudonymKey.read(options.keyPath, assuming: options.encoding)
        guard !keyDiagnostics.containsErrors else { throw QDAError.invalidData(keyDiagnostics) }
        let matcher = NameMatcher(key: key)
        let plan = try plan(options, matcher: matcher)

        var report = PseudonymisationReport(
            key: options.keyPath, output: options.output, dryRun: options.dryRun, files: [],
            entries: key.entries.map {
                .init(real: $0.real, replacement: $0.replacement, keyLine: $0.location.line, replacements: 0)
            },
            diagnostics: keyDiagnostics + plan.diagnostics)
        var outputs: [(path: String, text: String)] = []
        for job in plan.jobs {
            let decoded: DecodedText
            do {
                decoded = try TextFile.read(job.input, assuming: options.encoding)
            } catch let error as QDAError {
                report.diagnostics.append(error.diagnostic)
                report.files.append(.init(input: job.input, output: nil, replacements: 0, skipped: "cannot be read"))
                continue
            }
            if let note = decoded.conversionNote { report.diagnostics.append(note) }
            let (text, matches) = matcher.replace(in: decoded.text)
            var perEntry: [Int: Int] = [:]
            for match in matches {
                perEntry[match.entry, default: 0] += 1
                report.entries[match.entry].replacements += 1
                report.entries[match.entry].files[job.input, default: 0] += 1
                if match.isLowerCase {
                    report.diagnostics.append(
                        .warning(
                            "`\(match.text)` is written in lower case but was replaced as the name `\(key.entries[match.entry].real)`; check that it is the name and not an ordinary word",
                            at: SourceLocation(path: job.input, line: match.line, column: match.column)))
                }
            }
            report.files.append(
                .init(input: job.input, output: job.output, replacements: matches.count, skipped: nil))
            if let output = job.output { outputs.append((output, text)) }
        }
        report.diagnostics += unmatchedEntries(report, key: key, inputs: plan.jobs.map(\.input), options: options)
        if report.diagnostics.containsErrors {
            report.diagnostics.append(
                .error("nothing was written because of the errors above; fix them and run again"))
            report.wroteFiles = false
            return report
        }
        guard !options.dryRun else { return report }
        for output in outputs {
            try OutputFile.write(Data(output.text.utf8), to: output.path, overwrite: options.overwrite)
        }
        report.wroteFiles = true
        return report
    }

    /// One file to pseudonymise.
    struct Job {
        var input: String
        var output: String?
    }

    /// Finds the files to read and decides where each goes, refusing to write over an
    /// input or an existing file.
    static func plan(_ options: Options, matcher: NameMatcher) throws -> (jobs: [Job], diagnostics: [Diagnostic]) {
        var jobs: [Job] = []
        var diagnostics: [Diagnostic] = []
        var excluded: Set<String> = [FileWalk.standardised(options.keyPath)]
        if let output = options.output { excluded.insert(FileWalk.standardised(output)) }
        for input in options.inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw QDAError.notFound(path: input)
            }
            if let output = options.output, FileWalk.standardised(output) == FileWalk.standardised(input) {
                throw QDAError.usage("--out must be a new folder: \(output) is the input itself")
            }
            if !isDirectory.boolValue {
                if FileWalk.standardised(input) == FileWalk.standardised(options.keyPath) { continue }
                if let output = options.output,
                    FileWalk.standardised(Paths.folder(of: input)) == FileWalk.standardised(output)
                {
                    throw QDAError.usage(
                        "--out must be a separate folder: \(output) holds the original \(Paths.fileName(input)), and pseudonymised files are kept apart from raw ones"
                    )
                }
                let name = fileName(Paths.fileName(input), matcher: matcher)
                jobs.append(Job(input: input, output: options.output.map { Paths.join($0, name) }))
                continue
            }
            if let output = options.output, FileWalk.isInside(input, output) {
                throw QDAError.usage("--out must not contain the input folder \(input)")
            }
            if FileWalk.isInside(options.keyPath, input) {
                diagnostics.append(
                    .warning(
                        "the key file is inside \(input); it is not copied, but keep it elsewhere: it links the pseudonyms to real names",
                        at: SourceLocation(path: options.keyPath)))
            }
            for entry in FileWalk.files(in: input, excluding: excluded) {
                let ext = (entry.relativePath as NSString).pathExtension.lowercased()
                guard textExtensions.contains(ext) else {
                    diagnostics.append(
                        .warning(
                            "not a text format QDAKit can pseudonymise; it is not copied (convert it to text first)",
                            at: SourceLocation(path: entry.path)))
                    continue
                }
                let relative = entry.relativePath.split(separator: "/").map { fileName(String($0), matcher: matcher) }
                    .joined(separator: "/")
                jobs.append(Job(input: entry.path, output: options.output.map { Paths.join($0, relative) }))
            }
        }
        var targets: [String: String] = [:]
        for job in jobs {
            guard let output = job.output else { continue }
            let target = FileWalk.standardised(output)
            if let other = targets[target] {
                throw QDAError.usage(
                    "\(other) and \(job.input) would both be written to \(output); pseudonymise them separately")
            }
            targets[target] = job.input
            if target == FileWalk.standardised(job.input) {
                throw QDAError.usage("\(job.input) would be written over itself; choose another --out folder")
            }
            if !options.overwrite && !options.dryRun && FileManager.default.fileExists(atPath: output) {
                throw QDAError.outputExists(path: output)
            }
        }
        return (jobs, diagnostics)
    }

    /// A file or folder name with the real names replaced, so that `01-mette.txt` becomes
    /// `01-bo.txt` (and its coding files follow): lower case stays lower case, and a
    /// placeholder becomes a slug (`[naam school]` → `naam-school`).
    public static func fileName(_ name: String, matcher: NameMatcher) -> String {
        var result = ""
        var copied = name.startIndex
        for match in matcher.matches(in: name) {
            result += name[copied..<match.range.lowerBound]
            let entry = matcher.key.entries[match.entry]
            var replacement = entry.isPlaceholder ? TextFolding.slug(entry.replacement) : entry.replacement
            replacement = replacement.replacingOccurrences(of: "/", with: "-")
            result += match.isLowerCase ? replacement.lowercased() : replacement
            copied = match.range.upperBound
        }
        return result + name[copied...]
    }

    /// Warnings for key entries that matched nothing, with the closest capitalised word in
    /// the inputs when one looks like a misspelling.
    static func unmatchedEntries(
        _ report: PseudonymisationReport, key: PseudonymKey, inputs: [String], options: Options
    ) -> [Diagnostic] {
        let unmatched = key.entries.indices.filter { report.entries[$0].replacements == 0 }
        guard !unmatched.isEmpty else { return [] }
        var words: [String: SourceLocation] = [:]
        for input in inputs {
            guard let text = try? TextFile.read(input, assuming: options.encoding).text else { continue }
            for word in WordScanner(text) where word.isCapitalised && words.count < 100_000 {
                let written = String(text[word.range])
                if words[written] == nil {
                    words[written] = SourceLocation(path: input, line: word.line, column: word.column)
                }
            }
        }
        let candidates = Array(words.keys)
        return unmatched.map { index in
            let entry = key.entries[index]
            var notes: [String] = []
            let lastWord = WordScanner(entry.real).reduce(into: "") { $0 = String(entry.real[$1.range]) }
            if let close = EditDistance.closest(to: entry.real, in: candidates)
                ?? EditDistance.closest(to: lastWord, in: candidates), let place = words[close]
            {
                notes.append("did you mean `\(close)` (\(place))?")
            }
            return .warning(
                "`\(entry.real)` never occurs in these files; is it misspelt?", at: entry.location, notes: notes)
        }
    }
}

extension Paths {
    /// The last component of a path.
    static func fileName(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }
}
