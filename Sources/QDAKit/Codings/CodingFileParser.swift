/// Reads coding files (`codings/<coder>/<transcript>.tsv` or `.csv`) and filled-in
/// worksheets: a header row with `turn` and `code` columns, optionally `quote` and `memo`,
/// and optionally `start` and `end` (code-point offsets in the transcript file, end
/// exclusive, as written by `qda import` for selections that do not fall on whole turns);
/// other columns are ignored.
public struct CodingFileParser: Sendable {
    /// The codebook's resolver, or `nil` to take code names as written.
    public var resolver: CodeResolver?

    /// Creates a parser.
    public init(resolver: CodeResolver? = nil) {
        self.resolver = resolver
    }

    /// The codings read from one file and the problems found.
    public struct Result: Sendable {
        /// The file's codings (rows with problems are left out).
        public var file: CodingFile
        /// Problems found, each pointing at a row and column.
        public var diagnostics: [Diagnostic]
        /// Codes not in the codebook, as written, with the location of each use.
        public var unknownCodes: [(code: String, location: SourceLocation, quote: String?)]
    }

    /// Parses coding-file text for `transcript`, coded by `coder`.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - path: the file's path, for diagnostics.
    ///   - coder: who coded (the folder name under `codings/`).
    ///   - transcript: the transcript the file codes, to check turn numbers and locate
    ///     quotes; `nil` when the transcript is missing (rows are then read but not placed).
    ///   - transcriptID: the transcript's identifier (the coding file's name without extension).
    public func parse(_ text: String, path: String, coder: CoderID, transcript: Transcript?, transcriptID: TranscriptID)
        -> Result
    {
        var result = Result(
            file: CodingFile(coder: coder, transcript: transcriptID, path: path, codings: []), diagnostics: [],
            unknownCodes: [])
        let (table, csvDiagnostics) = CSV.parse(text, path: path)
        result.diagnostics += csvDiagnostics
        guard let table else {
            result.diagnostics.append(.warning("the coding file is empty", at: SourceLocation(path: path)))
            return result
        }
        // The header's keys once per file, the wanted names' keys once (as `table.column(named:)`).
        let headerKeys = table.header.map(CSVTable.headerKey)
        func column(_ wanted: Set<String>) -> Int? { headerKeys.firstIndex { wanted.contains($0) } }
        let turnColumn = column(Self.columnKeys.turn)
        let codeColumn = column(Self.columnKeys.code)
        let quoteColumn = column(Self.columnKeys.quote)
        let memoColumn = column(Self.columnKeys.memo)
        let offsetColumns = (start: column(Self.columnKeys.start), end: column(Self.columnKeys.end))
        guard let turnColumn, let codeColumn else {
            let missing = [turnColumn == nil ? "`turn`" : nil, codeColumn == nil ? "`code`" : nil].compactMap { $0 }
            result.diagnostics.append(
                .error(
                    "the header has no \(missing.joined(separator: " or ")) column; a coding file starts with `turn<TAB>code<TAB>quote<TAB>memo`",
                    at: SourceLocation(path: path, line: table.headerRow.line, column: 1),
                    sourceLine: table.headerRow.sourceLine))
            return result
        }
        var collapsed = transcript.map(CollapsedTurns.init)
        for row in table.rows where !row.isEmpty {
            parseRow(
                row, columns: (turnColumn, codeColumn, quoteColumn, memoColumn), offsetColumns: offsetColumns,
                path: path, coder: coder, transcript: transcript, transcriptID: transcriptID, collapsed: &collapsed,
                into: &result)
        }
        return result
    }

    private func parseRow(
        _ row: CSVTable.Row, columns: (turn: Int, code: Int, quote: Int?, memo: Int?),
        offsetColumns: (start: Int?, end: Int?), path: String, coder: CoderID, transcript: Transcript?,
        transcriptID: TranscriptID, collapsed: inout CollapsedTurns?, into result: inout Result
    ) {
        func place(_ column: Int?) -> SourceLocation {
            SourceLocation(path: path, line: row.line, column: row.column(column))
        }
        func report(_ diagnostic: Diagnostic) { result.diagnostics.append(diagnostic) }
        let codeText = row[columns.code]
        let quote = nonEmpty(row[columns.quote])
        let memo = nonEmpty(row[columns.memo])
        let codes = Self.codeNames(codeText)
        if codes.isEmpty {
            if quote != nil || memo != nil {
                report(
                    .warning(
                        "this row has a \(quote != nil ? "quote" : "memo") but no code; it is ignored",
                        at: place(columns.code), sourceLine: row.sourceLine))
            }
            return
        }
        let turnText = row[columns.turn]
        guard let turns = TurnReference.parse(turnText) else {
            report(
                .error(
                    turnText.trimmingWhitespace().isEmpty
                        ? "this row has no turn number"
                        : "`\(turnText)` is not a turn number or range such as `4` or `9-10`",
                    at: place(columns.turn), sourceLine: row.sourceLine))
            return
        }
        var range = 0..<0
        if let transcript {
            guard turns.lowerBound >= 1, turns.upperBound <= transcript.turns.count else {
                let bad = turns.lowerBound < 1 ? turns.lowerBound : turns.upperBound
                report(
                    .error(
                        "turn \(bad) does not exist; \(transcript.id) has turns 1–\(transcript.turns.count)",
                        at: place(columns.turn), sourceLine: row.sourceLine))
                return
            }
            // The named turns, read in place (a copy per row is a copy per coding of the study).
            let named = (turns.lowerBound - 1)..<turns.upperBound
            if named.allSatisfy({ transcript.turns[$0].isInterviewer }) {
                report(
                    .warning(
                        "turn \(turns.lowerBound == turns.upperBound ? "\(turns.lowerBound) is an interviewer turn" : "\(turns.lowerBound)-\(turns.upperBound) are interviewer turns"); interviewer text is never counted or quoted",
                        at: place(columns.turn), sourceLine: row.sourceLine))
            }
            range =
                transcript.turns[named.lowerBound].range
                .lowerBound..<transcript.turns[named.upperBound - 1].range.upperBound
            let startText = row[offsetColumns.start].trimmingWhitespace()
            let endText = row[offsetColumns.end].trimmingWhitespace()
            if !startText.isEmpty || !endText.isEmpty {
                let offsets = CodingOffsets(
                    startText: startText, endText: endText, turns: turns, transcript: transcript, quote: quote)
                switch offsets.resolve() {
                case .success(let found, let warning):
                    range = found
                    if let warning {
                        report(.warning(warning, at: place(offsetColumns.start), sourceLine: row.sourceLine))
                    }
                case .failure(let message, let atQuote):
                    report(
                        .error(
                            message, at: place(atQuote ? columns.quote : offsetColumns.start),
                            sourceLine: row.sourceLine))
                    return
                }
            } else if let quote, collapsed != nil {
                // Most quotes are in their one turn as written: found without collapsing the turn.
                let outcome: QuoteMatcher.Outcome
                if turns.lowerBound == turns.upperBound,
                    let found = QuoteMatcher.exactRange(of: quote, in: transcript.turns[turns.lowerBound - 1])
                {
                    outcome = .exact(found)
                } else {
                    outcome = QuoteMatcher.match(
                        quote, in: collapsed!.text(of: turns), others: { collapsed!.others(excluding: turns) })
                }
                switch outcome {
                case .exact(let found), .elided(let found):
                    range = found
                case .folded(let found):
                    range = found
                    report(
                        .warning(
                            "the quote matches turn \(turns.lowerBound) only when ignoring case, accents or quote marks; reports use the transcript's text",
                            at: place(columns.quote), sourceLine: row.sourceLine))
                case .elsewhere(let number, _):
                    report(
                        .error(
                            "the quote is not in turn \(describe(turns)) but in turn \(number)",
                            at: place(columns.quote),
                            sourceLine: row.sourceLine, notes: ["fix the turn number: \(number)"]))
                    return
                case .notFound(let closest):
                    report(
                        .error(
                            "the quote is not in turn \(describe(turns))", at: place(columns.quote),
                            sourceLine: row.sourceLine,
                            notes: closest.map { ["closest passage: “\($0)”"] } ?? []))
                    return
                }
            }
        }
        for written in codes {
            var name = written
            if let resolver {
                if let canonical = resolver.canonicalName(written) {
                    name = canonical
                } else {
                    result.unknownCodes.append((written, place(columns.code), quote))
                }
            }
            result.file.codings.append(
                Coding(
                    // Written as named: share the codebook's string rather than keep a copy.
                    transcript: transcriptID, coder: coder, code: name, writtenCode: written == name ? name : written,
                    turns: turns,
                    range: range,
                    quote: quote, memo: memo, location: place(columns.turn)))
        }
    }

    /// The header keys (``CSVTable/headerKey(_:)``) of the names each column may have.
    static let columnKeys = (
        turn: keys("turn", "turns", "beurt", "beurten", "spreekbeurt"), code: keys("code", "codes"),
        quote: keys("quote", "citaat", "quotation", "fragment"),
        memo: keys("memo", "memos", "notitie", "opmerking", "comment"), start: keys("start"), end: keys("end")
    )

    private static func keys(_ names: String...) -> Set<String> { Set(names.map(CSVTable.headerKey)) }

    /// The `;`-separated names of a code cell, trimmed, without empty ones.
    static func codeNames(_ cell: String) -> [String] {
        // Splitting on the character `;` looks at grapheme clusters, which is slow. Where each
        // `;` has ASCII (or nothing) on both sides it is a character of its own (no combining
        // mark can join it), so splitting its bytes gives the same pieces.
        let utf8 = cell.utf8
        // Most cells name one code: no pieces to collect.
        guard UTF8Scan.contains(UInt8(ascii: ";"), in: cell) else {
            let name = cell.trimmingWhitespace()
            return name.isEmpty ? [] : [name]
        }
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: ";") {
                guard previous < 0x80, next == utf8.endIndex || utf8[next] < 0x80 else {
                    return cell.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                }
                pieces.append(cell[start..<index])
                start = next
            }
            previous = byte
            index = next
        }
        pieces.append(cell[start..<utf8.endIndex])
        return pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private func describe(_ turns: ClosedRange<Int>) -> String {
        turns.lowerBound == turns.upperBound ? "\(turns.lowerBound)" : "\(turns.lowerBound)-\(turns.upperBound)"
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
