/// Reads and writes the spreadsheet form of a codebook:
/// `question,theme,subtheme,code,origin,description,example,keywords` (Dutch headers
/// `vraag,thema,subthema,code,herkomst,beschrijving,voorbeeld,trefwoorden` too), with
/// optional `id`, `aliases` and `report` columns.
public enum CodebookCSV {
    /// The columns written, in order.
    public static let columns = [
        "question", "theme", "subtheme", "code", "origin", "description", "example", "keywords",
    ]

    /// Parses CSV codebook text read from `path`.
    public static func parse(_ text: String, path: String) -> CodebookDocument {
        let (table, csvDiagnostics) = CSV.parse(text, path: path)
        var diagnostics = csvDiagnostics
        guard let table else {
            diagnostics.append(.error("the codebook is empty", at: SourceLocation(path: path)))
            return CodebookDocument(codebook: Codebook(), diagnostics: diagnostics)
        }
        let column = Columns(table)
        for (name, index) in [("theme", column.theme), ("code", column.code)] where index == nil {
            diagnostics.append(
                .error(
                    "the header has no `\(name)` column; expected \(columns.joined(separator: ","))",
                    at: SourceLocation(path: path, line: table.headerRow.line, column: 1),
                    sourceLine: table.headerRow.sourceLine))
        }
        guard column.theme != nil, column.code != nil else {
            return CodebookDocument(codebook: Codebook(), diagnostics: diagnostics)
        }
        var codebook = Codebook(title: "Codebook")
        var registry = CodeNameRegistry()
        for row in table.rows where !row.isEmpty {
            func place(_ index: Int?) -> SourceLocation {
                SourceLocation(path: path, line: row.line, column: row.column(index))
            }
            let themeName = row[column.theme].trimmingWhitespace()
            let codeName = row[column.code].trimmingWhitespace()
            guard !themeName.isEmpty else {
                diagnostics.append(.error("this row has no theme", at: place(column.theme), sourceLine: row.sourceLine))
                continue
            }
            guard !codeName.isEmpty else {
                diagnostics.append(.error("this row has no code", at: place(column.code), sourceLine: row.sourceLine))
                continue
            }
            if let duplicate = registry.register(codeName, at: place(column.code), sourceLine: row.sourceLine) {
                diagnostics.append(duplicate)
            }
            var code = Code(name: codeName)
            let originText = row[column.origin].trimmingWhitespace()
            if !originText.isEmpty {
                code.origin = CodeOrigin(parsing: originText)
                if code.origin == nil {
                    diagnostics.append(
                        .error(
                            "origin must be `deductive` or `inductive` (or `deductief`/`inductief`)",
                            at: place(column.origin), sourceLine: row.sourceLine))
                }
            }
            code.description = nonEmpty(row[column.description])
            code.example = nonEmpty(row[column.example])
            code.keywords = CodebookKey.parseList(row[column.keywords])
            code.aliases = CodebookKey.parseList(row[column.aliases])
            code.id = nonEmpty(row[column.id])
            let reportText = row[column.report].trimmingWhitespace()
            if !reportText.isEmpty {
                if let flag = CodebookKey.parseBool(reportText) {
                    code.report = flag
                } else {
                    diagnostics.append(
                        .error("report must be yes or no", at: place(column.report), sourceLine: row.sourceLine))
                }
            }
            insert(
                code, theme: themeName, subtheme: nonEmpty(row[column.subtheme]),
                question: nonEmpty(row[column.question]), into: &codebook)
        }
        diagnostics += registry.aliasConflicts(in: codebook)
        return CodebookDocument(codebook: codebook, locations: registry.locations, diagnostics: diagnostics)
    }

    private static func insert(
        _ code: Code, theme themeName: String, subtheme subthemeName: String?,
        question: String?, into codebook: inout Codebook
    ) {
        var code = code
        let themeIndex: Int
        if let existing = codebook.themes.firstIndex(where: { $0.name == themeName }) {
            themeIndex = existing
        } else {
            codebook.themes.append(Theme(name: themeName, question: question))
            themeIndex = codebook.themes.count - 1
        }
        if question != codebook.themes[themeIndex].question { code.question = question }
        guard let subthemeName else {
            codebook.themes[themeIndex].codes.append(code)
            return
        }
        if let subthemeIndex = codebook.themes[themeIndex].subthemes.firstIndex(where: { $0.name == subthemeName }) {
            codebook.themes[themeIndex].subthemes[subthemeIndex].codes.append(code)
        } else {
            codebook.themes[themeIndex].subthemes.append(Subtheme(name: subthemeName, codes: [code]))
        }
    }

    /// Writes `codebook` as CSV. Theme and subtheme labels and descriptions have no column
    /// and are returned as warnings; a theme or subtheme kept out of the report is written
    /// as `report: no` on each of its codes.
    public static func format(_ codebook: Codebook) -> (text: String, warnings: [String]) {
        let codes = codebook.codes
        let hasID = codes.contains { $0.id != nil }
        let hasAliases = codes.contains { !$0.aliases.isEmpty }
        let entries = codebook.entries
        let hasReport = entries.contains { !$0.isReported }
        var header = columns
        if hasID { header.append("id") }
        if hasAliases { header.append("aliases") }
        if hasReport { header.append("report") }
        var rows = [header]
        for entry in entries {
            let code = entry.code
            var row = [
                entry.question ?? "", entry.theme, entry.subtheme ?? "", code.name, code.origin?.rawValue ?? "",
                code.description ?? "", code.example ?? "", code.keywords.joined(separator: "; "),
            ]
            if hasID { row.append(code.id ?? "") }
            if hasAliases { row.append(code.aliases.joined(separator: "; ")) }
            if hasReport { row.append(entry.isReported ? "" : "no") }
            rows.append(row)
        }
        var warnings: [String] = []
        for theme in codebook.themes {
            if theme.label != nil || theme.description != nil {
                warnings.append(
                    "theme `\(theme.name)`: its label and description have no column in CSV and were left out")
            }
            for subtheme in theme.subthemes where subtheme.label != nil || subtheme.description != nil {
                warnings.append(
                    "subtheme `\(subtheme.name)`: its label and description have no column in CSV and were left out")
            }
        }
        if codebook.title != "Codebook" || codebook.preamble != nil {
            warnings.append("the title and introduction have no place in CSV and were left out")
        }
        return (CSV.format(rows), warnings)
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    private struct Columns {
        var question, theme, subtheme, code, origin, description, example, keywords, aliases, id, report: Int?

        init(_ table: CSVTable) {
            question = table.column(named: "question", "vraag", "onderzoeksvraag", "hoofd- of deelvraag")
            theme = table.column(named: "theme", "thema")
            subtheme = table.column(named: "subtheme", "subthema")
            code = table.column(named: "code", "codenaam", "name")
            origin = table.column(named: "origin", "herkomst")
            description = table.column(named: "description", "beschrijving", "omschrijving")
            example = table.column(named: "example", "voorbeeld", "voorbeeldcitaat")
            keywords = table.column(named: "keywords", "trefwoorden", "zoekwoorden")
            aliases = table.column(named: "aliases", "alias", "oude namen")
            id = table.column(named: "id")
            report = table.column(named: "report", "rapport")
        }
    }
}
