import Foundation
import Testing

@testable import QDAKit

@Suite("Fast paths agree with the straightforward code")
struct FastPathTests {
    @Test("ScalarClass answers as the standard library for every Unicode scalar")
    func scalarProperties() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if ScalarClass.isWhitespace(scalar) != properties.isWhitespace
                || ScalarClass.isAlphabetic(scalar) != properties.isAlphabetic
                || ScalarClass.isNumeric(scalar) != (properties.numericType != nil)
            {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty)
        // Spot checks of the ASCII tables themselves.
        #expect(ScalarClass.isWhitespace("\t") && ScalarClass.isWhitespace("\r") && !ScalarClass.isWhitespace("\u{1C}"))
        #expect(ScalarClass.isAlphabetic("a") && !ScalarClass.isAlphabetic("@") && !ScalarClass.isAlphabetic("["))
        #expect(ScalarClass.isNumeric("0") && !ScalarClass.isNumeric("/") && ScalarClass.isNumeric("٣"))
    }

    @Test("Folding ASCII text gives what Foundation gives")
    func asciiFolding() {
        for value in 0..<128 {
            let text = String(Unicode.Scalar(UInt8(value)))
            #expect(TextFolding.fold(text) == Reference.fold(text), "ASCII \(value)")
        }
        for text in EdgeCaseText.strings(count: 2_000, length: 12) + ["Interviewer", "KORTE Lijntjes", "Één", "ß"] {
            #expect(TextFolding.fold(text) == Reference.fold(text), "\(text.debugDescription)")
        }
        #expect(TextFolding.fold("Warme En Veilige") == "warme en veilige")
    }

    @Test("Collapsing and trimming white space")
    func whiteSpace() throws {
        let texts = EdgeCaseText.strings(count: 5_000, length: 16) + (try EdgeCaseText.sampleLines())
        for text in texts {
            #expect(
                TextFolding.collapseWhitespace(text) == Reference.collapseWhitespace(text), "\(text.debugDescription)")
            // Collapsed text comes back as it is (the fast path for text without extra white space).
            let collapsed = Reference.collapseWhitespace(text)
            #expect(TextFolding.collapseWhitespace(collapsed) == collapsed, "\(collapsed.debugDescription)")
            #expect(text.trimmingWhitespace() == Reference.trimmingWhitespace(text), "\(text.debugDescription)")
            let slice = text.dropFirst()
            #expect(slice.trimmingWhitespace() == Reference.trimmingWhitespace(slice))
        }
        #expect(TextFolding.collapseWhitespace(" a \u{A0}\n b\u{2003}") == "a b")
        #expect("\u{85}x\u{3000}".trimmingWhitespace() == "x")
        // Through a generic caller, as the parsers call it.
        func trimmedGenerically(_ text: some StringProtocol) -> String { text.trimmingWhitespace() }
        #expect(trimmedGenerically(" Één café\r\n") == "Één café")
        #expect(trimmedGenerically("crème"[...]) == "crème")
    }

    @Test("Code cells split on `;` as by characters")
    func codeNames() throws {
        let pieces = EdgeCaseText.strings(count: 3_000, length: 6, seed: 11)
        var cells = [
            "", ";", " ; ", "Onduidelijk vervolgplan", " Veiligheid ; Rust\t", "a;;b", "é;\u{301}x", "Één; ", "x\r\n;y",
            "Warme en veilige sfeer;Vertrouwen",
        ]
        for index in stride(from: 0, to: pieces.count - 2, by: 3) {
            cells.append(pieces[index])
            cells.append(pieces[index] + ";" + pieces[index + 1])
            cells.append(pieces[index] + " ; " + pieces[index + 1] + ";" + pieces[index + 2])
        }
        for cell in cells {
            let reference = cell.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            #expect(CodingFileParser.codeNames(cell) == reference, "\(cell.debugDescription)")
        }
    }

    @Test("A quote is split at its ellipses as by Foundation's replacing, with or without one")
    func elisionParts() {
        var quotes = [
            "", " ", "Het is er warm.", "  twee   spaties ", "begin … eind", "begin ... eind", "a [...] b (…) c",
            "…", "...", "..", "a..b", "a.. .b", "x\u{1F}y", "één … twee", "e\u{301}…", "tab\tna … \nregel",
        ]
        quotes += EdgeCaseText.strings(count: 500, length: 6, seed: 23)
        for quote in quotes {
            var text = quote
            for mark in ["[…]", "[...]", "(…)", "(...)", "…", "..."] {
                text = text.replacingOccurrences(of: mark, with: "\u{1F}")
            }
            let reference = text.split(separator: "\u{1F}").map { TextFolding.collapseWhitespace($0) }
                .filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
            #expect(QuoteMatcher.elisionParts(quote) == reference, "\(quote.debugDescription)")
        }
    }

    @Test("Splitting lines: offsets, lengths and terminators")
    func lines() throws {
        let texts =
            EdgeCaseText.strings(count: 2_000, length: 30) + [try EdgeCaseText.sampleLines().joined(separator: "\n")]
        for text in texts {
            let fast = TextLines.split(text)
            let reference = Reference.lines(text)
            #expect(fast.count == reference.count, "\(text.debugDescription)")
            for (line, expected) in zip(fast, reference) {
                #expect(line.number == expected.0 && line.text == expected.1 && line.offset == expected.2)
                #expect(line.length == expected.3 && line.terminatorLength == expected.4)
                #expect(line.isBlank == Reference.isBlank(line.text))
            }
        }
    }

    @Test("Words are counted as before")
    func words() throws {
        let parsed = try #require(
            TestSupport.parse("Kim: één twee-drie 4 o’clock Ⅻ ²x\nInterviewer: ok\nKim: rock 'n' roll\n").transcript)
        #expect(parsed.turns[0].wordCount == 6)
        for text in EdgeCaseText.strings(count: 3_000, length: 20) + (try EdgeCaseText.sampleLines()) {
            let result = TestSupport.parse("Kim: x\nKim: \(text.replacingOccurrences(of: ":", with: ";"))\n")
            for turn in result.transcript?.turns ?? [] {
                #expect(turn.wordCount == Reference.wordCount(turn.text), "\(turn.text.debugDescription)")
            }
        }
    }

    @Test("Substrings of turns at code-point offsets, ASCII or not")
    func substrings() throws {
        let text = "Kim: Een hele warme plek.\nInterviewer: En?\nKim: Één café, ideeën en coördinatie 😀 hier.\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        for turn in transcript.turns {
            for lower in (turn.range.lowerBound - 2)...(turn.range.upperBound + 1) {
                for upper in lower...(turn.range.upperBound + 2) {
                    #expect(turn.substring(offsets: lower..<upper) == Reference.substring(turn, offsets: lower..<upper))
                }
            }
        }
        #expect(transcript.turns[2].substring(offsets: 48..<56) == "Één café")
    }

    @Test("Characters counted by code points when each code point is a character, and cut the same")
    func simpleCharacterCounts() throws {
        let texts =
            EdgeCaseText.strings(count: 5_000, length: 30, seed: 23) + (try EdgeCaseText.sampleLines())
            + ["a\r\nb", "e\u{301}", "café 😀", "abc def ghi"]
        for text in texts {
            if let count = ScalarClass.simpleCharacterCount(text) {
                #expect(count == text.count, "\(text.debugDescription)")
            }
            let collapsed = TextFolding.collapseWhitespace(text)
            for length in [0, 1, 5, 20, 60] {
                #expect(
                    DisagreementFinder.cut(collapsed, to: length) == DisagreementFinder.slowCut(collapsed, to: length),
                    "\(collapsed.debugDescription) to \(length)")
            }
        }
        #expect(ScalarClass.simpleCharacterCount("a\r\nb") == nil)
        #expect(ScalarClass.simpleCharacterCount("café ß") == 6)
    }

    @Test("Whether a passage is longer than a length, and its cut, from its first characters only")
    func lengthFromThePrefix() throws {
        // Characters that are several code points (combining marks, emoji with modifiers, CR LF)
        // before, at and after the length looked at.
        let late = ["e\u{301}", "👍🏽", "\r\n", "ĳ", "😀", "Ö", "\u{A0}", "’"]
        var texts =
            EdgeCaseText.strings(count: 5_000, length: 40, seed: 29) + (try EdgeCaseText.sampleLines())
        for length in [0, 1, 5, 20, 60] {
            for position in max(0, length - 3)...(length + 3) {
                for piece in late {
                    let before = String(repeating: "Één café ", count: 12).unicodeScalars.prefix(position)
                    texts.append(String(String.UnicodeScalarView(before)) + piece + " en dan nog wat tekst")
                    texts.append(String(repeating: "b", count: position) + piece)
                }
            }
        }
        for text in texts {
            let collapsed = TextFolding.collapseWhitespace(text)
            for length in [0, 1, 5, 20, 60] {
                for candidate in [text, collapsed] {
                    #expect(
                        DisagreementFinder.isLonger(candidate, than: length) == (candidate.count > length),
                        "\(candidate.debugDescription) than \(length)")
                }
                #expect(
                    DisagreementFinder.cut(collapsed, to: length) == DisagreementFinder.slowCut(collapsed, to: length),
                    "\(collapsed.debugDescription) to \(length)")
            }
        }
    }
}
