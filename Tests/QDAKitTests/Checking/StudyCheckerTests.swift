import Foundation
import Testing

@testable import QDAKit

/// Copies the shipped sample study, breaks it in one way at a time, and checks that
/// `qda check` reports exactly that problem at exactly that place, without crashing,
/// without changing any input and without writing anything.
@Suite("qda check on a broken copy of the sample study")
struct StudyCheckerTests {
    /// A copy of `SampleTranscripts/` and `CodeBooks/` in a temporary folder.
    struct SampleCopy {
        let root: URL
        var study: String { root.appendingPathComponent("SampleTranscripts").path }
        var codebook: String { root.appendingPathComponent("CodeBooks/back-on-traxx.md").path }

        init() throws {
            root = try TestSupport.temporaryFolder()
            for folder in ["SampleTranscripts", "CodeBooks"] {
                try FileManager.default.copyItem(
                    at: TestSupport.packageRoot.appendingPathComponent(folder),
                    to: root.appendingPathComponent(folder))
            }
            // Generated reports are outputs, not part of the study's inputs.
            try? FileManager.default.removeItem(at: root.appendingPathComponent("SampleTranscripts/report"))
        }

        func path(_ name: String) -> String { "\(study)/\(name)" }

        func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

        func write(_ name: String, _ text: String) throws {
            try TestSupport.write(text, to: name, in: URL(fileURLWithPath: study))
        }

        /// Replaces the first line containing `marker` with `transform(line)`; returns its line number.
        @discardableResult
        func editLine(_ name: String, containing marker: String, _ transform: (String) -> String) throws -> Int {
            var lines = try read(name).components(separatedBy: "\n")
            let index = try #require(lines.firstIndex { $0.contains(marker) }, "\(marker) in \(name)")
            lines[index] = transform(lines[index])
            try write(name, lines.joined(separator: "\n"))
            return index + 1
        }

        /// Appends a row to a coding file; returns its line number.
        func appendRow(_ name: String, _ row: String) throws -> Int {
            var text = try read(name)
            if !text.hasSuffix("\n") { text += "\n" }
            text += row + "\n"
            try write(name, text)
            return text.components(separatedBy: "\n").count - 1
        }

        /// A fingerprint of every file: path and bytes.
        func snapshot() throws -> [String: Data] {
            var result: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: root.path)!
            while let name = enumerator.nextObject() as? String {
                let url = root.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    result[name] = try Data(contentsOf: url)
                }
            }
            return result
        }

        /// Runs the check and asserts it changed no file and wrote none.
        func check(codebook: String? = nil) throws -> CheckReport {
            let before = try snapshot()
            let report = try StudyChecker.check(studyAt: study, options: .init(codebookPath: codebook))
            #expect(try snapshot() == before, "check must not write or change files")
            return report
        }

        /// The rendered one-line diagnostics that are errors, or warnings other than the two
        /// candidate inductive codes the sample has on purpose.
        func problems(_ report: CheckReport) -> [String] {
            report.diagnostics.filter { !$0.message.contains("candidate inductive code") }.map(\.description)
        }
    }

    @Test("The sample study is clean apart from its two candidate inductive codes")
    func cleanSample() throws {
        let sample = try SampleCopy()
        let report = try sample.check(codebook: sample.codebook)
        #expect(sample.problems(report) == [])
        #expect(!report.hasErrors)
        let candidates = report.summary.candidateCodes.map(\.name).sorted()
        #expect(candidates == ["Rol van de mentor", "Wachtlijsten in de jeugdzorg"])
        #expect(report.diagnostics.count == 2)
        #expect(report.summary.transcripts == 10)
        #expect(report.summary.participants == 10)
        #expect(report.summary.coders.map(\.coder) == ["anna", "bram"])
    }

    @Test("A header error")
    func headerError() throws {
        let sample = try SampleCopy()
        let line = try sample.editLine("01-bo.txt", containing: "minutes: 46") { _ in "minutes: zesenveertig" }
        let report = try sample.check()
        #expect(
            sample.problems(report) == [
                "\(sample.path("01-bo.txt")):\(line):10: error: `minutes` must be a number of minutes, such as `45`"
            ])
        #expect(report.hasErrors)
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.rendered.hasSuffix("minutes: zesenveertig\n             ^"))
    }

    @Test("A speaker label used once")
    func labelUsedOnce() throws {
        let sample = try SampleCopy()
        let line = try sample.editLine("01-bo.txt", containing: "[00:01:03] Interviewer:") {
            $0.replacingOccurrences(of: "Interviewer:", with: "Interviwer:")
        }
        let report = try sample.check()
        #expect(
            sample.problems(report) == [
                "\(sample.path("01-bo.txt")):\(line):12: warning: speaker `Interviwer` has only one turn; is it a misspelling of `Interviewer`?"
            ])
    }

    @Test("An empty transcript")
    func emptyTranscript() throws {
        let sample = try SampleCopy()
        try sample.write("11-leeg.txt", "")
        let report = try sample.check()
        #expect(sample.problems(report) == ["\(sample.path("11-leeg.txt")): error: the transcript is empty"])
    }

    @Test("Invalid UTF-8, with its byte offset")
    func invalidUTF8() throws {
        let sample = try SampleCopy()
        let path = sample.path("02-mika.txt")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let offset = try #require(bytes.firstRange(of: Data("[00:00".utf8))).lowerBound
        bytes.insert(0xFF, at: offset + 1)
        try bytes.write(to: URL(fileURLWithPath: path))
        let lineNumber = bytes[..<offset].filter { $0 == 0x0A }.count + 1
        let report = try sample.check()
        let problems = sample.problems(report)
        #expect(
            problems.first
                == "\(path):\(lineNumber):2: error: is not valid UTF-8: byte 0xFF at byte offset \(offset + 1); save the file as UTF-8"
        )
        // The unreadable transcript leaves its participant and codings without a transcript.
        #expect(
            problems.contains { $0.contains("participant `Mika` is in participants.csv but speaks in no transcript") })
        #expect(problems.contains { $0.contains("coding file for transcript `02-mika`, which does not exist") })
    }

    @Test("A coding that names a turn that does not exist")
    func missingTurn() throws {
        let sample = try SampleCopy()
        let line = try sample.appendRow("codings/anna/03-noa.tsv", "999\tOuderbetrokkenheid\t\t")
        let report = try sample.check()
        #expect(
            sample.problems(report) == [
                "\(sample.path("codings/anna/03-noa.tsv")):\(line):1: error: turn 999 does not exist; 03-noa has turns 1–60"
            ])
    }

    @Test("A quote that is not in its turn, with the closest passage")
    func quoteNotInTurn() throws {
        let sample = try SampleCopy()
        let line = try sample.appendRow(
            "codings/anna/01-bo.tsv",
            "6\tHerkenning van de risicojongere\tmeestal zie je het eerst doordat ze er nooit zijn\t")
        let report = try sample.check()
        let path = sample.path("codings/anna/01-bo.tsv")
        #expect(sample.problems(report) == ["\(path):\(line):35: error: the quote is not in turn 6"])
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.notes == ["closest passage: “meestal zie je het eerst doordat ze er steeds minder zijn.”"])
    }

    @Test("A code not in the codebook: a warning, or an error when the study is deductive-only")
    func unknownCode() throws {
        let sample = try SampleCopy()
        let line = try sample.appendRow("codings/anna/01-bo.tsv", "6\tVerzuim door ziekte\t\t")
        var report = try sample.check()
        let path = sample.path("codings/anna/01-bo.tsv")
        let candidate = try #require(report.diagnostics.first { $0.message.contains("Verzuim door ziekte") })
        #expect(
            candidate.description
                == "\(path):\(line):3: warning: `Verzuim door ziekte` is not in the codebook: candidate inductive code (1 use by anna in 1 transcript)"
        )
        #expect(!report.hasErrors)

        var settings = try sample.read("qda.json")
        settings = settings.replacingOccurrences(
            of: "\"primaryCoder\"", with: "\"deductiveOnly\": true,\n  \"primaryCoder\"")
        try sample.write("qda.json", settings)
        report = try sample.check()
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(
            errors.first
                == "\(path):\(line):3: error: `Verzuim door ziekte` is not in the codebook, and this study is deductive-only"
        )
        #expect(
            errors.dropFirst().first
                == "\(sample.path("codings/anna/02-mika.tsv")):11:4: error: `Wachtlijsten in de jeugdzorg` is not in the codebook, and this study is deductive-only"
        )
        // One error per use: the new row, and the sample's 4 + 3 uses of its two candidate codes.
        #expect(errors.count == 1 + 4 + 3)
    }

    @Test("Duplicate code names in the codebook")
    func duplicateCodeNames() throws {
        let sample = try SampleCopy()
        var text = try String(contentsOfFile: sample.codebook, encoding: .utf8)
        text += "\n#### Ouderbetrokkenheid\norigin: inductive\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: sample.codebook))
        let line = text.components(separatedBy: "\n").count - 2
        let report = try sample.check()
        let original = try String(
            contentsOfFile: TestSupport.codebooks.appendingPathComponent("back-on-traxx.md").path, encoding: .utf8)
        let first = CodebookMarkdown.parse(original, path: "x").locations["Ouderbetrokkenheid"]
        #expect(
            sample.problems(report) == [
                "\(sample.codebook):\(line):6: error: duplicate code name `Ouderbetrokkenheid` (first defined on line \(try #require(first).line))"
            ])
    }

    @Test("A coding file for a transcript that does not exist")
    func orphanCodingFile() throws {
        let sample = try SampleCopy()
        try sample.write("codings/anna/11-kai.tsv", "turn\tcode\tquote\tmemo\n4\tOuderbetrokkenheid\t\t\n")
        let report = try sample.check()
        #expect(
            sample.problems(report) == [
                "\(sample.path("codings/anna/11-kai.tsv")): error: coding file for transcript `11-kai`, which does not exist; did you mean `10-kai`?"
            ])
    }

    @Test("A participant in participants.csv with no transcript, and the reverse")
    func participantsAndTranscripts() throws {
        let sample = try SampleCopy()
        var csv = try sample.read("participants.csv")
        csv = csv.replacingOccurrences(of: "Bo,onderwijs", with: "Bodil,onderwijs")
        try sample.write("participants.csv", csv)
        let report = try sample.check()
        let firstBoTurn =
            try #require(try sample.read("01-bo.txt").components(separatedBy: "\n").firstIndex { $0.contains("] Bo:") })
            + 1
        #expect(
            sample.problems(report) == [
                "\(sample.path("01-bo.txt")):\(firstBoTurn):12: error: participant `Bo` is not in participants.csv, so their attributes are unknown",
                "\(sample.path("participants.csv")):2:1: error: participant `Bodil` is in participants.csv but speaks in no transcript",
            ])
    }

    @Test("Several problems in several files are all reported in one run")
    func manyProblems() throws {
        let sample = try SampleCopy()
        try sample.editLine("01-bo.txt", containing: "minutes: 46") { _ in "minutes: veel" }
        _ = try sample.appendRow("codings/anna/03-noa.tsv", "999\tOuderbetrokkenheid\t\t")
        try sample.write("codings/bram/99-x.tsv", "turn\tcode\n1\tX\n")
        let report = try sample.check()
        #expect(report.diagnostics.filter { $0.severity == .error }.count == 3)
        #expect(report.summary.transcripts == 10)
    }
}
