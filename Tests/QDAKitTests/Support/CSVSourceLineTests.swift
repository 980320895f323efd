import Foundation
import Testing

@testable import QDAKit

@Suite("CSV rows keep where their line is and make its text only when asked")
struct CSVSourceLineTests {
    /// Pieces that matter to CSV rows: delimiters, quotes, line breaks of every kind, empty
    /// lines, tabs, Dutch diacritics and other multibyte text.
    static let pieces = [
        "\t", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "\n\n", " ", "turn", "4", "9-10", "Één", "café", "ë",
        "e\u{301}", "😀", "ĳ", "’", "a", "Z", "quote", "memo",
    ]

    /// `count` deterministic random texts of up to `length` pieces.
    static func texts(count: Int, length: Int) -> [String] {
        var random = SeededGenerator(state: 3)
        func next() -> Int {
            random.nextInt()
        }
        return (0..<count).map { _ in (0..<(next() % (length + 1))).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    @Test("A row's source line is the physical line it starts on, as the straightforward split gives it")
    func sourceLineIsThePhysicalLine() throws {
        let fixed = [
            "turn\tcode\tquote\r\n4\tWerk\tÉén café\r\n\r\n5\t\"Zorg\"\t\"twee\nregels\"\n",
            "turn;code\n\n\n7;Werk ë\n", "turn,code,quote\r1,\"open,\r2,x\r", "\"\"\"\n\t\t\n",
        ]
        for text in fixed + Self.texts(count: 3_000, length: 30) {
            for path in ["codings/anna/t.tsv", "codings/anna/t.csv"] {
                let (table, diagnostics) = CSV.parse(text, path: path)
                let lines = Reference.lines(text)
                func line(_ number: Int) -> String? { number <= lines.count ? String(lines[number - 1].1) : nil }
                for row in (table.map { [$0.headerRow] + $0.rows } ?? []) {
                    #expect(row.sourceLine == line(row.line), "\(text.debugDescription)")
                }
                // A diagnostic shows the first line of its row, which may start above its place.
                for diagnostic in diagnostics {
                    let shown = try #require(diagnostic.sourceLine)
                    #expect(lines.contains { String($0.1) == shown }, "\(text.debugDescription)")
                }
            }
        }
    }
}
