/// Writes a ``ReportDocument`` as CommonMark with GitHub-style tables and footnotes.
public enum MarkdownRenderer {
    /// The Markdown text; figures refer to `figures/<fileName>`.
    public static func render(_ document: ReportDocument, figureFolder: String = "figures") -> String {
        var out: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                out.append(String(repeating: "#", count: level) + " " + escape(text))
            case .paragraph(let inlines):
                out.append(render(inlines))
            case .blockQuote(let text, let attribution):
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                    "> " + escape(String($0))
                }
                if let attribution { lines.append(">"); lines.append("> — " + escape(attribution)) }
                out.append(lines.joined(separator: "\n"))
            case .table(let header, let rows, let numeric):
                out.append(table(header: header, rows: rows, numeric: numeric))
            case .authorNote(let text):
                out.append("<!-- " + text.replacingOccurrences(of: "--", with: "–") + " -->")
            case .figure(let fileName, _, let caption):
                out.append("![\(escape(caption))](\(figureFolder)/\(fileName))")
            case .rule:
                out.append("---")
            case .smallPrint(let lines):
                out.append(lines.map { "*\(escape($0))*" }.joined(separator: "\\\n"))
            case .verbatim(let lines):
                out.append(lines.map { "    " + $0 }.joined(separator: "\n"))
            }
        }
        for (id, text) in document.footnotes {
            out.append("[^\(id)]: " + escape(text))
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    static func render(_ inlines: [ReportInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return escape(text)
            case .emphasis(let text): return "*" + escape(text) + "*"
            case .footnote(let id): return "[^\(id)]"
            }
        }.joined()
    }

    static func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map(cell).joined(separator: " | ") + " |"
        }
        func cell(_ text: String) -> String {
            let escaped = escape(text)
            return escaped.utf8.contains(UInt8(ascii: "|")) ? escaped.replacing("|", with: "\\|") : escaped
        }
        let rule = "|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined()
        return ([row(header), rule] + rows.map(row)).joined(separator: "\n")
    }

    /// Escapes the characters that Markdown would read as formatting — only where they
    /// would be read so, to keep the draft easy to edit (`[naam school]` stays as it is).
    static func escape(_ text: String) -> String {
        // Most text (every number in a table) has none of the characters below: returned as
        // it is without looking at its characters one by one.
        guard text.utf8.contains(where: { markdownSpecialBytes[Int($0)] }) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() {
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            let atLineStart = previous == nil || previous == "\n"
            let needsEscape: Bool
            switch character {
            case "\\", "*", "`": needsEscape = true
            case "_": needsEscape = !(previous?.isLetter ?? false) || !(next?.isLetter ?? false)
            case "<": needsEscape = next.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false
            case ">", "#", "+": needsEscape = atLineStart
            case "-": needsEscape = atLineStart && next == " "
            case "[": needsEscape = next == "^"
            case "]": needsEscape = next == "(" || next == "[" || next == ":"
            case ".":
                needsEscape = previous?.isNumber == true && next == " " && characters[..<index].allSatisfy(\.isNumber)
            default: needsEscape = false
            }
            if needsEscape { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

/// The ASCII characters ``MarkdownRenderer/escape(_:)`` may escape, by byte.
private let markdownSpecialBytes: [Bool] = (0..<256).map { byte in
    byte < 0x80 && "\\*`_<>#+-[].".utf8.contains(UInt8(byte))
}
