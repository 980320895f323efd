import QDAKit

/// What an import did, or would do: the files, what became of each source and coder, and
/// every problem and decision worth knowing.
public struct ImportReport: Sendable {
    /// What became of one source.
    public struct Source: Sendable, Hashable {
        /// The source's name in the input.
        public var name: String
        /// The transcript written, relative to the study.
        public var transcript: String
        /// The transcript's number of turns.
        public var turns: Int
        /// The selections imported (0 for Whisper and Word input).
        public var selections: Int
        /// How selection offsets were read, if there were selections.
        public var offsets: String?
        /// Other things to know (byte-order mark, line endings, added labels, speakers).
        public var notes: [String]
    }

    /// One coder's imported codings.
    public struct Coder: Sendable, Hashable {
        /// The coder's folder name under `codings/`.
        public var name: String
        /// The number of codings (one per code per selection).
        public var codings: Int
        /// The number of transcripts with codings.
        public var transcripts: Int
    }

    /// The input file's name.
    public var input: String
    /// What the input is (`REFI-QDA project (written by NVivo …)`, `Whisper SRT subtitles`).
    public var kind: String
    /// The files to write (relative to the study).
    public var files: StudyFiles
    /// The sources.
    public var sources: [Source]
    /// The coders.
    public var coders: [Coder] = []
    /// The number of codes in the imported codebook.
    public var codes: Int = 0
    /// The number of themes in the imported codebook.
    public var themes: Int = 0
    /// The users named in the input.
    public var users: [String] = []
    /// Figures about a REFI-QDA project file as stored.
    public var statistics: REFIStatistics?
    /// Problems and decisions.
    public var diagnostics: [Diagnostic]
    /// The paths written, once written.
    public var written: [String] = []

    /// A readable summary.
    public var rendered: String {
        var lines = ["\(input): \(kind)"]
        for source in sources {
            var line = "  \(source.name) → \(source.transcript): \(source.turns) turn\(source.turns == 1 ? "" : "s")"
            if source.selections > 0 { line += ", \(source.selections) selection\(source.selections == 1 ? "" : "s")" }
            lines.append(line)
            if let offsets = source.offsets { lines.append("    \(offsets)") }
            for note in source.notes { lines.append("    \(note)") }
        }
        if codes > 0 || themes > 0 { lines.append("  codebook: \(codes) codes in \(themes) themes") }
        if !users.isEmpty { lines.append("  users: \(users.joined(separator: ", "))") }
        for coder in coders {
            lines.append(
                "  coder \(coder.name): \(coder.codings) coding\(coder.codings == 1 ? "" : "s") in \(coder.transcripts) transcript\(coder.transcripts == 1 ? "" : "s")"
            )
        }
        for diagnostic in diagnostics { lines.append(diagnostic.rendered) }
        if !written.isEmpty { lines.append("  wrote \(written.count) file\(written.count == 1 ? "" : "s")") }
        return lines.joined(separator: "\n")
    }
}
