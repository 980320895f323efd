import Foundation
import Testing

@testable import QDAKit

@Suite("Coding files")
struct CodingFileParserTests {
    static let transcriptText = """
        ---
        participant: Mette
        ---
        [00:00:04] Interviewer: Hoe kom je in contact met jongeren?
        [00:00:11] Mette: Meestal via de mentor. Als een jongere veel verzuimt,
        gaan we eerst het gesprek aan.

        Dan kijken we samen wat er nodig is. 😀 Echt waar.
        [00:01:02] Interviewer: En de ouders?
        [00:01:09] Mette: Die betrekken we altijd. Het is een hele warme plek, café of niet.
        [00:02:00] Interviewer: Dank je.
        [00:02:05] Mette: Graag gedaan. Het is een hele warme plek.
        """

    static let transcript = TestSupport.parse(transcriptText).transcript!

    static let codebook = Codebook(themes: [
        Theme(
            name: "Succesfactoren",
            codes: [
                Code(name: "Ouderbetrokkenheid"),
                Code(name: "Warme en veilige groepsdynamiek", aliases: ["Sfeer"]),
                Code(name: "Signalering", id: "sig"),
            ])
    ])

    func parse(_ rows: String, resolver: CodeResolver? = CodeResolver(codebook)) -> CodingFileParser.Result {
        CodingFileParser(resolver: resolver).parse(
            "turn\tcode\tquote\tmemo\n" + rows, path: "codings/anna/t.tsv", coder: "anna",
            transcript: Self.transcript, transcriptID: "t")
    }

    func text(_ coding: Coding) -> String {
        Self.transcript.text(of: coding.range)
    }

    @Test("A row without a quote codes its whole turn")
    func wholeTurn() throws {
        let result = parse("4\tOuderbetrokkenheid\t\t\n")
        #expect(result.diagnostics.isEmpty)
        let coding = try #require(result.file.codings.first)
        #expect(coding.turns == 4...4)
        #expect(coding.range == Self.transcript.turns[3].range)
        #expect(coding.location == SourceLocation(path: "codings/anna/t.tsv", line: 2, column: 1))
    }

    @Test("Several codes on one row give one coding each")
    func multipleCodes() throws {
        let result = parse("4\tOuderbetrokkenheid; Warme en veilige groepsdynamiek\tHet is een hele warme plek\tmemo\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.codings.map(\.code) == ["Ouderbetrokkenheid", "Warme en veilige groepsdynamiek"])
        #expect(result.file.codings.allSatisfy { text($0) == "Het is een hele warme plek" && $0.memo == "memo" })
    }

    @Test("A quote spanning a line break matches with white space collapsed")
    func quoteAcrossLineBreak() throws {
        let result = parse("2\tSignalering\tAls een jongere veel verzuimt, gaan we eerst\t\n")
        #expect(result.diagnostics.isEmpty)
        let coding = try #require(result.file.codings.first)
        #expect(text(coding) == "Als een jongere veel verzuimt,\ngaan we eerst")
        #expect(coding.code == "Signalering")
    }

    @Test("Offsets are code points: a quote after an emoji lands on the right characters")
    func emojiOffsets() throws {
        let result = parse("2\tSignalering\tEcht waar.\t\n")
        let coding = try #require(result.file.codings.first)
        let scalars = Array(Self.transcriptText.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[coding.range])) == "Echt waar.")
    }

    @Test("Turn ranges cover several turns; a quote may span them")
    func turnRanges() throws {
        let result = parse(
            "2-4\tSignalering\twat er nodig is. 😀 Echt waar. En de ouders? Die betrekken\t\n6–6\tOuderbetrokkenheid\t\t\n"
        )
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.codings[0].turns == 2...4)
        #expect(result.file.codings[1].turns == 6...6)
    }

    @Test("Codes are resolved by id, by case-insensitive name and through aliases")
    func resolution() {
        let result = parse("4\tsig\t\t\n4\touderbetrokkenheid\t\t\n4\tSfeer\t\t\n")
        #expect(
            result.file.codings.map(\.code) == ["Signalering", "Ouderbetrokkenheid", "Warme en veilige groepsdynamiek"])
        #expect(result.file.codings.map(\.writtenCode) == ["sig", "ouderbetrokkenheid", "Sfeer"])
        #expect(result.unknownCodes.isEmpty)
    }

    @Test("Codes not in the codebook are kept and listed as candidates")
    func unknownCodes() {
        let result = parse("4\tWachtlijsten\tDie betrekken we altijd.\t\n")
        #expect(result.file.codings.map(\.code) == ["Wachtlijsten"])
        #expect(result.unknownCodes.map(\.code) == ["Wachtlijsten"])
        #expect(result.unknownCodes.first?.location == SourceLocation(path: "codings/anna/t.tsv", line: 2, column: 3))
    }

    @Test("A turn that does not exist is an error at the turn column")
    func missingTurn() {
        let result = parse("4\tOuderbetrokkenheid\t\t\n17\tOuderbetrokkenheid\t\t\n")
        #expect(
            result.diagnostics.map(\.description) == [
                "codings/anna/t.tsv:3:1: error: turn 17 does not exist; t has turns 1–6"
            ])
        #expect(result.file.codings.count == 1)
    }

    @Test("A quote not in its turn is an error with the closest passage")
    func quoteNotFound() throws {
        let result = parse("4\tOuderbetrokkenheid\tDie betrekken we meestal.\t\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.description == "codings/anna/t.tsv:2:22: error: the quote is not in turn 4")
        #expect(diagnostic.notes == ["closest passage: “Die betrekken we altijd.”"])
        #expect(result.file.codings.isEmpty)
    }

    @Test("A quote in another turn names that turn")
    func quoteElsewhere() throws {
        let result = parse("4\tOuderbetrokkenheid\tGraag gedaan.\t\n")
        #expect(
            result.diagnostics.map(\.description) == [
                "codings/anna/t.tsv:2:22: error: the quote is not in turn 4 but in turn 6"
            ])
    }

    @Test("Quote marks around a quote, other case or curly quotes still match")
    func lenientQuotes() {
        #expect(parse("4\tOuderbetrokkenheid\t“Die betrekken we altijd.”\t\n").diagnostics.isEmpty)
        let folded = parse("4\tOuderbetrokkenheid\tdie betrekken we ALTIJD\t\n")
        #expect(folded.file.codings.count == 1)
        #expect(folded.diagnostics.map(\.severity) == [.warning])
    }

    @Test("An ellipsis in a quote marks omitted text; the segment spans the parts")
    func elidedQuote() throws {
        let result = parse("2\tSignalering\tMeestal via de mentor. […] Dan kijken we samen\t\n")
        #expect(result.diagnostics.isEmpty)
        let coding = try #require(result.file.codings.first)
        #expect(text(coding).hasPrefix("Meestal via de mentor."))
        #expect(text(coding).hasSuffix("Dan kijken we samen"))
    }

    @Test("Coding an interviewer turn is a warning")
    func interviewerTurn() {
        let result = parse("1\tOuderbetrokkenheid\t\t\n")
        #expect(
            result.diagnostics.map(\.description) == [
                "codings/anna/t.tsv:2:1: warning: turn 1 is an interviewer turn; interviewer text is never counted or quoted"
            ])
    }

    @Test("Bad turn numbers, missing codes and a missing header are reported")
    func badRows() {
        let result = parse("vier\tOuderbetrokkenheid\t\t\n\t\tEen citaat\t\n5-3\tOuderbetrokkenheid\t\t\n")
        #expect(
            result.diagnostics.map(\.description) == [
                "codings/anna/t.tsv:2:1: error: `vier` is not a turn number or range such as `4` or `9-10`",
                "codings/anna/t.tsv:3:2: warning: this row has a quote but no code; it is ignored",
                "codings/anna/t.tsv:4:1: error: `5-3` is not a turn number or range such as `4` or `9-10`",
            ])
        let headerless = CodingFileParser().parse(
            "4\tOuderbetrokkenheid\n", path: "x.tsv", coder: "a", transcript: Self.transcript, transcriptID: "t")
        #expect(headerless.diagnostics.first?.message.hasPrefix("the header has no `turn` or `code` column") == true)
    }

    @Test("A filled-in worksheet is read as a coding file; its extra columns are ignored")
    func worksheetRoundTrip() throws {
        let sheet = Worksheet.render(Self.transcript)
        #expect(sheet.hasPrefix("\u{FEFF}turn,speaker,text,code,quote,memo\n"))
        var lines = sheet.dropFirst().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("4,") })
        lines[row] = lines[row].replacingOccurrences(of: ",,,", with: ",Ouderbetrokkenheid,Het is een hele warme plek,")
        let decoded = try TextDecoding.decode(Data(("\u{FEFF}" + lines.joined(separator: "\n")).utf8), path: "s.csv")
        let result = CodingFileParser(resolver: CodeResolver(Self.codebook)).parse(
            decoded.text, path: "s.csv", coder: "anna", transcript: Self.transcript, transcriptID: "t")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.codings.map(\.code) == ["Ouderbetrokkenheid"])
        #expect(text(result.file.codings[0]) == "Het is een hele warme plek")
    }
}
