import Foundation
import Testing

@testable import QDAKit

@Suite("Keyword matching")
struct KeywordMatchingTests {
    /// The texts `keywords` match in `text`, as written there.
    func matches(_ keywords: [String], in text: String) throws -> [String] {
        let patterns = try keywords.map { keyword -> KeywordPattern in
            switch try KeywordRule.parse(keyword) {
            case .include(let pattern), .exclude(let pattern): return pattern
            case .require: throw KeywordSyntaxError(message: "requirement", offset: 0)
            }
        }
        var folded = FoldedText()
        let scalars = Array(text.unicodeScalars)
        return KeywordIndex(patterns).hits(in: text, folded: &folded).map { hit in
            String(String.UnicodeScalarView(scalars[hit.range]))
        }
    }

    @Test("whole words only, ignoring case and accents")
    func wholeWords() throws {
        #expect(try matches(["ouders"], in: "De Ouders en de ouderschap; OUDERS.") == ["Ouders", "OUDERS"])
        #expect(try matches(["ouder"], in: "De ouders kwamen.").isEmpty)
        #expect(
            try matches(["geïsoleerd"], in: "Hij was erg geisoleerd en GEÏSOLEERD.") == ["geisoleerd", "GEÏSOLEERD"])
        #expect(try matches(["een"], in: "Maar één keer.") == ["één"])
        // Decomposed accents (e + combining acute) fold the same way.
        #expect(try matches(["cafe"], in: "Het cafe\u{301} om de hoek.") == ["cafe\u{301}"])
    }

    @Test("`*` matches word starts only, and marks only the end of a word")
    func wildcard() throws {
        #expect(
            try matches(["verzuim*"], in: "Verzuim, verzuimt, verzuimmelding; schoolverzuim.")
                == ["Verzuim", "verzuimt", "verzuimmelding"])
        #expect(throws: KeywordSyntaxError.self) { try KeywordRule.parse("*verzuim") }
        #expect(throws: KeywordSyntaxError.self) { try KeywordRule.parse("ver*zuim") }
        let error = try #require(throws: KeywordSyntaxError.self) { try KeywordRule.parse("ver*zuim") }
        #expect(error.offset == 3)
    }

    @Test("phrases match across line breaks, commas and spacing, not across sentence ends")
    func phrases() throws {
        #expect(
            try matches(["\"niet meer op school\""], in: "Hij was niet\nmeer  op\r\nschool.") == [
                "niet\nmeer  op\r\nschool"
            ])
        #expect(try matches(["niet meer op school"], in: "Niet meer, op school") == ["Niet meer, op school"])
        #expect(try matches(["\"niet meer op school\""], in: "Ik kan niet meer. Op school gaat het.").isEmpty)
        #expect(try matches(["\"stap* te ver\""], in: "Een stapje te ver, een stap te verder.") == ["stapje te ver"])
        #expect(try matches(["\"brug te ver\""], in: "een brug te verder").isEmpty)
    }

    @Test("regular expressions ignore case and accents")
    func regex() throws {
        #expect(
            try matches(["/verzuim(t|en)?\\b/"], in: "Hij VERZUIMT vaak; ze verzuimen.") == ["VERZUIMT", "verzuimen"])
        #expect(try matches(["/één keer/"], in: "Maar Eén  keer.") == ["Eén  keer"])
    }

    @Test("regular expression errors point into the pattern")
    func regexErrors() throws {
        let unclosed = try #require(throws: KeywordSyntaxError.self) { try KeywordRule.parse("/verzuim(t|en/") }
        #expect(unclosed.offset == 8)
        #expect(unclosed.message.contains("never closed"))
        let nothing = try #require(throws: KeywordSyntaxError.self) { try KeywordRule.parse("  /*school/") }
        #expect(nothing.offset == 3)
        let open = try #require(throws: KeywordSyntaxError.self) { try KeywordRule.parse("/verzuim") }
        #expect(open.message.contains("closing `/`"))
    }

    @Test("the keyword syntax: negatives, requirements, quotes")
    func syntax() throws {
        #expect(
            try KeywordRule.parse("-busje")
                == .exclude(KeywordPattern(source: "busje", term: .words([.init(text: "busje", isPrefix: false)]))))
        #expect(try KeywordRule.parse("+ Ouderbetrokkenheid") == .require(code: "Ouderbetrokkenheid"))
        #expect(try KeywordRule.parse("+\"Korte lijntjes\"") == .require(code: "Korte lijntjes"))
        #expect(
            try KeywordRule.parse("“Korte lijntjes”")
                == .include(
                    KeywordPattern(
                        source: "“Korte lijntjes”",
                        term: .words([.init(text: "korte", isPrefix: false), .init(text: "lijntjes", isPrefix: false)]))
                ))
        #expect(throws: KeywordSyntaxError.self) { try KeywordRule.parse("\"open") }
        #expect(throws: KeywordSyntaxError.self) { try KeywordRule.parse("-") }
        #expect(throws: KeywordSyntaxError.self) { try KeywordRule.parse("!!!") }
    }

    @Test("the matcher finds every pattern, overlapping ones included")
    func ahoCorasick() {
        let matcher = MultiPatternMatcher(patterns: ["he", "she", "his", "hers"].map { Array($0.utf8) })
        var found: [String] = []
        matcher.scan(Array("ushers".utf8)) { pattern, end in found.append("\(pattern)@\(end)") }
        #expect(found.sorted() == ["0@4", "1@4", "3@6"])
    }

    @Test("matching one pattern at a time gives the same hits as the combined matcher")
    func combinedEqualsSeparate() throws {
        let keywords = ["ouders", "ouder*", "\"de ouders\"", "thuis*", "\"thuis speelt\"", "speel*", "/o+u/"]
        let text = "Thuis speelt veel. De ouders, de oudertraining en thuissituatie; ouderavond.\nDe ouders thuis."
        let combined = Set(try matches(keywords, in: text))
        var separate = Set<String>()
        for keyword in keywords { separate.formUnion(try matches([keyword], in: text)) }
        #expect(combined == separate)
        #expect(combined.contains("oudertraining") && combined.contains("Thuis speelt"))
    }
}

@Suite("Sentences")
struct SentenceTests {
    func streamed(_ turn: Turn) -> [Range<Int>] {
        var folded = FoldedText()
        folded.fold(turn.text)
        return folded.sentences.map {
            ($0.lowerBound + turn.range.lowerBound)..<($0.upperBound + turn.range.lowerBound)
        }
    }

    @Test("sentence ends: capitals after punctuation, abbreviations, numbers, quotes, paragraphs")
    func rule() throws {
        let text =
            "---\nparticipant: Bo\n---\nInterviewer: Vraag?\nBo: Hij zei: \"Ga maar.\" Toen ging ze. Bijv. samen, 3.5 uur… En dan?\n\nNieuwe alinea zonder punt\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        let turn = try #require(transcript.turn(2))
        let sentences = streamed(turn).map { transcript.text(of: $0) }
        #expect(
            sentences == [
                "Hij zei: \"Ga maar.\"", "Toen ging ze.", "Bijv. samen, 3.5 uur…", "En dan?",
                "Nieuwe alinea zonder punt",
            ])
    }

    @Test("the sentences found while folding are those of the reference splitter, on every sample turn")
    func streamingMatchesReference() throws {
        let study = try StudyLoader().load(TestSupport.sampleStudy.path)
        var turns = 0
        for transcript in study.transcripts {
            for turn in transcript.turns {
                #expect(streamed(turn) == TurnSentences.ranges(of: turn), "\(transcript.id) turn \(turn.number)")
                turns += 1
            }
        }
        #expect(turns == 536)
    }
}
