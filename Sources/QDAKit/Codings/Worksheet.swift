import Foundation

/// A coding sheet for coders who prefer a spreadsheet: one row per participant turn with
/// the turn number, speaker and text, and empty `code`, `quote` and `memo` columns. The
/// filled-in sheet is read as that coder's coding file as it is.
public enum Worksheet {
    /// The columns of a worksheet.
    public static let columns = ["turn", "speaker", "text", "code", "quote", "memo"]

    /// The worksheet for `transcript`: CSV (with a byte-order mark, so that spreadsheet
    /// programs recognise UTF-8) or, with `delimiter` `\t`, TSV.
    public static func render(_ transcript: Transcript, delimiter: Character = ",") -> String {
        var rows = [columns]
        for turn in transcript.participantTurns {
            rows.append([String(turn.number), turn.speaker, turn.displayText, "", "", ""])
        }
        let body = CSV.format(rows, delimiter: delimiter)
        return delimiter == "," ? "\u{FEFF}" + body : body
    }

    /// Makes a coding worksheet for the transcript at `path`: the library call behind
    /// `qda worksheet`.
    ///
    /// - Parameters:
    ///   - path: the transcript file.
    ///   - coder: the coder's name; the sheet goes to `codings/<coder>/<stem>.csv` in the
    ///     transcript's study folder unless `output` is given.
    ///   - output: a path to write to, or `-` to return the text without writing.
    ///   - tabs: write TSV instead of CSV.
    ///   - overwrite: replace an existing file.
    public static func write(
        transcriptAt path: String, coder: String, output: String? = nil, tabs: Bool = false, overwrite: Bool = false
    ) throws -> WorksheetResult {
        guard !coder.isEmpty, !coder.contains("/"), !coder.hasPrefix(".") else {
            throw QDAError.usage("`\(coder)` cannot be a coder name: use a simple name such as `anna`")
        }
        let (transcript, _) = try Transcript.load(from: path)
        let text = Worksheet.render(transcript, delimiter: tabs ? "\t" : ",")
        let rows = transcript.participantTurns.count
        if output == "-" { return WorksheetResult(path: nil, text: text, rows: rows) }
        let target = output ?? defaultPath(transcriptAt: path, coder: coder, tabs: tabs)
        // A worksheet in codings/ may hold a coder's work: keep the old one when replacing it.
        let backup = try OutputFile.write(Data(text.utf8), to: target, overwrite: overwrite, keepingBackup: true)
        return WorksheetResult(path: target, text: text, rows: rows, backup: backup)
    }

    static func defaultPath(transcriptAt path: String, coder: String, tabs: Bool) -> String {
        var folder = Paths.folder(of: path)
        if (folder as NSString).lastPathComponent == "transcripts" { folder = Paths.folder(of: folder) }
        return Paths.join(folder, "codings/\(coder)/\(Paths.stem(path)).\(tabs ? "tsv" : "csv")")
    }
}

/// The result of `qda worksheet`.
public struct WorksheetResult: Sendable {
    /// Where the sheet was written, or `nil` when it is returned as text.
    public var path: String?
    /// The sheet's text.
    public var text: String
    /// The number of participant turns (rows to code).
    public var rows: Int
    /// Where the replaced file was kept, when `--force` replaced one.
    public var backup: String? = nil
}
