import Foundation
import Testing

@testable import QDAKit

@Suite("Folded text")
struct FoldedTextTests {
    /// Everything a fold gives, for comparing the fast fold with the straightforward one.
    struct Folded: Equatable {
        var bytes: [UInt8]
        var sources: [Int32]
        var sourceEnds: [Int]
        var sourceLength: Int
        var sentences: [Range<Int>]
        var sentenceBytes: [Range<Int>]
    }

    func fold(_ text: String, straightforward: Bool, into folded: inout FoldedText) -> Folded {
        folded.fold(text, straightforward: straightforward)
        return Folded(
            bytes: Array(folded.bytes[..<folded.count]), sources: Array(folded.sources[..<folded.count]),
            sourceEnds: folded.sourceEnds, sourceLength: folded.sourceLength, sentences: folded.sentences,
            sentenceBytes: folded.sentenceBytes)
    }

    static let samples: [String] = [
        "",
        "a",
        "ab",
        " ",
        "de ouders kwamen pas later met het jeugdrooster eigenlijk en dat was voor mij een eye opener",
        "De begeleider vindt het belangrijk om te werken aan het rooster wel. Dus de leerplichtambtenaar kwam pas later.",
        "Hij was erg geïsoleerd en GEÏSOLEERD. Maar één keer, zei de coördinator; ruïne en reünie!",
        // Decomposed accents: e + combining diaeresis, e + combining acute, i + combining diaeresis.
        "Hij was erg geı\u{308}soleerd en gee\u{301}n cafe\u{301} bezoek, zei de coo\u{308}rdinator",
        "cafe\u{301}\u{301} en e\u{308}e\u{308}n ide\u{301}e",
        "regel een\r\nregel twee\r\n\r\nNieuwe alinea met tekst\r\n",
        "kolom\teen\t\ttwee  drie   vier \t vijf\n\nZes zeven",
        "wat?! echt... ja; nee: misschien (zeker) \"quote\" 'enkel' [haak] - streep — lang … ook",
        "emoji 😀 in de tekst 👍🏽 en daarna gewoon door met 🇳🇱 vlaggen en zo verder",
        "Ελληνικά και русский текст, 中文文本 en ‘Nederlands’ met „aanhalingstekens” en «guillemets».",
        "abcdefgh abcdefgh a b c d e f g h ij kl mn op qr st uv wx yz",
        "abcdefghijklmnopqrstuvwxyz  abcdefghijklmnopqrstuvwxyz abcdefg  h",
        "abcdefg hijklmn opqrstu vwxyz{| }~`_ 0123456789 abc@def.ghi",
        "einde. Begin 12 nieuw. 3 dingen! \"Citaat\" en (haakjes). [x] y z",
        "zin een.\u{2028}zin twee\u{2029}\u{2029}zin drie\u{85}\u{85}vier",
        "Één Ĳssel ĳs Ÿ ÿ ß straße Æ æ Œ œ ø Ø Å å ł Ł",
        "a\u{00A0}b\u{2009}c\u{3000}d e",
        "woord \u{301}los teken en woord\u{301} en  \u{308}",
        "laatste woord eindigt op spatie ",
        "laatste woord zonder punt",
        "xxxxxxx yyyyyyy zzzzzzz",
    ]

    @Test("the fast fold gives what the straightforward one gives")
    func fastFoldMatchesStraightforward() {
        var fast = FoldedText()
        var plain = FoldedText()
        var texts = Self.samples
        // Every prefix and suffix of a mixed text, so that each kind of byte falls at every
        // place in an eight-byte chunk.
        let mixed =
            "Ja, die jongen hield zich vast aan de praktijklessen. Dat was voor mij een eye-opener.\r\n\tweet je, mijn collega zoekt hulp bij het eerste gesprek; de coördinator e\u{301}n het team 😀 praten graag  over het teamrooster… Na een paar weken!"
        let scalars = Array(mixed.unicodeScalars)
        for length in 0...scalars.count {
            texts.append(String(String.UnicodeScalarView(scalars[..<length])))
            texts.append(String(String.UnicodeScalarView(scalars[length...])))
        }
        for text in texts {
            let expected = fold(text, straightforward: true, into: &plain)
            let got = fold(text, straightforward: false, into: &fast)
            #expect(got == expected, "\(text.debugDescription)")
        }
        // Storage reused from a longer text to a shorter one gives the same.
        for text in texts.reversed() {
            #expect(
                fold(text, straightforward: false, into: &fast) == fold(text, straightforward: true, into: &plain),
                "\(text.debugDescription)")
        }
    }

    @Test("eight bytes of lower-case words with single spaces are recognised")
    func chunks() {
        func chunk(_ text: String) -> UInt64 {
            let bytes = Array(text.utf8)
            precondition(bytes.count == 8)
            return bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        }
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abcdefgh")) == 0)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abcd efg")) != .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk(" bcd efg")) != .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abcd fg ")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abc  efg")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abcDefgh")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abc1efgh")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abc.efgh")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abc`efgh")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abc{efgh")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abc\tefgh")) == .max)
        #expect(FoldedText.lowerCaseChunkSpaces(chunk("abcéfgh")) == .max)
        let spaces = FoldedText.lowerCaseChunkSpaces(chunk("a cd f h"))
        #expect(spaces.nonzeroBitCount == 3)
        #expect((0..<8).filter { spaces >> ($0 * 8 + 7) & 1 == 1 } == [1, 4, 6])
    }

    @Test("sentences around Latin-1 and Latin Extended letters, spaces and quotes are those of the reference splitter")
    func latinSentences() throws {
        let text =
            "---\nparticipant: Bo\n---\nInterviewer: Vraag?\nBo: Het ging goed. Één keer niet. Zo ging het.\u{00A0}Ürsula kwam. «Kom» zei ze. Klaar!» En toen? ½ uur later. ² keer. Ça va. àb. Ø is raar? ø niet. Ǆ groot. ǆ klein.\u{00A0}\u{00A0}Œuvre. Ÿ ook!\u{85}\u{85}Nieuw stuk. ß ist. Æ en æ. Þorn… ð. Ĳs? ĳs!\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        let turn = try #require(transcript.turn(2))
        var folded = FoldedText()
        folded.fold(turn.text)
        let streamed = folded.sentences.map {
            ($0.lowerBound + turn.range.lowerBound)..<($0.upperBound + turn.range.lowerBound)
        }
        #expect(streamed.count > 10)
        #expect(streamed == TurnSentences.ranges(of: turn))
        for value in 0..<0x250 {
            let scalar = try #require(Unicode.Scalar(value))
            var flags: UInt8 = 0
            if scalar.properties.isWhitespace {
                flags = scalar == "\u{85}" ? 3 : 1
            } else {
                if scalar.properties.isUppercase || scalar.properties.numericType != nil || scalar == "«" { flags |= 4 }
                if scalar == "»" { flags |= 8 }
            }
            #expect(SentenceTracker.flags(of: scalar) == flags, "U+\(String(value, radix: 16))")
        }
    }
}
