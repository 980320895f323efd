import Foundation

/// Looks for the real names of a pseudonymisation key everywhere in a study and its
/// outputs: transcripts, coding files (quotes and memos), the codebook (examples),
/// `participants.csv`, settings, and report and export folders inside the study.
public enum LeakCheck {
    /// Checks every file of `study` (and its codebook, wherever it is) for the key's real
    /// names.
    ///
    /// - Parameters:
    ///   - keyPath: where the key was read from; a key inside the study folder is a warning,
    ///     and the key itself is not searched.
    /// - Returns: an error for each real name found, at `file:line:col`; a warning for each
    ///   found in lower case (it may be an ordinary word) and for each file that could not
    ///   be searched.
    public static func check(_ study: Study, key: PseudonymKey, keyPath: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let matcher = NameMatcher(key: key)
        if FileWalk.isInside(keyPath, study.root) {
            diagnostics.append(
                .warning(
                    "the key file is inside the study folder; move it elsewhere: it links the pseudonyms to real names and must not be shared with the study",
                    at: SourceLocation(path: keyPath)))
        }
        var entries = FileWalk.files(in: study.root, excluding: [FileWalk.standardised(keyPath)])
        if let codebook = study.codebookPath, !FileWalk.isInside(codebook, study.root) {
            entries.append(FileWalk.Entry(path: codebook, relativePath: Paths.fileName(codebook)))
        }
        let paths = entries.map(\.path)
        let results = Parallel.map(paths) { path in scanFile(path, matcher: matcher) }
        for result in results { diagnostics += result }
        diagnostics += fileNames(entries, matcher: matcher)
        return diagnostics
    }

    /// Errors for file and folder names that contain a real name (`01-mette.txt`): names of
    /// transcripts become identifiers in every report.
    static func fileNames(_ entries: [FileWalk.Entry], matcher: NameMatcher) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported = Set<String>()
        for entry in entries {
            // The path of each component: `study/codings/anna`, then `study/codings/anna/01-x.tsv`.
            let components = entry.relativePath.split(separator: "/").map(String.init)
            var base = String(entry.path.dropLast(entry.relativePath.count))
            for component in components {
                base += component
                defer { base += "/" }
                guard reported.insert(base).inserted, let match = matcher.matches(in: component).first else { continue }
                let real = matcher.key.entries[match.entry]
                diagnostics.append(
                    .error(
                        "the name `\(component)` contains the real name `\(real.real)` (key line \(real.location.line)); rename it (`qda pseudonymise` names its output files with the replacements)",
                        at: SourceLocation(path: base)))
            }
        }
        return diagnostics
    }

    /// Searches one file; text in another encoding is still searched.
    static func scanFile(_ path: String, matcher: NameMatcher) -> [Diagnostic] {
        let data: Data
        do {
            data = try TextFile.readData(path)
        } catch let error as QDAError {
            return [
                .warning(
                    "could not be searched for real names: \(error.diagnostic.message)", at: SourceLocation(path: path))
            ]
        } catch {
            return [.warning("could not be searched for real names", at: SourceLocation(path: path))]
        }
        let text: String
        if let decoded = try? TextDecoding.decode(data, path: path) {
            text = decoded.text
        } else if !data.contains(0), let converted = String(data: data, encoding: .windowsCP1252) {
            text = converted
        } else {
            return [
                .warning(
                    "not a text file, so it could not be searched for real names; check it by hand or keep it out of the study folder",
                    at: SourceLocation(path: path))
            ]
        }
        return scan(text, path: path, matcher: matcher)
    }

    /// The real names in `text`, as diagnostics at their place.
    public static func scan(_ text: String, path: String, matcher: NameMatcher) -> [Diagnostic] {
        let matches = matcher.matches(in: text)
        guard !matches.isEmpty else { return [] }
        let lines = TextLines.split(text)
        return matches.map { match in
            let entry = matcher.key.entries[match.entry]
            let location = SourceLocation(path: path, line: match.line, column: match.column)
            let line = match.line <= lines.count ? String(lines[match.line - 1].text) : nil
            let keyLine = "key line \(entry.location.line)"
            if match.isLowerCase {
                return .warning(
                    "`\(match.text)` is the real name `\(entry.real)` (\(keyLine)) written in lower case; check that it is an ordinary word here",
                    at: location, sourceLine: line)
            }
            return .error(
                "real name `\(match.text)` (\(keyLine)); replace it with `\(match.replacement(entry.replacement))`",
                at: location, sourceLine: line)
        }
    }
}

extension StudyChecker {
    /// Loads and checks the study at `path` and, with a key, looks for the key's real names
    /// in every file of the study and its outputs: the library call behind
    /// `qda check --key`.
    ///
    /// - Throws: the study's load errors, and read errors of the key file. Problems inside
    ///   the key are diagnostics in the report.
    public static func check(studyAt path: String, options: StudyLoader.Options = .init(), keyPath: String?) throws
        -> CheckReport
    {
        let study = try StudyLoader(options: options).load(path)
        var report = check(study)
        guard let keyPath else { return report }
        let (key, keyDiagnostics) = try PseudonymKey.read(keyPath)
        let leaks = LeakCheck.check(study, key: key, keyPath: keyPath)
        report.diagnostics = (report.diagnostics + keyDiagnostics + leaks).sortedByLocation()
        return report
    }
}
