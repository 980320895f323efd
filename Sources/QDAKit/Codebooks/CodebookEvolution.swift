import Foundation

/// The library calls behind `qda codebook add`, `adopt`, `rename` and `merge`: read the
/// codebook, change it, and write it back in its own format (with the previous version kept),
/// optionally rewriting every coding file to the new names, all in one atomic step.
public enum CodebookEvolution {
    /// Which codebook and study a change applies to, and how to write it.
    public struct Options: Sendable {
        /// The study folder (for coding files and first quotes); `.` by default.
        public var study: String
        /// The codebook file; `nil` for the study's (`codebook` in qda.json).
        public var codebook: String?
        /// Write the changed codebook here (a new version) instead of replacing it.
        public var output: String?
        /// Rewrite the coding files of every coder to the new names (rename, merge).
        public var rewriteCodings: Bool
        /// Only show what would change.
        public var dryRun: Bool

        /// Creates options.
        public init(
            study: String = ".", codebook: String? = nil, output: String? = nil, rewriteCodings: Bool = false,
            dryRun: Bool = false
        ) {
            self.study = study
            self.codebook = codebook
            self.output = output
            self.rewriteCodings = rewriteCodings
            self.dryRun = dryRun
        }
    }

    /// A new code as given on the command line.
    public struct NewCode: Sendable {
        /// The name.
        public var name: String
        /// Deductive or inductive.
        public var origin: CodeOrigin
        /// The theme (default: "Inductieve codes" or "Inductive codes", by the study's language).
        public var theme: String?
        /// The subtheme, if any.
        public var subtheme: String?
        /// The description.
        public var description: String?
        /// The example; when `nil`, the first quote coded with the name is used.
        public var example: String?
        /// Keywords, as written in a codebook.
        public var keywords: [String]
        /// Create the theme or subtheme even when a similar one exists.
        public var create: Bool

        /// Creates a new code description.
        public init(
            name: String, origin: CodeOrigin = .inductive, theme: String? = nil, subtheme: String? = nil,
            description: String? = nil, example: String? = nil, keywords: [String] = [], create: Bool = false
        ) {
            self.name = name
            self.origin = origin
            self.theme = theme
            self.subtheme = subtheme
            self.description = description
            self.example = example
            self.keywords = keywords
            self.create = create
        }
    }

    /// Adds one code: `qda codebook add`.
    public static func add(_ new: NewCode, options: Options) throws -> CodebookChange {
        var context = try Context(options)
        let uses =
            context.study?.unknownCodeUses.filter { TextFolding.fold($0.code) == TextFolding.fold(new.name) } ?? []
        let code = Code(
            name: new.name.trimmingWhitespace(), origin: new.origin, description: new.description,
            example: new.example ?? uses.compactMap(\.quote).first, keywords: new.keywords)
        let theme = new.theme ?? context.defaultTheme
        let created = try CodebookEditing.add(
            code, theme: theme, subtheme: new.subtheme, create: new.create, to: &context.codebook)
        var change = context.change(
            ["added `\(code.name)` (\(new.origin.rawValue)) under \(theme)\(new.subtheme.map { " › \($0)" } ?? "")"])
        change.notes += created
        if new.example == nil, let example = code.example {
            change.notes.append("example taken from the first coding that uses it: “\(example)”")
        }
        if !uses.isEmpty {
            change.notes.append(
                "\(uses.count) coding\(uses.count == 1 ? "" : "s") already use `\(new.name)`; they now count as this code"
            )
        }
        return try context.finish(change, options: options)
    }

    /// Adds every code used in coding files but missing from the codebook (`qda check`'s
    /// candidate inductive codes) as an inductive code with its first quote as example:
    /// `qda codebook adopt`. Candidates that look like a typo of an existing code are left
    /// out unless `includeSimilar` is set.
    public static func adopt(
        theme: String? = nil, only: [String] = [], includeSimilar: Bool = false, options: Options
    ) throws -> CodebookChange {
        var context = try Context(options, needsStudy: true)
        let study = context.study!
        var candidates = StudyChecker.candidateCodes(study)
        if !only.isEmpty {
            let wanted = Set(only.map(TextFolding.fold))
            let missing = only.filter { name in
                !candidates.contains { TextFolding.fold($0.name) == TextFolding.fold(name) }
            }
            guard missing.isEmpty else {
                throw QDAError.usage(
                    "not a candidate code (used in coding files but not in the codebook): \(missing.map { "`\($0)`" }.joined(separator: ", "))"
                )
            }
            candidates = candidates.filter { wanted.contains(TextFolding.fold($0.name)) }
        }
        let themeName = theme ?? context.defaultTheme
        var changes: [String] = []
        var notes: [String] = []
        for candidate in candidates {
            if let similar = candidate.similarCode, !includeSimilar {
                notes.append(
                    "left out `\(candidate.name)`: probably a typo of `\(similar)` (fix the coding file, or pass --include-similar)"
                )
                continue
            }
            let code = Code(name: candidate.name, origin: .inductive, example: candidate.firstQuote)
            notes += try CodebookEditing.add(code, theme: themeName, create: true, to: &context.codebook)
            let coders = candidate.coders.map(\.rawValue).joined(separator: ", ")
            changes.append(
                "added `\(candidate.name)` (inductive) under \(themeName): \(candidate.uses) use\(candidate.uses == 1 ? "" : "s") by \(coders)"
            )
        }
        if changes.isEmpty { changes.append("no candidate codes to adopt") }
        if !changes.isEmpty && candidates.count > 0 {
            notes.append("the adopted codes have no description yet; add one so that coders apply them alike")
        }
        var change = context.change(changes)
        change.notes += notes
        return try context.finish(change, options: options)
    }

    /// Renames a code, recording the old name as an alias: `qda codebook rename`.
    public static func rename(_ old: String, to new: String, options: Options) throws -> CodebookChange {
        var context = try Context(options, needsStudy: options.rewriteCodings)
        let before = context.codebook
        let source = try CodebookEditing.rename(old, to: new, in: &context.codebook)
        let target = new.trimmingWhitespace()
        var change = context.change(["renamed `\(source)` → `\(target)` (`\(source)` kept as a former name)"])
        try context.rewriteCodings(from: before, sources: [source], target: target, into: &change, options: options)
        return try context.finish(change, options: options)
    }

    /// Merges codes into one, recording the other names as aliases: `qda codebook merge`.
    public static func merge(_ names: [String], into target: String, options: Options) throws -> CodebookChange {
        var context = try Context(options, needsStudy: options.rewriteCodings)
        let before = context.codebook
        let outcome = try CodebookEditing.merge(names, into: target, in: &context.codebook)
        let others = outcome.sources.filter { $0 != outcome.target }
        var change = context.change([
            "merged \(outcome.sources.map { "`\($0)`" }.joined(separator: " + ")) into `\(outcome.target)`"
                + (outcome.isNewName ? " (a new name)" : "")
                + "; \(others.map { "`\($0)`" }.joined(separator: ", ")) kept as former names"
        ])
        change.notes += outcome.emptiedSubthemes.map { "subtheme \($0) has no codes any more" }
        try context.rewriteCodings(
            from: before, sources: outcome.sources, target: outcome.target, into: &change, options: options)
        return try context.finish(change, options: options)
    }
}

/// The codebook being changed, where it came from, and the staged file changes.
private struct Context {
    let path: String
    let format: CodebookFormat
    let originalText: String
    var codebook: Codebook
    let study: Study?
    var transaction = FileTransaction()
    var backups: [String] = []
    let stamp: String

    init(_ options: CodebookEvolution.Options, needsStudy: Bool = false) throws {
        var study: Study?
        let manager = FileManager.default
        if needsStudy || options.codebook == nil || manager.fileExists(atPath: Paths.join(options.study, "qda.json")) {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: options.study, isDirectory: &isDirectory), isDirectory.boolValue {
                study = try StudyLoader(options: .init(codebookPath: options.codebook)).load(options.study)
            } else if needsStudy || options.codebook == nil {
                throw QDAError.notFound(path: options.study)
            }
        }
        guard let path = options.codebook ?? study?.codebookPath else {
            throw QDAError.usage("which codebook? pass --codebook or set \"codebook\" in the study's qda.json")
        }
        guard let format = CodebookFormat(path: path), format != .qdc else {
            throw QDAError.usage("\(path): codebooks are edited in Markdown, CSV or JSON")
        }
        let text = try TextFile.read(path).text
        let document = try CodebookIO.parse(text, path: path, format: format)
        guard !document.diagnostics.containsErrors else { throw QDAError.invalidData(document.diagnostics) }
        self.path = path
        self.format = format
        self.originalText = text
        self.codebook = document.codebook
        self.study = study
        let components = Calendar(identifier: .gregorian).dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date())
        let base = String(
            format: "%04d%02d%02d-%02d%02d%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0,
            components.hour ?? 0, components.minute ?? 0, components.second ?? 0)
        // A backup folder is never reused, even for two changes within one second.
        var stamp = base
        var attempt = 1
        let folders =
            [Paths.join(Paths.folder(of: path), ".backup")]
            + (study.map { [Paths.join($0.root, "codings/.backup")] } ?? [])
        while folders.contains(where: { manager.fileExists(atPath: Paths.join($0, stamp)) }) {
            attempt += 1
            stamp = "\(base)-\(attempt)"
        }
        self.stamp = stamp
    }

    var defaultTheme: String { study?.settings.language == "nl" ? "Inductieve codes" : "Inductive codes" }

    func change(_ changes: [String]) -> CodebookChange {
        CodebookChange(
            codebook: path, destination: path, changes: changes, codingFiles: [], notes: [], dryRun: false, backups: [],
            diagnostics: [])
    }

    /// Stages the rewriting of coding files (or notes that they are read through aliases).
    mutating func rewriteCodings(
        from before: Codebook, sources: [String], target: String, into change: inout CodebookChange,
        options: CodebookEvolution.Options
    ) throws {
        let oldResolver = CodeResolver(before)
        let newResolver = CodeResolver(codebook)
        let renamed = Set(sources)
        let files = study?.codingFiles ?? []
        let using = files.filter { file in file.codings.contains { renamed.contains($0.code) } }
        guard options.rewriteCodings else {
            if !using.isEmpty {
                change.notes.append(
                    "\(using.count) coding file\(using.count == 1 ? "" : "s") use the old name\(sources.count == 1 ? "" : "s"); they are read as `\(target)` through the former names (pass --rewrite-codings to update them)"
                )
            }
            return
        }
        for file in files {
            let decoded = try TextFile.read(file.path)
            guard
                let outcome = CodingFileRewriter.rewrite(
                    decoded.text, path: file.path,
                    rename: { written in
                        guard let code = oldResolver.canonicalName(written), renamed.contains(code), written != target
                        else { return nil }
                        return target
                    },
                    canonical: { newResolver.canonicalName($0) ?? $0 }, targets: [target])
            else { continue }
            change.codingFiles.append(
                .init(
                    path: file.path, replaced: outcome.replaced, collapsed: outcome.collapsed,
                    rowsRemoved: outcome.rowsRemoved))
            let text = (decoded.hadByteOrderMark ? "\u{FEFF}" : "") + outcome.text
            transaction.write(text, to: file.path)
            let relative = "\(file.coder.rawValue)/\((file.path as NSString).lastPathComponent)"
            let copy = Paths.join(study!.root, "codings/.backup/\(stamp)/\(relative)")
            transaction.backUp(file.path, to: copy)
            backups.append(copy)
        }
        if change.codingFiles.isEmpty { change.notes.append("no coding file uses the changed codes") }
    }

    /// Stages the codebook and commits everything (unless a dry run).
    mutating func finish(_ change: CodebookChange, options: CodebookEvolution.Options) throws -> CodebookChange {
        var change = change
        let (text, warnings) = try CodebookIO.format(codebook, as: format)
        change.diagnostics += warnings.map { Diagnostic.warning($0, at: SourceLocation(path: path)) }
        if format == .markdown, let original = try? CodebookIO.parse(originalText, path: path, format: format),
            CodebookMarkdown.format(original.codebook) != originalText
        {
            change.notes.append("the codebook is written in the canonical layout (`qda codebook convert --to md`)")
        }
        if let output = options.output {
            change.destination = output
            if FileManager.default.fileExists(atPath: output) { throw QDAError.outputExists(path: output) }
            transaction.write(text, to: output)
        } else {
            transaction.write(text, to: path)
            let copy = Paths.join(Paths.folder(of: path), ".backup/\(stamp)/\((path as NSString).lastPathComponent)")
            transaction.backUp(path, to: copy)
            backups.insert(copy, at: 0)
        }
        change.dryRun = options.dryRun
        if !options.dryRun {
            try transaction.commit()
            change.backups = backups
        }
        return change
    }
}
