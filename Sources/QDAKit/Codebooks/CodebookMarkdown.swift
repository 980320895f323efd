/// Reads and writes the Markdown codebook format: `#` title, `##` theme, `###` subtheme,
/// `####` code, each followed by `key: value` lines.
public enum CodebookMarkdown {
    /// Parses Markdown codebook text read from `path`.
    public static func parse(_ text: String, path: String) -> CodebookDocument {
        var parser = MarkdownCodebookParser(path: path)
        return parser.parse(text)
    }

    /// Writes `codebook` in the canonical layout, which ``parse(_:path:)`` reads back to the
    /// same codebook.
    public static func format(_ codebook: Codebook) -> String {
        var out: [String] = ["# \(codebook.title)", ""]
        if let preamble = codebook.preamble, !preamble.isEmpty {
            out += [preamble, ""]
        }
        for theme in codebook.themes {
            out.append("## \(theme.name)")
            append("question", theme.question, to: &out)
            append("label", theme.label, to: &out)
            if !theme.report { out.append("report: no") }
            append("description", theme.description, to: &out)
            append("color", theme.color, to: &out)
            out.append("")
            for code in theme.codes { write(code, theme: theme, to: &out) }
            for subtheme in theme.subthemes {
                out.append("### \(subtheme.name)")
                append("label", subtheme.label, to: &out)
                if !subtheme.report { out.append("report: no") }
                append("description", subtheme.description, to: &out)
                append("color", subtheme.color, to: &out)
                out.append("")
                for code in subtheme.codes { write(code, theme: theme, to: &out) }
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    private static func write(_ code: Code, theme: Theme, to out: inout [String]) {
        out.append("#### \(code.name)")
        if let question = code.question, question != theme.question { out.append("question: \(question)") }
        append("id", code.id, to: &out)
        append("origin", code.origin?.rawValue, to: &out)
        append("description", code.description, to: &out)
        append("example", code.example, to: &out)
        if !code.keywords.isEmpty { out.append("keywords: " + code.keywords.joined(separator: "; ")) }
        if !code.aliases.isEmpty { out.append("aliases: " + code.aliases.joined(separator: "; ")) }
        if !code.report { out.append("report: no") }
        append("color", code.color, to: &out)
        out.append("")
    }

    private static func append(_ key: String, _ value: String?, to out: inout [String]) {
        guard let value, !value.isEmpty else { return }
        out.append("\(key): \(TextFolding.collapseWhitespace(value))")
    }
}

private struct MarkdownCodebookParser {
    let path: String
    var codebook = Codebook(title: "")
    var registry = CodeNameRegistry()
    var diagnostics: [Diagnostic] = []

    enum Block {
        case preamble, theme, subtheme, code
    }
    var block = Block.preamble
    var preambleLines: [String] = []

    init(path: String) { self.path = path }

    mutating func parse(_ text: String) -> CodebookDocument {
        for line in TextLines.split(text) {
            let trimmed = line.text.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                heading(trimmed, line: line)
            } else if let colon = trimmed.firstIndex(of: ":"), let key = CodebookKey(parsing: String(trimmed[..<colon]))
            {
                let value = trimmed[trimmed.index(after: colon)...].trimmingWhitespace()
                let valueColumn = line.text.unicodeScalars.count - value.unicodeScalars.count + 1
                keyValue(key, value, line: line, valueColumn: valueColumn)
            } else {
                freeText(trimmed, line: line)
            }
        }
        if codebook.title.isEmpty { codebook.title = "Codebook" }
        if !preambleLines.isEmpty { codebook.preamble = preambleLines.joined(separator: " ") }
        if codebook.themes.isEmpty {
            diagnostics.append(
                .error("the codebook has no themes (`## Theme` headings)", at: SourceLocation(path: path)))
        }
        diagnostics += registry.aliasConflicts(in: codebook)
        return CodebookDocument(codebook: codebook, locations: registry.locations, diagnostics: diagnostics)
    }

    func location(_ line: TextLine, _ column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line.number, column: column)
    }

    mutating func heading(_ trimmed: String, line: TextLine) {
        let level = trimmed.prefix { $0 == "#" }.count
        let name = trimmed.dropFirst(level).trimmingWhitespace()
        guard !name.isEmpty else {
            diagnostics.append(.error("heading without a name", at: location(line), sourceLine: String(line.text)))
            return
        }
        switch level {
        case 1:
            if codebook.title.isEmpty && codebook.themes.isEmpty {
                codebook.title = name
            } else {
                diagnostics.append(
                    .warning("a second `#` title is ignored", at: location(line), sourceLine: String(line.text)))
            }
        case 2:
            codebook.themes.append(Theme(name: name))
            block = .theme
        case 3:
            guard !codebook.themes.isEmpty else {
                diagnostics.append(
                    .error(
                        "subtheme `\(name)` comes before any theme (`## Theme`)", at: location(line),
                        sourceLine: String(line.text)))
                return
            }
            codebook.themes[codebook.themes.count - 1].subthemes.append(Subtheme(name: name))
            block = .subtheme
        case 4:
            guard !codebook.themes.isEmpty else {
                diagnostics.append(
                    .error(
                        "code `\(name)` comes before any theme (`## Theme`)", at: location(line),
                        sourceLine: String(line.text)))
                return
            }
            let themeIndex = codebook.themes.count - 1
            let code = Code(name: name)
            if block == .theme || (block == .code && codebook.themes[themeIndex].subthemes.isEmpty) {
                codebook.themes[themeIndex].codes.append(code)
            } else {
                let subthemeIndex = codebook.themes[themeIndex].subthemes.count - 1
                codebook.themes[themeIndex].subthemes[subthemeIndex].codes.append(code)
            }
            let nameColumn = line.text.unicodeScalars.count - name.unicodeScalars.count + 1
            if let duplicate = registry.register(name, at: location(line, nameColumn), sourceLine: String(line.text)) {
                diagnostics.append(duplicate)
            }
            block = .code
        default:
            diagnostics.append(
                .error(
                    "headings go four levels deep at most (`####` for a code)", at: location(line),
                    sourceLine: String(line.text)))
        }
    }

    mutating func keyValue(_ key: CodebookKey, _ value: String, line: TextLine, valueColumn: Int) {
        var problem: String?
        func invalid(_ message: String) { problem = message }
        defer {
            if let problem {
                diagnostics.append(.error(problem, at: location(line, valueColumn), sourceLine: String(line.text)))
            }
        }
        switch block {
        case .preamble:
            freeText(line.text.trimmingWhitespace(), line: line)
        case .theme:
            updateTheme { theme in
                switch key {
                case .question: theme.question = value
                case .label: theme.label = value
                case .description: theme.description = value
                case .color: theme.color = value.isEmpty ? nil : value
                case .report:
                    if let flag = CodebookKey.parseBool(value) {
                        theme.report = flag
                    } else {
                        invalid("`report` must be yes or no")
                    }
                default: invalid("`\(key.rawValue)` belongs under a code (`####`), not under a theme")
                }
            }
        case .subtheme:
            updateSubtheme { subtheme in
                switch key {
                case .label: subtheme.label = value
                case .description: subtheme.description = value
                case .color: subtheme.color = value.isEmpty ? nil : value
                case .report:
                    if let flag = CodebookKey.parseBool(value) {
                        subtheme.report = flag
                    } else {
                        invalid("`report` must be yes or no")
                    }
                case .question:
                    invalid("`question` belongs under a theme (`##`) or a code (`####`), not under a subtheme")
                default: invalid("`\(key.rawValue)` belongs under a code (`####`), not under a subtheme")
                }
            }
        case .code:
            updateCode { code in
                switch key {
                case .question: code.question = value
                case .label: invalid("`label` belongs under a theme or subtheme")
                case .description: code.description = value
                case .example: code.example = value
                case .keywords: code.keywords = CodebookKey.parseList(value)
                case .aliases: code.aliases = CodebookKey.parseList(value)
                case .id: code.id = value.isEmpty ? nil : value
                case .color: code.color = value.isEmpty ? nil : value
                case .report:
                    if let flag = CodebookKey.parseBool(value) {
                        code.report = flag
                    } else {
                        invalid("`report` must be yes or no")
                    }
                case .origin:
                    if value.isEmpty { break }
                    if let origin = CodeOrigin(parsing: value) {
                        code.origin = origin
                    } else {
                        invalid("`origin` must be `deductive` or `inductive` (or `deductief`/`inductief`)")
                    }
                }
            }
        }
    }

    mutating func freeText(_ text: String, line: TextLine) {
        switch block {
        case .preamble:
            preambleLines.append(text)
        case .theme:
            updateTheme { $0.description = [$0.description, text].compactMap { $0 }.joined(separator: " ") }
        case .subtheme:
            updateSubtheme { $0.description = [$0.description, text].compactMap { $0 }.joined(separator: " ") }
        case .code:
            updateCode { $0.description = [$0.description, text].compactMap { $0 }.joined(separator: " ") }
        }
    }

    mutating func updateTheme(_ change: (inout Theme) -> Void) {
        change(&codebook.themes[codebook.themes.count - 1])
    }

    mutating func updateSubtheme(_ change: (inout Subtheme) -> Void) {
        updateTheme { theme in change(&theme.subthemes[theme.subthemes.count - 1]) }
    }

    mutating func updateCode(_ change: (inout Code) -> Void) {
        updateTheme { theme in
            if let last = theme.subthemes.indices.last, !theme.subthemes[last].codes.isEmpty {
                change(&theme.subthemes[last].codes[theme.subthemes[last].codes.count - 1])
            } else {
                change(&theme.codes[theme.codes.count - 1])
            }
        }
    }
}
