/// Checks a codebook for what makes coding unreliable: duplicate names, codes without a
/// description or example (the usual cause of low agreement), codes without an origin.
public enum CodebookLint {
    /// Reads the codebook at `path` and lints it: the library call behind `qda codebook lint`.
    public static func lint(codebookAt path: String) throws -> [Diagnostic] {
        lint(try CodebookIO.read(path))
    }

    /// Lints a parsed codebook; parse problems are included.
    public static func lint(_ document: CodebookDocument) -> [Diagnostic] {
        var diagnostics = document.diagnostics
        for code in document.codebook.codes {
            let place = document.locations[code.name]
            if (code.description ?? "").isEmpty && (code.example ?? "").isEmpty {
                diagnostics.append(
                    .warning(
                        "`\(code.name)` has no description and no example; coders will read it differently",
                        at: place))
            } else if (code.description ?? "").isEmpty {
                diagnostics.append(.warning("`\(code.name)` has an example but no description", at: place))
            }
            if code.origin == nil {
                diagnostics.append(.warning("`\(code.name)` has no origin (deductive or inductive)", at: place))
            }
        }
        for theme in document.codebook.themes where theme.codes.isEmpty && theme.subthemes.allSatisfy(\.codes.isEmpty) {
            diagnostics.append(
                .warning(
                    "theme `\(theme.name)` has no codes",
                    at: document.locations.values.first.map { SourceLocation(path: $0.path) }))
        }
        return diagnostics.sortedByLocation()
    }
}

/// A compact outline of a codebook for the terminal.
public enum CodebookOutline {
    /// Renders themes, subthemes and codes with `D`/`I` origin markers and counts.
    public static func render(_ codebook: Codebook) -> String {
        let codes = codebook.codes
        let deductive = codes.filter { $0.origin == .deductive }.count
        let inductive = codes.filter { $0.origin == .inductive }.count
        let subthemes = codebook.themes.reduce(0) { $0 + $1.subthemes.count }
        var lines = [
            "\(codebook.title): \(codebook.themes.count) themes, \(subthemes) subthemes, \(codes.count) codes (\(deductive) deductive, \(inductive) inductive)",
            "",
        ]
        func marker(_ code: Code) -> String {
            switch code.origin {
            case .deductive?: "D"
            case .inductive?: "I"
            case nil: "?"
            }
        }
        for theme in codebook.themes {
            var heading = theme.name
            if let question = theme.question { heading += "  (\(question))" }
            if !theme.report { heading += "  [not in report]" }
            lines.append(heading)
            for code in theme.codes { lines.append("    \(marker(code))  \(code.name)") }
            for subtheme in theme.subthemes {
                lines.append("  \(subtheme.name)")
                for code in subtheme.codes { lines.append("    \(marker(code))  \(code.name)") }
            }
        }
        lines.append("")
        lines.append("D = deductive, I = inductive, ? = origin not given")
        return lines.joined(separator: "\n")
    }
}
