import Foundation
import Testing

@testable import QDAKit

@Suite("Transcript parsing")
struct TranscriptParserTests {
    @Test("A header is read and the turns after it are numbered from 1")
    func headerAndTurns() throws {
        let text = """
            ---
            participant: Mette
            mode: online
            minutes: 45
            date: 2025-03-12
            ---
            [00:00:04] Interviewer: Hoe kom je in contact met jongeren?
            [00:00:11] Mette: Meestal via de mentor.
            """
        let result = TestSupport.parse(text)
        let transcript = try #require(result.transcript)
        #expect(result.diagnostics.isEmpty)
        #expect(transcript.header["mode"] == "online")
        #expect(transcript.minutes == 45)
        #expect(transcript.date == "2025-03-12")
        #expect(transcript.turns.map(\.number) == [1, 2])
        #expect(transcript.turns.map(\.speaker) == ["Interviewer", "Mette"])
        #expect(transcript.turns[0].isInterviewer)
        #expect(transcript.turns[1].participant == "Mette")
        #expect(transcript.turns[1].line == 8)
        #expect(transcript.turns[1].text == "Meestal via de mentor.")
    }

    @Test("Without a header, speakers are recognised from the shape of the lines")
    func noHeader() throws {
        let text = "Interviewer: Vraag één?\nKim: Antwoord één.\nInterviewer: Vraag twee?\nKim: Antwoord twee.\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        #expect(transcript.turns.count == 4)
        #expect(transcript.participants == ["Kim"])
        #expect(transcript.header.fields.isEmpty)
    }

    @Test(
        "Timestamps in every accepted form",
        arguments: [
            ("[00:12] Kim: x", 12.0), ("[01:02:03] Kim: x", 3723.0), ("[00:00:04.250] Kim: x", 4.25),
            ("(00:12) Kim: x", 12.0), ("(01:02:03) Kim: x", 3723.0), ("00:12 Kim: x", 12.0),
            ("01:02:03 Kim: x", 3723.0), ("[00:00:04,500] Kim: x", 4.5), ("[00:00:04 - 00:00:09] Kim: x", 4.0),
        ])
    func timestamps(line: String, seconds: Double) throws {
        let transcript = try #require(TestSupport.parse("Interviewer: vraag\n" + line + "\n").transcript)
        #expect(transcript.turns.count == 2)
        #expect(transcript.turns[1].timestamp?.seconds == seconds)
        #expect(transcript.turns[1].speaker == "Kim")
        #expect(transcript.turns[1].text == "x")
    }

    @Test("A label after a timestamp starts a turn even when it occurs once")
    func timestampedLabelOnce() throws {
        let text = "[00:01] Interviewer: a\n[00:02] Kim: b\n[00:03] Interviewer: c\n[00:04] Kim: d\n[00:05] Sam: e\n"
        let result = TestSupport.parse(text)
        let transcript = try #require(result.transcript)
        #expect(transcript.turns.count == 5)
        #expect(transcript.participants == ["Kim", "Sam"])
        // A speaker with one turn is reported: it is often a misspelt label.
        #expect(result.diagnostics.map(\.description) == ["t.txt:5:9: warning: speaker `Sam` has only one turn"])
    }

    @Test("A misspelt speaker label is reported with the likely intended label")
    func misspeltLabel() throws {
        let text =
            "[00:01] Interviewer: a\n[00:02] Kim: b\n[00:03] Interviewer: c\n[00:04] Interviwer: d\n[00:05] Kim: e\n"
        let result = TestSupport.parse(text)
        #expect(
            result.diagnostics.map(\.description) == [
                "t.txt:4:9: warning: speaker `Interviwer` has only one turn; is it a misspelling of `Interviewer`?"
            ])
    }

    @Test("`Label:` inside an answer is text, not a new speaker")
    func labelInsideAnswer() throws {
        let text = """
            Interviewer: Wat doe je dan?
            Kim: Dan bel ik de ouders.
            Let op: dat doe ik altijd eerst.
            Interviewer: Waarom?
            Kim: Omdat het werkt.
            """
        let transcript = try #require(TestSupport.parse(text).transcript)
        #expect(transcript.turns.count == 4)
        #expect(transcript.turns[1].text == "Dan bel ik de ouders.\nLet op: dat doe ik altijd eerst.")
    }

    @Test("Declared labels start turns even when used once; other labels need two lines")
    func declaredLabels() throws {
        let text = """
            ---
            participants: Kim, Sam
            ---
            Interviewer: Vraag?
            Kim: Antwoord.
            Sam: Ik ook.
            Interviewer: Nog een vraag?
            Kim: Ja.
            """
        let result = TestSupport.parse(text)
        let transcript = try #require(result.transcript)
        #expect(transcript.turns.map(\.speaker) == ["Interviewer", "Kim", "Sam", "Interviewer", "Kim"])
        #expect(transcript.participants == ["Kim", "Sam"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("Interviewer labels: the defaults and configured ones")
    func interviewerLabels() throws {
        for label in ["Interviewer", "I", "Onderzoeker", "Interviewster", "Int", "interviewer"] {
            let transcript = try #require(
                TestSupport.parse("\(label): vraag?\nKim: antwoord\n\(label): en?\nKim: ja\n").transcript)
            #expect(transcript.turns[0].isInterviewer, "\(label)")
            #expect(!transcript.turns[1].isInterviewer)
        }
        let custom = TranscriptParser(interviewerLabels: ["Moderator"]).parse(
            "Moderator: a\nKim: b\nModerator: c\nKim: d\n", path: "t.txt")
        #expect(try #require(custom.transcript).turns.filter(\.isInterviewer).count == 2)
    }

    @Test("With one declared participant, another label (R, Respondent) is that participant")
    func respondentLabel() throws {
        let text = "---\nparticipant: Noa\n---\nI: vraag\nR: antwoord\nI: nog een\nR: ja\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        #expect(transcript.participants == ["Noa"])
        #expect(transcript.turns[1].speaker == "R")
    }

    @Test("Continuation lines and paragraphs stay in the turn; offsets are code points")
    func continuationAndParagraphs() throws {
        let text =
            "Interviewer: Hoe?\nMette: Meestal via de mentor. Als een jongere veel verzuimt,\ngaan we eerst het gesprek aan.\n\nDan kijken we samen wat er nodig is.\nInterviewer: Dank je.\nMette: Graag.\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        let turn = transcript.turns[1]
        #expect(turn.paragraphs.count == 2)
        #expect(
            turn.paragraphTexts == [
                "Meestal via de mentor. Als een jongere veel verzuimt, gaan we eerst het gesprek aan.",
                "Dan kijken we samen wat er nodig is.",
            ])
        let scalars = Array(text.unicodeScalars)
        let slice = String(String.UnicodeScalarView(scalars[turn.range]))
        #expect(slice == turn.text)
        #expect(slice.hasPrefix("Meestal") && slice.hasSuffix("nodig is."))
        #expect(turn.range.lowerBound == "Interviewer: Hoe?\nMette: ".unicodeScalars.count)
    }

    @Test("CRLF line endings and a byte-order mark are accepted; offsets count CR")
    func crlfAndBOM() throws {
        let text = "Interviewer: één?\r\nKim: café 😀 ja\r\nverder\r\nInterviewer: ok\r\nKim: ja\r\n"
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        let decoded = try TextDecoding.decode(data, path: "t.txt")
        #expect(decoded.hadByteOrderMark)
        let transcript = try #require(TestSupport.parse(decoded.text).transcript)
        let turn = transcript.turns[1]
        #expect(turn.text == "café 😀 ja\r\nverder")
        #expect(turn.displayText == "café 😀 ja verder")
        // "Interviewer: één?\r\n" is 19 code points; "Kim: " is 5 more.
        #expect(turn.range == 24..<(24 + "café 😀 ja\r\nverder".unicodeScalars.count))
        #expect(transcript.turns[2].line == 4)
    }

    @Test("Header errors point at the line")
    func headerErrors() throws {
        let text =
            "---\nparticipant: Kim\nminutes: drie kwartier\ndate: 12-03-2025\nzomaar een regel\n---\nInterviewer: a\nKim: b\n"
        let result = TestSupport.parse(text)
        #expect(
            result.diagnostics.map(\.description) == [
                "t.txt:3:10: error: `minutes` must be a number of minutes, such as `45`",
                "t.txt:4:7: error: `date` must be a date written as YYYY-MM-DD, such as `2025-03-12`",
                "t.txt:5:1: error: a header line must be `key: value`",
            ])
        #expect(result.transcript?.turns.count == 2)
    }

    @Test("An unclosed header is reported and the turns are still read")
    func unclosedHeader() throws {
        let result = TestSupport.parse("---\nparticipant: Kim\n[00:01] Interviewer: a\n[00:02] Kim: b\n")
        #expect(
            result.diagnostics.map(\.description) == [
                "t.txt:1:1: error: the header that starts here is not closed with a `---` line"
            ])
        #expect(result.transcript?.turns.count == 2)
    }

    @Test("Empty transcripts and transcripts without turns are errors")
    func empty() {
        #expect(TestSupport.parse("").diagnostics.map(\.description) == ["t.txt: error: the transcript is empty"])
        #expect(TestSupport.parse("  \n\n").transcript == nil)
        let noTurns = TestSupport.parse("Dit is gewoon tekst.\nZonder sprekers.\n")
        #expect(noTurns.transcript == nil)
        #expect(noTurns.diagnostics.last?.severity == .error)
    }

    @Test("Timestamps that go back in time are reported")
    func timestampOrder() {
        let result = TestSupport.parse(
            "[00:10] Interviewer: a\n[00:05] Kim: b\n[00:20] Interviewer: c\n[00:30] Kim: d\n")
        #expect(
            result.diagnostics.map(\.description) == [
                "t.txt:2:1: warning: timestamp 00:00:05 is earlier than that of turn 1 (00:00:10)"
            ])
    }

    @Test("Word counts include Dutch words with diacritics and hyphens")
    func words() throws {
        let transcript = try #require(
            TestSupport.parse("Interviewer: a\nKim: Één vsv-traject, zeg maar... 12 weken.\nInterviewer: b\nKim: ok\n")
                .transcript)
        #expect(transcript.turns[1].wordCount == 6)
        #expect(transcript.participantWordCount == 7)
    }
}
