import Foundation
import Testing

@testable import QDAKit

@Suite("Pseudonymising files")
struct PseudonymiserTests {
    /// A folder with a raw transcript, a coding file, a participants table, a Word file and
    /// a key outside the folder.
    struct RawStudy {
        let root: URL
        var raw: String { root.appendingPathComponent("raw").path }
        var key: String { root.appendingPathComponent("key.csv").path }
        var out: String { root.appendingPathComponent("out").path }

        init() throws {
            root = try TestSupport.temporaryFolder()
            try TestSupport.write(
                "---\nparticipant: Mette Jansen\n---\nInterviewer: Hoe kwam je bij Sanne?\nMette Jansen: Via Pieter de\nVries. Mettes collega's kenden Sanne al.\n",
                to: "raw/01-mette.txt", in: root)
            try TestSupport.write(
                "turn\tcode\tquote\tmemo\n2\tKorte lijntjes\tVia Pieter de Vries\tSanne belde\n",
                to: "raw/codings/anna/01-mette.tsv", in: root)
            try TestSupport.write("participant,leeftijd\nMette Jansen,44\n", to: "raw/participants.csv", in: root)
            try TestSupport.write("PK\u{3}\u{4}binary", to: "raw/notes.docx", in: root)
            try TestSupport.write(
                "real,replacement\nMette Jansen,Bo\nMette,Bo\nPieter de Vries,[collega]\nSanne,[jongere]\nKees,Sam\n",
                to: "key.csv", in: root)
        }

        func read(_ relative: String) throws -> String {
            try String(contentsOfFile: Paths.join(out, relative), encoding: .utf8)
        }
    }

    @Test("A folder is copied into --out with every name replaced, and reported per entry and per file")
    func folder() throws {
        let study = try RawStudy()
        let report = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out))
        #expect(report.wroteFiles)
        #expect(!report.hasErrors)
        #expect(
            try study.read("01-bo.txt")
                == "---\nparticipant: Bo\n---\nInterviewer: Hoe kwam je bij [jongere]?\nBo: Via [collega]. Bo's collega's kenden [jongere] al.\n"
        )
        #expect(
            try study.read("codings/anna/01-bo.tsv")
                == "turn\tcode\tquote\tmemo\n2\tKorte lijntjes\tVia [collega]\t[jongere] belde\n")
        #expect(try study.read("participants.csv") == "participant,leeftijd\nBo,44\n")
        #expect(!FileManager.default.fileExists(atPath: Paths.join(study.out, "notes.docx")))
        #expect(report.entries.map(\.replacements) == [3, 1, 2, 3, 0])
        #expect(
            report.entries[3].files == [
                Paths.join(study.raw, "01-mette.txt"): 2, Paths.join(study.raw, "codings/anna/01-mette.tsv"): 1,
            ])
        #expect(report.files.map(\.replacements) == [6, 2, 1])
        #expect(report.totalReplacements == 9)
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains("\(study.key):6:1: warning: `Kees` never occurs in these files; is it misspelt?"))
        #expect(
            messages.contains(
                "\(study.raw)/notes.docx: warning: not a text format QDAKit can pseudonymise; it is not copied (convert it to text first)"
            ))
        // The originals are untouched.
        #expect(
            try String(contentsOfFile: Paths.join(study.raw, "01-mette.txt"), encoding: .utf8).contains("Mette Jansen"))
    }

    @Test("File names are pseudonymised too, so transcripts and their coding files still pair up")
    func fileNames() throws {
        let key = PseudonymKey(entries: [
            .init(real: "Mette", replacement: "Bo", location: .init(path: "k")),
            .init(real: "Sint-Jozef", replacement: "[naam school]", location: .init(path: "k")),
        ])
        let matcher = NameMatcher(key: key)
        #expect(Pseudonymiser.fileName("01-mette.txt", matcher: matcher) == "01-bo.txt")
        #expect(Pseudonymiser.fileName("Mette interview.md", matcher: matcher) == "Bo interview.md")
        #expect(Pseudonymiser.fileName("sint-jozef-notes.txt", matcher: matcher) == "naam-school-notes.txt")
        #expect(Pseudonymiser.fileName("02-kim.txt", matcher: matcher) == "02-kim.txt")
        let study = try RawStudy()
        _ = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out))
        let loaded = try StudyLoader().load(study.out)
        #expect(loaded.transcripts.map(\.id) == ["01-bo"])
        #expect(loaded.codingFiles.map(\.transcript) == ["01-bo"])
    }

    @Test("A misspelt key entry names the closest word in the files")
    func misspelt() throws {
        let study = try RawStudy()
        try TestSupport.write(
            "real,replacement\nPieter de Vries,[collega]\nSane,[jongere]\n", to: "key.csv", in: study.root)
        let report = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: nil, dryRun: true))
        let unmatched = try #require(report.diagnostics.first { $0.message.contains("`Sane` never occurs") })
        #expect(unmatched.notes == ["did you mean `Sanne` (\(study.raw)/01-mette.txt:4:30)?"])
    }

    @Test("A dry run writes nothing; a second run refuses to overwrite without --force")
    func dryRunAndOverwrite() throws {
        let study = try RawStudy()
        let dry = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out, dryRun: true))
        #expect(dry.totalReplacements == 9)
        #expect(!dry.wroteFiles)
        #expect(!FileManager.default.fileExists(atPath: study.out))
        _ = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out))
        #expect(throws: QDAError.outputExists(path: Paths.join(study.out, "01-bo.txt"))) {
            try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out))
        }
        let forced = try Pseudonymiser.run(
            .init(inputs: [study.raw], keyPath: study.key, output: study.out, overwrite: true))
        #expect(forced.wroteFiles)
    }

    @Test("Never in place: --out may not be the input, and a file is never written over itself")
    func neverInPlace() throws {
        let study = try RawStudy()
        #expect(throws: QDAError.self) {
            try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.raw, overwrite: true))
        }
        let transcript = Paths.join(study.raw, "01-mette.txt")
        #expect(throws: QDAError.self) {
            try Pseudonymiser.run(.init(inputs: [transcript], keyPath: study.key, output: study.raw, overwrite: true))
        }
        #expect(
            throws: QDAError.usage(
                "say where to write the pseudonymised files with --out DIR (they are never written over the originals), or use --dry-run"
            )
        ) {
            try Pseudonymiser.run(.init(inputs: [transcript], keyPath: study.key, output: nil))
        }
        #expect(try String(contentsOfFile: transcript, encoding: .utf8).contains("Mette Jansen"))
    }

    @Test("A key inside the input folder is not copied, with a warning")
    func keyInsideInput() throws {
        let study = try RawStudy()
        let key = try TestSupport.write("real,replacement\nSanne,[jongere]\n", to: "raw/key.csv", in: study.root)
        let report = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: key, output: study.out))
        #expect(!FileManager.default.fileExists(atPath: Paths.join(study.out, "key.csv")))
        #expect(
            report.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("the key file is inside") })
    }

    @Test("An unreadable input stops the run before anything is written")
    func unreadableInput() throws {
        let study = try RawStudy()
        var bytes = Data("Kim: caf".utf8)
        bytes.append(0xE9)
        try bytes.write(to: URL(fileURLWithPath: Paths.join(study.raw, "02-kim.txt")))
        let report = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out))
        #expect(report.hasErrors)
        #expect(!report.wroteFiles)
        #expect(!FileManager.default.fileExists(atPath: study.out))
        #expect(report.diagnostics.contains { $0.message.contains("--encoding windows-1252") })
        let converted = try Pseudonymiser.run(
            .init(inputs: [study.raw], keyPath: study.key, output: study.out, encoding: .windows1252))
        #expect(converted.wroteFiles)
        #expect(try study.read("02-kim.txt") == "Kim: café")
    }

    @Test("A key with errors is refused: a name left out of the key would leak")
    func brokenKey() throws {
        let study = try RawStudy()
        try TestSupport.write("real,replacement\nSanne,\n", to: "key.csv", in: study.root)
        #expect(throws: QDAError.self) {
            try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out))
        }
        #expect(!FileManager.default.fileExists(atPath: study.out))
    }

    @Test("Lower-case matches are replaced and flagged for checking")
    func lowerCase() throws {
        let study = try RawStudy()
        try TestSupport.write("Kim: een roos voor Roos\n", to: "raw/02-kim.txt", in: study.root)
        try TestSupport.write("real,replacement\nRoos,Lisa\n", to: "key.csv", in: study.root)
        let report = try Pseudonymiser.run(
            .init(inputs: [Paths.join(study.raw, "02-kim.txt")], keyPath: study.key, output: study.out))
        #expect(try study.read("02-kim.txt") == "Kim: een Lisa voor Lisa\n")
        #expect(
            report.diagnostics.map(\.description).contains(
                "\(study.raw)/02-kim.txt:1:10: warning: `roos` is written in lower case but was replaced as the name `Roos`; check that it is the name and not an ordinary word"
            ))
    }

    @Test("The text report lists entries, files and what was written")
    func rendered() throws {
        let study = try RawStudy()
        let report = try Pseudonymiser.run(.init(inputs: [study.raw], keyPath: study.key, output: study.out))
        let text = report.rendered
        #expect(text.contains("Kees → Sam"))
        #expect(text.contains("never matched"))
        #expect(text.contains("9 replacements in 3 files; written to \(study.out)"))
    }
}
