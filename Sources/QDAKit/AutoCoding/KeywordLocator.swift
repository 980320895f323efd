/// Finds where a code's keyword is written in the codebook file, so that a problem with a
/// keyword points at it (`codebook.md:14:23`), in Markdown and CSV codebooks alike.
public struct KeywordLocator: Sendable {
    private let path: String?
    private let format: CodebookFormat?
    private let lines: [String]
    private let codeLocations: [String: SourceLocation]

    /// A locator that knows no file: problems are reported without a place.
    public init() {
        path = nil
        format = nil
        lines = []
        codeLocations = [:]
    }

    /// A locator for the codebook at `path` (read again here, only to find positions), whose
    /// codes are defined at `codeLocations`.
    public init(codebookPath path: String, codeLocations: [String: SourceLocation]) {
        self.path = path
        self.format = CodebookFormat(path: path)
        self.lines = ((try? TextFile.read(path).text).map { TextLines.split($0).map { String($0.text) } }) ?? []
        self.codeLocations = codeLocations
    }

    /// The place of keyword number `keyword` (counting the non-empty `;`-separated items)
    /// of `code`, `offset` code points into the keyword, with the line's text.
    public func location(code: String, keyword: Int, offset: Int) -> (SourceLocation?, String?) {
        guard let path else { return (nil, nil) }
        guard let codeLocation = codeLocations[code], codeLocation.line > 0, codeLocation.line <= lines.count else {
            return (SourceLocation(path: path), nil)
        }
        switch format {
        case .markdown?:
            var number = codeLocation.line + 1
            while number <= lines.count {
                let line = lines[number - 1]
                let trimmed = line.trimmingWhitespace()
                if trimmed.hasPrefix("#") { break }
                if let colon = line.firstIndex(of: ":"), CodebookKey(parsing: String(line[..<colon])) == .keywords {
                    let valueStart = line.unicodeScalars.distance(
                        from: line.unicodeScalars.startIndex, to: line.index(after: colon))
                    let column = Self.column(ofItem: keyword, in: line, from: valueStart) + offset
                    return (SourceLocation(path: path, line: number, column: column), line)
                }
                number += 1
            }
        case .csv?:
            let text = lines.joined(separator: "\n")
            let (table, _) = CSV.parse(text, path: path)
            if let table, let column = table.column(named: "keywords", "trefwoorden", "zoekwoorden"),
                let row = table.rows.first(where: { $0.line == codeLocation.line })
            {
                let line = lines[row.line - 1]
                var start = row.column(column) - 1
                if line.unicodeScalars.dropFirst(start).first == "\"" { start += 1 }
                let itemColumn = Self.column(ofItem: keyword, in: line, from: start) + offset
                return (SourceLocation(path: path, line: row.line, column: itemColumn), line)
            }
        default:
            break
        }
        return (codeLocation, codeLocation.line > 0 ? lines[codeLocation.line - 1] : nil)
    }

    /// The 1-based column at which the `item`-th non-empty `;`-separated item after
    /// code point `start` begins (its first non-space character).
    static func column(ofItem item: Int, in line: String, from start: Int) -> Int {
        let scalars = Array(line.unicodeScalars)
        var index = start
        var seen = -1
        while index < scalars.count {
            var itemStart = index
            while itemStart < scalars.count && scalars[itemStart] != ";" && scalars[itemStart].properties.isWhitespace {
                itemStart += 1
            }
            var itemEnd = itemStart
            while itemEnd < scalars.count && scalars[itemEnd] != ";" { itemEnd += 1 }
            if itemEnd > itemStart {
                seen += 1
                if seen == item { return itemStart + 1 }
            }
            index = itemEnd + 1
        }
        return start + 1
    }
}
