/// Rewrites the code column of a coding file after a rename or merge, leaving every other
/// byte of the file as it was: rows that do not change keep their exact text, line endings
/// included.
///
/// After a merge, two codings of the merged code on the same segment (same turns, same
/// quote) collapse into one; the memo of a row that disappears is added to the memo of the
/// row that stays, so nothing written by the coder is lost.
enum CodingFileRewriter {
    /// What changed in one file.
    struct Outcome {
        var text: String
        /// Code names replaced.
        var replaced: Int
        /// Codings removed because the same code was already on the same segment.
        var collapsed: Int
        /// Rows removed because all their codes collapsed into earlier rows.
        var rowsRemoved: Int
    }

    /// Rewrites `text`. `rename` gives the new name for a code as written, or `nil` to keep
    /// it; `canonical` names the code a written code means in the new codebook, used to find
    /// duplicates of the codes in `targets`. Returns `nil` when nothing changes.
    static func rewrite(
        _ text: String, path: String, rename: (String) -> String?, canonical: (String) -> String,
        targets: Set<String>
    ) -> Outcome? {
        let (table, _) = CSV.parse(text, path: path)
        guard let table, let codeColumn = table.column(named: "code", "codes") else { return nil }
        let turnColumn = table.column(named: "turn", "turns", "beurt", "beurten", "spreekbeurt")
        let quoteColumn = table.column(named: "quote", "citaat", "quotation", "fragment")
        let memoColumn = table.column(named: "memo", "memos", "notitie", "opmerking", "comment")
        var rows = table.rows.map(\.fields)
        var changed = Set<Int>()
        var removed = Set<Int>()
        var replaced = 0
        var collapsed = 0
        struct Segment: Hashable {
            var turns: String
            var quote: String
            var code: String
        }
        var seen: [Segment: Int] = [:]
        for (index, row) in table.rows.enumerated() where !row.isEmpty {
            let written = row[codeColumn].split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            var codes: [String] = []
            var rowChanged = false
            for code in written {
                var name = code
                if let renamed = rename(code) {
                    name = renamed
                    replaced += 1
                    rowChanged = true
                }
                let meaning = canonical(name)
                if codes.contains(where: { canonical($0) == meaning }) {
                    collapsed += 1
                    rowChanged = true
                    continue
                }
                if targets.contains(meaning), let turnColumn {
                    let turns = TurnReference.parse(row[turnColumn]).map { "\($0.lowerBound)-\($0.upperBound)" }
                    let segment = Segment(
                        turns: turns ?? row[turnColumn], quote: TextFolding.collapseWhitespace(row[quoteColumn]),
                        code: meaning)
                    if let first = seen[segment], first != index {
                        collapsed += 1
                        rowChanged = true
                        if codes.isEmpty && written.last == code, let memoColumn {
                            mergeMemo(from: index, into: first, column: memoColumn, rows: &rows, changed: &changed)
                        }
                        continue
                    }
                    seen[segment] = index
                }
                codes.append(name)
            }
            guard rowChanged else { continue }
            if codes.isEmpty {
                removed.insert(index)  // its memo was added to the row that keeps the coding
            } else {
                while rows[index].count <= codeColumn { rows[index].append("") }
                rows[index][codeColumn] = codes.joined(separator: "; ")
                changed.insert(index)
            }
        }
        guard !changed.isEmpty || !removed.isEmpty else { return nil }
        return Outcome(
            text: render(text, table: table, rows: rows, changed: changed, removed: removed), replaced: replaced,
            collapsed: collapsed, rowsRemoved: removed.count)
    }

    private static func mergeMemo(
        from index: Int, into first: Int, column: Int, rows: inout [[String]], changed: inout Set<Int>
    ) {
        let memo = index < rows.count && column < rows[index].count ? rows[index][column].trimmingWhitespace() : ""
        guard !memo.isEmpty else { return }
        while rows[first].count <= column { rows[first].append("") }
        let existing = rows[first][column].trimmingWhitespace()
        guard existing != memo, !existing.contains(memo) else { return }
        rows[first][column] = existing.isEmpty ? memo : existing + " | " + memo
        changed.insert(first)
    }

    /// The file with changed rows re-rendered and removed rows dropped.
    private static func render(
        _ text: String, table: CSVTable, rows: [[String]], changed: Set<Int>, removed: Set<Int>
    ) -> String {
        let lines = TextLines.split(text)
        var replacement: [Int: (lineCount: Int, text: String?)] = [:]
        for index in changed.union(removed) {
            let row = table.rows[index]
            let breaks = row.fields.reduce(0) { count, field in
                count + field.unicodeScalars.filter { $0 == "\n" }.count
                    + field.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter { $0 == "\r" }.count
            }
            var rendered: String?
            if !removed.contains(index) {
                var line = CSV.format([rows[index]], delimiter: table.delimiter)
                if line.hasSuffix("\n") { line.removeLast() }
                rendered = line
            }
            replacement[row.line] = (breaks + 1, rendered)
        }
        var out = ""
        var number = 1
        let lineBreak = text.contains("\n") ? "\n" : "\r"
        while number <= lines.count {
            let line = lines[number - 1]
            if let (count, rendered) = replacement[number] {
                let last = lines[min(number + count - 1, lines.count) - 1]
                if let rendered { out += rendered + terminator(last, lineBreak) }
                number += count
                continue
            }
            out += line.text + terminator(line, lineBreak)
            number += 1
        }
        return out
    }

    private static func terminator(_ line: TextLine, _ lineBreak: String) -> String {
        switch line.terminatorLength {
        case 2: return "\r\n"
        case 1: return lineBreak
        default: return ""
        }
    }
}
