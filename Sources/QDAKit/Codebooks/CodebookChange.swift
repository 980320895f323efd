/// What a codebook command changed (or, in a dry run, would change): the codebook, and the
/// coding files rewritten to the new names.
public struct CodebookChange: Sendable, Codable {
    /// The changes to one coding file.
    public struct FileChange: Hashable, Sendable, Codable {
        /// The coding file.
        public var path: String
        /// Code names replaced by the new name.
        public var replaced: Int
        /// Codings removed because the same code was already on the same segment.
        public var collapsed: Int
        /// Rows removed because all their codes collapsed into other rows.
        public var rowsRemoved: Int
    }

    /// The codebook changed.
    public var codebook: String
    /// Where the changed codebook is (or would be) written: the codebook itself, or `--output`.
    public var destination: String
    /// What changes in the codebook, one line each.
    public var changes: [String]
    /// Coding files rewritten (or that would be).
    public var codingFiles: [FileChange]
    /// Further remarks (codings read through aliases, created themes, codes left out).
    public var notes: [String]
    /// Whether nothing was written.
    public var dryRun: Bool
    /// Copies of the previous versions of the files replaced.
    public var backups: [String]
    /// Warnings (what the codebook's format cannot hold).
    public var diagnostics: [Diagnostic]

    /// The change as text: what changes, in which files, and what was written.
    public var rendered: String {
        var lines: [String] = ["\(codebook):"]
        lines += changes.map { "  " + $0 }
        if !codingFiles.isEmpty {
            lines.append("coding files:")
            for file in codingFiles {
                var parts: [String] = []
                if file.replaced > 0 {
                    parts.append("\(file.replaced) code name\(file.replaced == 1 ? "" : "s") replaced")
                }
                if file.collapsed > 0 {
                    parts.append(
                        "\(file.collapsed) duplicate coding\(file.collapsed == 1 ? "" : "s") on the same segment collapsed"
                    )
                }
                if file.rowsRemoved > 0 {
                    parts.append("\(file.rowsRemoved) row\(file.rowsRemoved == 1 ? "" : "s") merged into another")
                }
                lines.append("  \(file.path): " + parts.joined(separator: ", "))
            }
        }
        lines += notes.map { "note: " + $0 }
        if dryRun {
            lines.append("dry run: nothing written")
        } else {
            lines.append(
                "wrote \(destination)"
                    + (codingFiles.isEmpty
                        ? "" : " and \(codingFiles.count) coding file\(codingFiles.count == 1 ? "" : "s")"))
            if !backups.isEmpty {
                let folders = Set(backups.map { Paths.folder(of: $0) }).sorted()
                lines.append("previous versions kept in " + folders.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
