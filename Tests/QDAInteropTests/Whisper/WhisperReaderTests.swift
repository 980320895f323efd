import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// Whisper formats written by hand for the cases the samples do not cover.
@Suite("Whisper formats")
struct WhisperReaderTests {
    @Test("WebVTT voice tags name the speakers; cue settings and markup are ignored")
    func voiceTags() throws {
        let vtt = """
            WEBVTT
            Kind: captions

            NOTE made by hand

            1
            00:00:01.000 --> 00:00:03.500 align:start position:0%
            <v Interviewer>Hoe kom je in contact met jongeren?</v>

            00:00:04.000 --> 00:00:06.000
            <v.loud Mette>Meestal via de <i>mentor</i>.

            01:00:07.250 --> 01:00:09.000
            <v Mette>Dan bellen we &amp; praten we.
            """
        let (segments, diagnostics) = try WhisperReader.parse(vtt, format: .vtt, path: "t.vtt")
        #expect(diagnostics.isEmpty)
        #expect(segments.map(\.speaker) == ["Interviewer", "Mette", "Mette"])
        #expect(
            segments.map(\.text) == [
                "Hoe kom je in contact met jongeren?", "Meestal via de mentor.", "Dan bellen we & praten we.",
            ])
        #expect(segments.map(\.start) == [1, 4, 3607.25])
    }

    @Test("consecutive segments of one speaker become one turn with the first timestamp; names are mapped")
    func turns() {
        let segments = [
            WhisperSegment(start: 4, end: 6, text: "Hoe gaat het?", speaker: "SPEAKER_00"),
            WhisperSegment(start: 6.5, end: 8, text: "Goed.", speaker: "SPEAKER_01"),
            WhisperSegment(start: 8.25, end: 9, text: "Echt goed.", speaker: "SPEAKER_01"),
            WhisperSegment(start: 71, end: 72, text: "Fijn.", speaker: "SPEAKER_00"),
        ]
        let result = SegmentTranscript.make(
            segments, speakers: ["SPEAKER_00": "Interviewer", "SPEAKER_01": "Mette"], header: [("source", "t.json")],
            interviewerLabels: TranscriptParser.defaultInterviewerLabels, path: "t.json")
        let transcript = TranscriptParser().parse(result.text, path: "t.txt").transcript!
        #expect(transcript.turns.count == 3)
        #expect(transcript.turns.map(\.speaker) == ["Interviewer", "Mette", "Interviewer"])
        #expect(transcript.turns[1].text == "Goed. Echt goed.")
        #expect(transcript.turns.map { $0.timestamp!.seconds } == [4, 6.5, 71])
        #expect(result.text.contains("[00:00:06.500] Mette: Goed. Echt goed."))
        #expect(result.diagnostics.isEmpty)
    }

    @Test("WhisperX JSON with per-segment speakers, and [SPEAKER_01]: prefixes in text")
    func speakersInJSONAndPrefixes() throws {
        let json = """
            {"segments": [{"start": 0.0, "end": 1.5, "text": " Hallo.", "speaker": "SPEAKER_00"},
             {"start": 1.5, "end": 3, "text": " Dag!", "speaker": "SPEAKER_01"},
             {"start": 3, "end": 4, "text": " "}]}
            """
        let (segments, _) = try WhisperReader.parse(json, format: .json, path: "t.json")
        #expect(segments.map(\.speaker) == ["SPEAKER_00", "SPEAKER_01"])
        let text = "[SPEAKER_00]: Hallo.\n[SPEAKER_01]: Dag!\n"
        let (lines, _) = try WhisperReader.parse(text, format: .txt, path: "t.txt")
        #expect(lines.map(\.speaker) == ["SPEAKER_00", "SPEAKER_01"])
        #expect(lines.map(\.text) == ["Hallo.", "Dag!"])
    }

    @Test("audio without speaker labels is one speaker, named with --speakers when given")
    func oneSpeaker() {
        let segments = [
            WhisperSegment(start: 0, end: 1, text: "Eén."), WhisperSegment(start: 1, end: 2, text: "Twee."),
        ]
        let result = SegmentTranscript.make(
            segments, speakers: ["Speaker": "Mette"], header: [], interviewerLabels: ["Interviewer"], path: "t.srt")
        #expect(result.text.hasSuffix("[00:00:00] Mette: Eén. Twee.\n"))
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("no speaker labels") })
        #expect(TranscriptParser().parse(result.text, path: "t.txt").transcript?.participants == ["Mette"])
    }

    @Test("--speakers is parsed, and a malformed entry is a usage error")
    func speakersOption() throws {
        #expect(
            try Importer.parseSpeakers("SPEAKER_00=Interviewer, SPEAKER_01=Mette") == [
                "SPEAKER_00": "Interviewer", "SPEAKER_01": "Mette",
            ])
        #expect(try Importer.parseSpeakers("Mette") == ["Speaker": "Mette"])
        #expect(throws: QDAError.self) { try Importer.parseSpeakers("SPEAKER_00=") }
    }

    @Test("SRT with CRLF line endings and a bad timing line")
    func srt() throws {
        let srt =
            "1\r\n00:00:01,000 --> 00:00:02,000\r\nEerste regel\r\ntweede regel\r\n\r\n2\r\n00:00:xx --> 00:00:03,000\r\nkapot\r\n"
        let (segments, diagnostics) = try WhisperReader.parse(srt, format: .srt, path: "t.srt")
        #expect(segments.map(\.text) == ["Eerste regel tweede regel"])
        #expect(diagnostics.first?.location?.line == 7)
    }
}
