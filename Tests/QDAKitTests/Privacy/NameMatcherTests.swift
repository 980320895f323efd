import Testing

@testable import QDAKit

@Suite("Name matching")
struct NameMatcherTests {
    /// A key from `real,replacement` pairs.
    static func key(_ pairs: [(String, String)]) -> PseudonymKey {
        PseudonymKey(
            entries: pairs.enumerated().map { index, pair in
                .init(real: pair.0, replacement: pair.1, location: SourceLocation(path: "key.csv", line: index + 2))
            })
    }

    static func replace(_ text: String, _ pairs: [(String, String)]) -> String {
        NameMatcher(key: key(pairs)).replace(in: text).text
    }

    @Test(
        "Whole words, ignoring case and accents, keeping the possessive",
        arguments: [
            ("Mette zei het.", "Bo zei het."),
            ("ik sprak METTE en mette", "ik sprak Bo en Bo"),
            ("Mettes fiets", "Bo's fiets"),
            ("Mette's fiets", "Bo's fiets"),
            ("Mette’s fiets", "Bo’s fiets"),
            ("Mettea en Metten en Mettes", "Mettea en Metten en Bo's"),
            ("Ametten", "Ametten"),
            ("(Mette)", "(Bo)"),
            ("Mette-achtig", "Bo-achtig"),
            ("Métte", "Bo"),
        ])
    func singleName(text: String, expected: String) {
        #expect(Self.replace(text, [("Mette", "Bo")]) == expected)
    }

    @Test("Diacritics are ignored both ways: José in the key finds Jose, and the other way round")
    func diacritics() {
        #expect(Self.replace("Jose en José", [("José", "Luca")]) == "Luca en Luca")
        #expect(Self.replace("Jose en José", [("Jose", "Luca")]) == "Luca en Luca")
        // Decomposed é (e + combining acute) as written by some editors.
        #expect(Self.replace("Jose\u{301} belde", [("José", "Luca")]) == "Luca belde")
        #expect(Self.replace("Zoë en Zoe", [("Zoe", "Sam")]) == "Sam en Sam")
    }

    @Test("Multi-word names, also across a line break, the longest first")
    func multiWord() {
        let pairs = [("Mette", "Bo"), ("Mette Jansen", "Kai"), ("Back on Traxx", "[organisatie]")]
        #expect(Self.replace("Mette Jansen en Mette", pairs) == "Kai en Bo")
        #expect(Self.replace("bij Back on\nTraxx werkt", pairs) == "bij [organisatie] werkt")
        #expect(Self.replace("bij Back on\r\nTraxx werkt", pairs) == "bij [organisatie] werkt")
        #expect(Self.replace("bij Back  on   Traxx", pairs) == "bij [organisatie]")
        // A blank line between the words is a paragraph break, not a name.
        #expect(Self.replace("Back on\n\nTraxx", pairs) == "Back on\n\nTraxx")
        // A word in between, or part of a longer word, is no match.
        #expect(Self.replace("Back on the Traxx", pairs) == "Back on the Traxx")
        #expect(Self.replace("Mette Jansens fiets", pairs) == "Kai's fiets")
    }

    @Test("Hyphens and spaces are interchangeable inside a name; apostrophes inside a name match")
    func separators() {
        #expect(
            Self.replace("Jan Willem en Jan-Willem en Jan – Willem", [("Jan-Willem", "Sam")]) == "Sam en Sam en Sam")
        #expect(Self.replace("O’Brien", [("O'Brien", "Sam")]) == "Sam")
        #expect(Self.replace("J. de Vries", [("J. de Vries", "[naam]")]) == "[naam]")
    }

    @Test("Possessive of a name ending in s: an apostrophe alone")
    func apostropheAfterS() {
        #expect(Self.replace("Kees' rol", [("Kees", "Sam")]) == "Sam's rol")
        #expect(Self.replace("Kees' rol", [("Kees", "Lars")]) == "Lars' rol")
        #expect(Self.replace("Kees'", [("Kees", "Sam")]) == "Sam's")
    }

    @Test("A glued genitive s needs a capital, so `Bo` leaves the word `bos` alone")
    func genitiveNeedsCapital() {
        #expect(Self.replace("het bos van Bos", [("Bo", "Kai")]) == "het bos van Kai's")
        #expect(Self.replace("Bo is er", [("Bo", "Kai")]) == "Kai is er")
    }

    @Test(
        "The Dutch genitive follows the replacement's spelling",
        arguments: [("Bo", "Bo's"), ("Sam", "Sams"), ("Lars", "Lars'"), ("Anna", "Anna's"), ("[naam]", "[naam]'s")])
    func genitiveSpelling(replacement: String, expected: String) {
        #expect(Self.replace("Mettes", [("Mette", replacement)]) == expected)
    }

    @Test("Matches report their line, column, the text as written and lower case")
    func positions() {
        let text = "Interviewer: ja\nKim: dan zei Mette’s moeder\nen ook mette\n"
        let matches = NameMatcher(key: Self.key([("Mette", "Bo")])).matches(in: text)
        #expect(matches.count == 2)
        #expect(matches[0].line == 2)
        #expect(matches[0].column == 14)
        #expect(matches[0].text == "Mette’s")
        #expect(matches[0].isLowerCase == false)
        #expect(matches[1].line == 3)
        #expect(matches[1].column == 8)
        #expect(matches[1].isLowerCase == true)
    }

    @Test("CRLF line endings count as one line break for lines and columns")
    func crlfPositions() {
        let matches = NameMatcher(key: Self.key([("Mette", "Bo")])).matches(in: "a\r\nb\r\n  Mette")
        #expect(matches.map(\.line) == [3])
        #expect(matches.map(\.column) == [3])
    }

    @Test("Text without names comes back unchanged, byte for byte")
    func unchanged() {
        let text = "﻿Geen namen hier.\r\n\tMaar wel “quotes” en émoji 🙂\n"
        #expect(Self.replace(text, [("Mette", "Bo")]) == text)
        #expect(Self.replace("", [("Mette", "Bo")]) == "")
    }

    @Test("Every name is found: no real name is left after replacing, whatever the mix")
    func nothingLeft() {
        let pairs = [("Mette", "Bo"), ("Mette Jansen", "Kai"), ("Jansen", "[achternaam]"), ("José", "Luca")]
        let text = "Mette Jansen, Mettes zus, mette's, Jansen; JOSÉ-Mette en Jose\nJansen. Mette\nJansen"
        let replaced = Self.replace(text, pairs)
        #expect(NameMatcher(key: Self.key(pairs)).matches(in: replaced).isEmpty)
        #expect(replaced == "Kai, Bo's zus, Bo's, [achternaam]; Luca-Bo en Luca\n[achternaam]. Kai")
    }
}
