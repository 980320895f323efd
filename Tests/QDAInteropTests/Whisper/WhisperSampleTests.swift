import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// The real faster-whisper (whisper-ctranslate2) and Whisper-WebUI outputs in the interop
/// samples, with the segment counts from their provenance notes.
@Suite("Whisper samples", .enabled(if: InteropTestSupport.samplesAvailable, InteropTestSupport.samplesNote))
struct WhisperSampleTests {
    static let root = "whisper-ctranslate2/e2e-tests/"

    /// (file, segments or cues) from PROVENANCE.md; a `.txt` has one line per segment (counted
    /// with grep, and the same as the JSON's segments).
    static let counts: [(String, Int)] = {
        var result: [(String, Int)] = []
        for format in ["json", "srt", "tsv", "txt", "vtt"] {
            result.append(("ref-medium-diarization/dosparlants.\(format)", 14))
            result.append(("ref-medium-translate/gossos.\(format)", 2))
            result.append(("ref-small-transcribe/gossos.\(format)", 2))
            result.append(("ref-small-transcribe-word-stamps/gossos.\(format)", 2))
            result.append(("ref-small-transcribe-vad/gossos.\(format)", 6))
        }
        result.append(("ref-small-transcribe-line-max-words/gossos.json", 2))
        result.append(("ref-small-transcribe-line-max-words/gossos.tsv", 2))
        result.append(("ref-small-transcribe-line-max-words/gossos.txt", 2))
        result.append(("ref-small-transcribe-line-max-words/gossos.srt", 14))
        result.append(("ref-small-transcribe-line-max-words/gossos.vtt", 14))
        return result
    }()

    @Test("every file gives its number of segments", arguments: counts.map(\.0))
    func segmentCounts(_ file: String) throws {
        let path = InteropTestSupport.sample(Self.root + file)
        let format = try #require(WhisperReader.Format(path: path))
        let (segments, diagnostics) = try WhisperReader.parse(try TextFile.read(path).text, format: format, path: path)
        let expected = Self.counts.first { $0.0 == file }!.1
        #expect(segments.count == expected)
        #expect(!diagnostics.containsErrors)
    }

    @Test(
        "the diarized outputs give the same turns in every format that has speakers",
        arguments: ["json", "srt", "vtt", "txt"])
    func diarizedTurns(_ format: String) throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let path = InteropTestSupport.sample(Self.root + "ref-medium-diarization/dosparlants.\(format)")
        let report = try #require(
            try Importer.importFiles(
                [path],
                options: .init(study: folder.path, speakers: ["SPEAKER_01": "Interviewer", "SPEAKER_00": "Carme"])
            ).first)
        let transcript = try #require(TranscriptParser().parseFile(at: folder.path + "/dosparlants.txt").transcript)
        #expect(transcript.turns.count == 11)
        #expect(transcript.turns.map(\.speaker).prefix(4) == ["Interviewer", "Carme", "Interviewer", "Carme"])
        #expect(transcript.participants == ["Carme"])
        #expect(transcript.turns[3].text.hasPrefix("Doncs jo soc"))
        #expect(transcript.turns[3].text.hasSuffix("Poblet."))
        if format != "txt" {
            #expect(transcript.turns.map { $0.timestamp?.seconds ?? -1 }.prefix(4) == [0, 2, 4, 6])
        }
        #expect(!report.diagnostics.contains { $0.severity == .warning })
        let study = try StudyLoader().load(folder.path)
        #expect(!StudyChecker.check(study).hasErrors)
    }

    @Test("the TSV drops the speakers, so the import warns and makes one speaker")
    func tsvWithoutSpeakers() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let path = InteropTestSupport.sample(Self.root + "ref-medium-diarization/dosparlants.tsv")
        let report = try #require(try Importer.importFiles([path], options: .init(study: folder.path)).first)
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("no speaker labels") })
        let transcript = try #require(TranscriptParser().parseFile(at: folder.path + "/dosparlants.txt").transcript)
        #expect(transcript.turns.count == 1)
        #expect(transcript.turns[0].text.hasPrefix("Hola, bon dia"))
    }

    @Test("JSON: millisecond artefacts, words and a leading space are handled")
    func json() throws {
        let path = InteropTestSupport.sample(Self.root + "ref-small-transcribe-word-stamps/gossos.json")
        let (segments, _) = try WhisperReader.parse(try TextFile.read(path).text, format: .json, path: path)
        #expect(segments.map(\.start) == [1.1799999999999993, 16])
        #expect(segments.allSatisfy { $0.text.first?.isWhitespace == false })
        let result = SegmentTranscript.make(segments, speakers: [:], header: [], interviewerLabels: [], path: path)
        #expect(result.text.contains("[00:00:01.180] Speaker: "))
    }

    @Test("the hand-written WebVTT without a blank line after WEBVTT and without a final newline")
    func lenientVTT() throws {
        let path = InteropTestSupport.sample("Whisper-WebUI/tests/test_vtt.vtt")
        let (segments, diagnostics) = try WhisperReader.parse(try TextFile.read(path).text, format: .vtt, path: path)
        #expect(segments.map(\.text) == ["You've got", "a friend in me."])
        #expect(segments.map(\.start) == [0.5, 2.5])
        #expect(diagnostics.isEmpty)
        let srt = InteropTestSupport.sample("Whisper-WebUI/tests/test_srt.srt")
        let (cues, _) = try WhisperReader.parse(try TextFile.read(srt).text, format: .srt, path: srt)
        #expect(cues.map(\.end) == [2.24, 4.16])
    }
}
