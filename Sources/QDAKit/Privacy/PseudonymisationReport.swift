/// What `qda pseudonymise` did: replacements per key entry and per file, and every problem.
///
/// The report names real names (it is about the key), so it is printed for the researcher
/// and never written into the pseudonymised study.
public struct PseudonymisationReport: Sendable, Codable {
    /// One key entry's replacements.
    public struct EntryResult: Sendable, Codable, Hashable {
        /// The real name.
        public var real: String
        /// Its replacement.
        public var replacement: String
        /// The entry's line in the key file.
        public var keyLine: Int
        /// How often it was replaced in all files.
        public var replacements: Int
        /// How often it was replaced in each file, by input path.
        public var files: [String: Int] = [:]
    }

    /// One input file's result.
    public struct FileResult: Sendable, Codable, Hashable {
        /// The input's path.
        public var input: String
        /// Where the pseudonymised file goes (`nil` in a dry run without an output folder).
        public var output: String?
        /// The number of replacements made.
        public var replacements: Int
        /// Why the file was skipped, if it was.
        public var skipped: String?
    }

    /// The key file.
    public var key: String
    /// The output folder.
    public var output: String?
    /// Whether this was a dry run.
    public var dryRun: Bool
    /// Each input file, in the order read.
    public var files: [FileResult]
    /// Each key entry, in key order.
    public var entries: [EntryResult]
    /// Problems and things to check, each pointing at its place.
    public var diagnostics: [Diagnostic]
    /// Whether the output files were written.
    public var wroteFiles = false

    /// Whether any problem is an error (exit status 1).
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// The total number of replacements.
    public var totalReplacements: Int { files.reduce(0) { $0 + $1.replacements } }

    /// The report as text: diagnostics, then replacements per key entry and per file.
    public var rendered: String {
        var lines: [String] = diagnostics.sortedByLocation().map(\.rendered)
        if !lines.isEmpty { lines.append("") }
        lines.append("Replacements per key entry (\(key)):")
        let realWidth = min(48, entries.map { $0.real.count + $0.replacement.count + 3 }.max() ?? 0)
        for entry in entries {
            let pair = "\(entry.real) → \(entry.replacement)"
            let padded = pair.count < realWidth ? pair + String(repeating: " ", count: realWidth - pair.count) : pair
            let perFile = entry.files.sorted { $0.key < $1.key }.map { "\(Paths.fileName($0.key)) \($0.value)" }
            let detail = entry.replacements == 0 ? "never matched" : perFile.joined(separator: ", ")
            lines.append("  \(padded)  \(String(entry.replacements).leftPadded(5))  \(detail)")
        }
        lines.append("")
        lines.append("Per file:")
        for file in files {
            let target = file.output.map { " → \($0)" } ?? ""
            let what =
                file.skipped.map { "skipped: \($0)" }
                ?? "\(file.replacements) replacement\(file.replacements == 1 ? "" : "s")"
            lines.append("  \(file.input)\(target)  \(what)")
        }
        lines.append("")
        let count = files.filter { $0.skipped == nil }.count
        let summary =
            "\(totalReplacements) replacement\(totalReplacements == 1 ? "" : "s") in \(count) file\(count == 1 ? "" : "s")"
        if dryRun {
            lines.append("\(summary); dry run: nothing was written")
        } else if wroteFiles, let output {
            lines.append("\(summary); written to \(output)")
        } else {
            lines.append("\(summary); nothing was written")
        }
        if !dryRun && wroteFiles {
            lines.append(
                "Next: qda check \(output ?? "<study>") --key \(key)   (fails if a real name is left anywhere)")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string padded with spaces on the left to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
