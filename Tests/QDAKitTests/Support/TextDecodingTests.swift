import Foundation
import Testing

@testable import QDAKit

@Suite("Text decoding")
struct TextDecodingTests {
    @Test("Invalid UTF-8 is reported with its byte offset, line and column")
    func invalidUTF8() throws {
        var bytes = Data("Kim: ja\nKim: caf".utf8)
        bytes.append(0xE9)  // "é" in Windows-1252
        bytes.append(contentsOf: Data(" en zo\n".utf8))
        #expect {
            try TextDecoding.decode(bytes, path: "t.txt")
        } throws: { error in
            guard case QDAError.encoding(let diagnostic) = error else { return false }
            return diagnostic.description
                == "t.txt:2:9: error: is not valid UTF-8: byte 0xE9 at byte offset 16; it looks like Windows-1252 (\"ANSI\"); save it as UTF-8, or pass --encoding windows-1252 to convert it"
        }
    }

    @Test("Windows-1252 converts when asked, with a note")
    func windows1252() throws {
        let bytes = Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x80])  // "café €"
        let decoded = try TextDecoding.decode(bytes, path: "t.txt", assuming: .windows1252)
        #expect(decoded.text == "café €")
        #expect(decoded.conversionNote?.severity == .note)
    }

    @Test("UTF-16 with a byte-order mark is converted and reported")
    func utf16() throws {
        var bytes = Data([0xFF, 0xFE])
        bytes.append("Kim: één".data(using: .utf16LittleEndian)!)
        let decoded = try TextDecoding.decode(bytes, path: "t.txt")
        #expect(decoded.text == "Kim: één")
        #expect(decoded.encoding == .utf16)
        #expect(decoded.conversionNote?.severity == .warning)
    }

    @Test("NUL bytes are refused with their offset")
    func nulBytes() {
        let bytes = Data("Kim: a".utf8) + Data([0, 0x41])
        #expect(throws: QDAError.self) { try TextDecoding.decode(bytes, path: "t.txt") }
    }

    @Test(
        "The first invalid UTF-8 byte is found for each kind of malformation",
        arguments: [
            ([0x41, 0x80], 1),  // lone continuation byte
            ([0xC0, 0xAF], 0),  // overlong encoding
            ([0x41, 0xE2, 0x82], 1),  // truncated sequence
            ([0xED, 0xA0, 0x80], 0),  // UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
            ([0xE2, 0x82, 0xAC, 0x41], 4),  // valid: "€A"
        ])
    func invalidOffsets(bytes: [UInt8], offset: Int) {
        #expect(TextDecoding.firstInvalidUTF8Offset(bytes) == offset)
    }
}

@Suite("CSV")
struct CSVTests {
    @Test("Quoted fields with delimiters, doubled quotes and line breaks")
    func quoted() throws {
        let (table, diagnostics) = CSV.parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n", path: "f.csv")
        #expect(diagnostics.isEmpty)
        let rows = try #require(table?.rows)
        #expect(rows[0].fields == ["x, y", "say \"hi\"", "two\nlines"])
        #expect(rows[0].columns == [1, 8, 21])
    }

    @Test("Formatting quotes only where needed and parses back")
    func formatRoundTrip() throws {
        let rows = [["a", "b"], ["x, y", "plain"], ["say \"hi\"", " padded "], ["two\nlines", ""]]
        let text = CSV.format(rows)
        #expect(
            text
                == "a,b\n\"x, y\",plain\n\"say \"\"hi\"\"\",\" padded \"\ntwo\nlines,\n".replacingOccurrences(
                    of: "two\nlines,", with: "\"two\nlines\","))
        let (table, _) = CSV.parse(text, path: "f.csv")
        #expect(try #require(table).rows.map(\.fields) == Array(rows.dropFirst()))
    }

    @Test("An unclosed quote is reported where it opens, and later rows are still read")
    func unbalanced() throws {
        let (table, diagnostics) = CSV.parse("turn,code\n4,\"Sfeer\n5,Eten\n", path: "f.csv")
        #expect(
            diagnostics.map(\.description) == [
                "f.csv:2:3: error: this quote is never closed; the field was read up to the end of its line"
            ])
        #expect(try #require(table).rows.map(\.fields) == [["4", "\"Sfeer"], ["5", "Eten"]])
    }

    @Test("The delimiter is sniffed from the header: comma, semicolon or tab")
    func sniffing() {
        #expect(CSV.parse("a;b\n1;2\n", path: "f.csv").table?.delimiter == ";")
        #expect(CSV.parse("a\tb\n1\t2\n", path: "f.csv").table?.delimiter == "\t")
        #expect(CSV.parse("a,b\n1,2\n", path: "f.csv").table?.delimiter == ",")
        #expect(CSV.parse("a,b\n1,2\n", path: "f.tsv").table?.delimiter == "\t")
    }

    @Test("Header lookup ignores case, accents and separators")
    func headerLookup() throws {
        let table = try #require(CSV.parse("Beurt;CODE;Citaat\n", path: "f.csv").table)
        #expect(table.column(named: "turn", "beurt") == 0)
        #expect(table.column(named: "code") == 1)
        #expect(table.column(named: "quote", "citaat") == 2)
    }
}
