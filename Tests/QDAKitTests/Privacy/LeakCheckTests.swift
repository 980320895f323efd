import Foundation
import Testing

@testable import QDAKit

@Suite("Leak check (qda check --key)")
struct LeakCheckTests {
    /// A copy of the sample study and its codebooks, with a key of fictional real names
    /// kept next to (not inside) the study.
    struct Copy {
        let root: URL
        var study: String { root.appendingPathComponent("SampleTranscripts").path }
        var codebook: String { root.appendingPathComponent("CodeBooks/back-on-traxx.md").path }
        var key: String { root.appendingPathComponent("key.csv").path }

        init() throws {
            root = try TestSupport.temporaryFolder()
            for folder in ["SampleTranscripts", "CodeBooks"] {
                try FileManager.default.copyItem(
                    at: TestSupport.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            try? FileManager.default.removeItem(at: root.appendingPathComponent("SampleTranscripts/report"))
            try TestSupport.write(
                "real,replacement\nMette Jansen,Bo\nMette,Bo\nJoséphine Bakker,[oprichter Back on Traxx]\nRoos,Mika\n",
                to: "key.csv", in: root)
        }

        /// Appends `text` to the file and returns the 1-based line of its first line.
        @discardableResult
        func append(_ text: String, to path: String) throws -> Int {
            var content = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if !content.isEmpty && !content.hasSuffix("\n") { content += "\n" }
            let line = content.isEmpty ? 1 : content.components(separatedBy: "\n").count
            content += text
            try TestSupport.write(
                content, to: (path as NSString).lastPathComponent,
                in: URL(fileURLWithPath: (path as NSString).deletingLastPathComponent))
            return line
        }

        func check() throws -> CheckReport {
            try StudyChecker.check(studyAt: study, keyPath: key)
        }
    }

    static func leaks(_ report: CheckReport) -> [String] {
        report.diagnostics.filter { $0.message.contains("real name `") }.map(\.description)
    }

    @Test("The pseudonymised sample study has no real names from the key")
    func cleanSample() throws {
        let copy = try Copy()
        let report = try copy.check()
        #expect(Self.leaks(report).isEmpty)
        #expect(!report.hasErrors)
    }

    @Test("A real name anywhere is an error at file:line:col: transcript, quote, memo, codebook, report, export")
    func plantedNames() throws {
        let copy = try Copy()
        let transcript = copy.study + "/01-bo.txt"
        let transcriptLine = try copy.append("[00:40:00] Bo: Mette Jansen belde nog.\n", to: transcript)
        let codings = copy.study + "/codings/anna/01-bo.tsv"
        // The quote is the new turn's text (so it is found), and the memo names her again.
        let codingLine = try copy.append(
            "37\tKorte lijntjes\tMette Jansen belde nog.\tmet Mettes moeder gesproken\n", to: codings)
        let codebookLine = try copy.append(
            "\n#### Nieuwe code\nexample: Joséphine Bakker nam gewoon op.\n", to: copy.codebook)
        let reportLine = try copy.append(
            "# Resultaten\n\nZoals Mette zei: warm.\n", to: copy.study + "/report/hoofdstuk.md")
        let exportLine = try copy.append(
            "participant,quote\nBo,\"Ik bel Mette\"\n", to: copy.study + "/exports/quotes.csv")
        let report = try copy.check()
        let expected: Set<String> = [
            "\(copy.codebook):\(codebookLine + 2):10: error: real name `Joséphine Bakker` (key line 4); replace it with `[oprichter Back on Traxx]`",
            "\(copy.study)/01-bo.txt:\(transcriptLine):16: error: real name `Mette Jansen` (key line 2); replace it with `Bo`",
            "\(copy.study)/codings/anna/01-bo.tsv:\(codingLine):19: error: real name `Mette Jansen` (key line 2); replace it with `Bo`",
            "\(copy.study)/codings/anna/01-bo.tsv:\(codingLine):47: error: real name `Mettes` (key line 3); replace it with `Bo's`",
            "\(copy.study)/report/hoofdstuk.md:\(reportLine + 2):7: error: real name `Mette` (key line 3); replace it with `Bo`",
            "\(copy.study)/exports/quotes.csv:\(exportLine + 1):12: error: real name `Mette` (key line 3); replace it with `Bo`",
        ]
        #expect(Set(Self.leaks(report)) == expected)
        #expect(report.hasErrors)
        // Each error shows the line with a caret under the name.
        let rendered = report.rendered
        #expect(rendered.contains("    [00:40:00] Bo: Mette Jansen belde nog.\n                   ^"))
    }

    @Test("A file or folder name with a real name is an error: transcript names end up in every report")
    func fileNames() throws {
        let copy = try Copy()
        try TestSupport.write(
            "Interviewer: a\nBo: b\nInterviewer: c\nBo: d\n", to: "11-mette.txt", in: URL(fileURLWithPath: copy.study))
        try TestSupport.write(
            "turn\tcode\n2\tKorte lijntjes\n", to: "codings/mette/01-bo.tsv", in: URL(fileURLWithPath: copy.study))
        let report = try copy.check()
        let names = report.diagnostics.filter { $0.message.hasPrefix("the name `") }.map(\.description)
        #expect(
            names == [
                "\(copy.study)/11-mette.txt: error: the name `11-mette.txt` contains the real name `Mette` (key line 3); rename it (`qda pseudonymise` names its output files with the replacements)",
                "\(copy.study)/codings/mette: error: the name `mette` contains the real name `Mette` (key line 3); rename it (`qda pseudonymise` names its output files with the replacements)",
            ])
    }

    @Test("A name in lower case is a warning (it may be an ordinary word), not an error")
    func lowerCase() throws {
        let copy = try Copy()
        let line = try copy.append("Een roos op tafel.\n", to: copy.study + "/report/notities.md")
        let report = try copy.check()
        #expect(
            report.diagnostics.map(\.description).contains(
                "\(copy.study)/report/notities.md:\(line):5: warning: `roos` is the real name `Roos` (key line 5) written in lower case; check that it is an ordinary word here"
            ))
        #expect(!report.hasErrors)
    }

    @Test("The key inside the study folder is a warning and is not searched itself")
    func keyInsideStudy() throws {
        let copy = try Copy()
        let key = try TestSupport.write(
            "real,replacement\nMette,Bo\n", to: "private/key.csv", in: URL(fileURLWithPath: copy.study))
        let report = try StudyChecker.check(studyAt: copy.study, keyPath: key)
        #expect(
            report.diagnostics.map(\.description).contains(
                "\(key): warning: the key file is inside the study folder; move it elsewhere: it links the pseudonyms to real names and must not be shared with the study"
            ))
        #expect(Self.leaks(report).isEmpty)
    }

    @Test("Files in other encodings are still searched; binary files are a warning")
    func encodings() throws {
        let copy = try Copy()
        try FileManager.default.createDirectory(atPath: copy.study + "/report", withIntermediateDirectories: true)
        try Data("Jos\u{E9}phine Bakker\n".data(using: .windowsCP1252)!).write(
            to: URL(fileURLWithPath: copy.study + "/report/ansi.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(
            to: URL(fileURLWithPath: copy.study + "/report/export.qdpx"))
        let report = try copy.check()
        #expect(
            Self.leaks(report) == [
                "\(copy.study)/report/ansi.txt:1:1: error: real name `Joséphine Bakker` (key line 4); replace it with `[oprichter Back on Traxx]`"
            ])
        #expect(
            report.diagnostics.map(\.description).contains(
                "\(copy.study)/report/export.qdpx: warning: not a text file, so it could not be searched for real names; check it by hand or keep it out of the study folder"
            ))
    }

    @Test("A key with errors makes the check fail")
    func brokenKey() throws {
        let copy = try Copy()
        try TestSupport.write("real,replacement\nMette,\n", to: "key.csv", in: copy.root)
        let report = try copy.check()
        #expect(report.hasErrors)
        #expect(report.diagnostics.contains { $0.message.hasPrefix("`Mette` has no replacement") })
    }

    @Test("Without a key the check is the ordinary check")
    func noKey() throws {
        let copy = try Copy()
        let plain = try StudyChecker.check(studyAt: copy.study)
        let withNil = try StudyChecker.check(studyAt: copy.study, keyPath: nil)
        #expect(plain.diagnostics == withNil.diagnostics)
    }
}
