/// Writes a ``ReportDocument`` as one self-contained HTML page with the figures inline.
public enum HTMLRenderer {
    /// The HTML page.
    public static func render(_ document: ReportDocument) -> String {
        var body: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                body.append("<h\(level)>\(escape(text))</h\(level)>")
            case .paragraph(let inlines):
                body.append("<p>\(render(inlines, document: document))</p>")
            case .blockQuote(let text, let attribution):
                let paragraphs = text.components(separatedBy: "\n\n").map { "<p>\(escape($0))</p>" }.joined()
                let cite = attribution.map { "<footer>— \(escape($0))</footer>" } ?? ""
                body.append("<blockquote>\(paragraphs)\(cite)</blockquote>")
            case .table(let header, let rows, let numeric):
                body.append(table(header: header, rows: rows, numeric: numeric))
            case .authorNote(let text):
                body.append("<!-- \(text.replacingOccurrences(of: "--", with: "–")) -->")
            case .figure(_, let svg, let caption):
                body.append("<figure>\(svg)<figcaption>\(escape(caption))</figcaption></figure>")
            case .rule:
                body.append("<hr>")
            case .smallPrint(let lines):
                body.append("<p class=\"provenance\">" + lines.map(escape).joined(separator: "<br>") + "</p>")
            case .verbatim(let lines):
                body.append("<pre class=\"provenance\">" + lines.map(escape).joined(separator: "\n") + "</pre>")
            }
        }
        if !document.footnotes.isEmpty {
            let items = document.footnotes.map { "<li id=\"fn-\(escape($0.id))\">\(escape($0.text))</li>" }.joined()
            body.append("<section class=\"footnotes\"><hr><ol>\(items)</ol></section>")
        }
        return """
            <!DOCTYPE html>
            <html lang="\(document.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>
            \(stylesheet)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    static let stylesheet = """
        body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.55; color: #1d1d1f; background: #fff; }
        main { max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
        p, h1, h2, h3, h4, blockquote { max-width: 46rem; }
        h1, h2, h3, h4 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.25; }
        h1 { font-size: 1.9rem; } h2 { font-size: 1.45rem; margin-top: 2.2rem; } h3 { font-size: 1.15rem; }
        blockquote { margin: 1rem 0 1rem 1.5rem; padding-left: 1rem; border-left: 3px solid #c7c7cc; color: #3a3a3c; }
        blockquote footer { font-style: italic; margin-top: .3rem; }
        table { border-collapse: collapse; margin: 1rem 0; width: 100%; font-family: 'Helvetica Neue', Arial, sans-serif; font-size: .8rem; }
        .table { overflow-x: auto; }
        th, td { border-bottom: 1px solid #d1d1d6; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid #8e8e93; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1.5rem 0; overflow-x: auto; }
        figcaption { font-family: 'Helvetica Neue', Arial, sans-serif; font-size: .85rem; color: #3a3a3c; }
        sup a { text-decoration: none; }
        .footnotes, .provenance { font-size: .8rem; color: #48484a; }
        .provenance { font-family: Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-all; }
        """

    static func render(_ inlines: [ReportInline], document: ReportDocument) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return escape(text)
            case .emphasis(let text): return "<em>\(escape(text))</em>"
            case .footnote(let id):
                let number = (document.footnotes.firstIndex { $0.id == id } ?? 0) + 1
                return "<sup><a href=\"#fn-\(escape(id))\">\(number)</a></sup>"
            }
        }.joined()
    }

    static func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        func cells(_ values: [String], tag: String) -> String {
            values.enumerated().map { index, value in
                let cls = numeric.contains(index) ? " class=\"num\"" : ""
                return "<\(tag)\(cls)>\(escape(value))</\(tag)>"
            }.joined()
        }
        let head = "<thead><tr>\(cells(header, tag: "th"))</tr></thead>"
        let body = rows.map { "<tr>\(cells($0, tag: "td"))</tr>" }.joined(separator: "\n")
        return "<div class=\"table\"><table>\(head)<tbody>\n\(body)\n</tbody></table></div>"
    }

    /// Escapes `&`, `<`, `>` and `"`.
    public static func escape(_ text: String) -> String {
        // Most text has none of the four characters: then no character can be one of them.
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
