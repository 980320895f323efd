import Foundation
import Testing

/// Runs every `qda` command on a copy of the sample study and searches everything they
/// print and write for the private attribute (`leeftijd` in the sample's qda.json).
///
/// Ages such as `44` can occur in any text, so the copy's private values are replaced by
/// unique markers that can only come from the private column, and one transcript header
/// gets a private field too. A non-private header field is the control: `qda show --format
/// json` does print it, which shows that the search would see a leak on that path.
///
/// To cover a new command, add a row to `invocations`.
@Suite("Private attributes never reach output", .serialized)
struct PrivateAttributeTests {
    /// One row: the command lines to run in order (`{study}`, `{codebook}`, `{key}` and
    /// `{out}` are filled in), and what is exempt.
    struct Invocation: Sendable, CustomStringConvertible {
        var name: String
        var commands: [[String]]
        /// `qda pseudonymise` and `qda import` write a copy of the files they are given, every
        /// field included: the copy is the study's input, and its qda.json keeps the
        /// attribute private. Their written files are searched for the participants.csv
        /// markers only (they were not given that file).
        var copiesInput = false
        /// A leak that is known and reported, but not yet fixed.
        var knownLeak: String?

        var description: String { name }
    }

    static let invocations: [Invocation] = [
        .init(name: "check", commands: [["check", "{study}"]]),
        .init(name: "check json", commands: [["check", "{study}", "--format", "json"]]),
        .init(name: "check with key", commands: [["check", "{study}", "--key", "{key}"]]),
        .init(name: "show", commands: [["show", "{study}/01-bo.txt"]]),
        .init(name: "show json", commands: [["show", "{study}/01-bo.txt", "--format", "json"]]),
        .init(name: "worksheet", commands: [["worksheet", "{study}/01-bo.txt", "--coder", "zoe"]]),
        .init(
            name: "worksheet stdout",
            commands: [["worksheet", "{study}/02-mika.txt", "--coder", "zoe", "-o", "-", "--tsv"]]),
        .init(name: "codebook show", commands: [["codebook", "show", "{codebook}"]]),
        .init(name: "codebook show csv", commands: [["codebook", "show", "{codebook}", "--format", "csv"]]),
        .init(
            name: "codebook convert",
            commands: [["codebook", "convert", "{codebook}", "--to", "json", "-o", "{out}/codebook.json"]]),
        .init(name: "codebook lint", commands: [["codebook", "lint", "{codebook}"]]),
        .init(name: "agree", commands: [["agree", "{study}", "--coders", "anna,bram"]]),
        .init(name: "agree json", commands: [["agree", "{study}", "--coders", "anna,bram", "--format", "json"]]),
        .init(name: "freq", commands: [["freq", "{study}"]]),
        .init(name: "freq json with quotes", commands: [["freq", "{study}", "--format", "json", "--quotes"]]),
        .init(
            name: "freq csv by sector",
            commands: [["freq", "{study}", "--format", "csv", "--by", "sector", "-o", "{out}/freq.csv"]]),
        .init(
            name: "freq all tables",
            commands: [
                [
                    "freq", "{study}", "--table", "codes", "--table", "groups", "--table", "matrix", "--table",
                    "presence", "--table", "cooccurrence", "--table", "saturation",
                ]
            ]),
        .init(name: "freq by a private attribute", commands: [["freq", "{study}", "--by", "leeftijd"]]),
        .init(
            name: "freq by a private attribute, allowed",
            commands: [["freq", "{study}", "--by", "leeftijd", "--allow-private"]],
            knownLeak:
                "--allow-private names each group by its value: with one participant per group that is the participant's value"
        ),
        .init(name: "report", commands: [["report", "{study}", "-o", "{out}/report"]]),
        .init(name: "report html", commands: [["report", "{study}", "--format", "html", "-o", "{out}/report-html"]]),
        .init(
            name: "report grouped by a private attribute",
            commands: [["report", "{study}", "--group-by", "leeftijd", "-o", "{out}/report-private"]]),
        .init(name: "autocode dry run", commands: [["autocode", "{study}", "--dry-run"]]),
        .init(name: "autocode", commands: [["autocode", "{study}"]]),
        .init(name: "suggest", commands: [["suggest", "{study}"]]),
        .init(name: "suggest json", commands: [["suggest", "{study}", "--format", "json"]]),
        .init(name: "export qdpx", commands: [["export", "qdpx", "{study}", "-o", "{out}/study.qdpx"]]),
        .init(
            name: "export and import qdpx",
            commands: [
                ["export", "qdpx", "{study}", "-o", "{out}/study.qdpx"],
                ["import", "{out}/study.qdpx", "--to", "{out}/imported"],
            ]),
        .init(
            name: "import a transcript", commands: [["import", "{study}/01-bo.txt", "--to", "{out}/imported"]],
            copiesInput: true),
        .init(
            name: "pseudonymise",
            commands: [
                ["pseudonymise", "{study}/01-bo.txt", "{study}/codings", "--key", "{key}", "--out", "{out}/pseudo"]
            ],
            copiesInput: true),
        .init(
            name: "pseudonymise json",
            commands: [["pseudonymise", "{study}/01-bo.txt", "--key", "{key}", "--dry-run", "--format", "json"]]),
        .init(name: "pseudonymise suggest", commands: [["pseudonymise", "{study}", "--suggest"]]),
        .init(
            name: "pseudonymise suggest json",
            commands: [["pseudonymise", "{study}", "--suggest", "--key", "{key}", "--format", "json"]]),
    ]

    /// The private marker for each participant, and the one in a transcript header.
    static func marker(_ participant: String) -> String { "PRIV\(participant.uppercased())7F3A" }
    static let headerMarker = "PRIVHEADER9C1E"
    static let controlMarker = "CONTROLREGIO55"

    struct Copy {
        let root: URL
        var study: String { root.appendingPathComponent("SampleTranscripts").path }
        var codebook: String { root.appendingPathComponent("CodeBooks/back-on-traxx.md").path }
        var key: String { root.appendingPathComponent("key.csv").path }
        var out: String { root.appendingPathComponent("out").path }
        var participants: [String] = []

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("qda-private-\(UUID().uuidString)")
            let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            for folder in ["SampleTranscripts", "CodeBooks"] {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
                try FileManager.default.copyItem(
                    at: package.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            try? FileManager.default.removeItem(atPath: study + "/report")
            // Replace the private column's values with markers.
            let table = try String(contentsOfFile: study + "/participants.csv", encoding: .utf8)
            var lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let header = lines[0].split(separator: ",").map(String.init)
            let column = try #require(header.firstIndex(of: "leeftijd"))
            for index in lines.indices.dropFirst() where !lines[index].isEmpty {
                var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                participants.append(fields[0])
                fields[column] = PrivateAttributeTests.marker(fields[0])
                lines[index] = fields.joined(separator: ",")
            }
            try lines.joined(separator: "\n").write(
                toFile: study + "/participants.csv", atomically: true, encoding: .utf8)
            // A private field and a control field in a transcript's header.
            let transcript = try String(contentsOfFile: study + "/01-bo.txt", encoding: .utf8)
            let marked = transcript.replacingOccurrences(
                of: "participant: Bo\n",
                with:
                    "participant: Bo\nleeftijd: \(PrivateAttributeTests.headerMarker)\nregio: \(PrivateAttributeTests.controlMarker)\n"
            )
            #expect(marked != transcript)
            try marked.write(toFile: study + "/01-bo.txt", atomically: true, encoding: .utf8)
            try "real,replacement\nMette Jansen,Bo\n".write(toFile: key, atomically: true, encoding: .utf8)
        }

        func fill(_ arguments: [String]) -> [String] {
            arguments.map {
                $0.replacingOccurrences(of: "{study}", with: study).replacingOccurrences(
                    of: "{codebook}", with: codebook
                )
                .replacingOccurrences(of: "{key}", with: key).replacingOccurrences(of: "{out}", with: out)
            }
        }
    }

    /// The `qda` executable built next to the test bundle.
    static func executable() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("qda"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("qda"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qda"),
        ]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
    }

    /// Runs qda and returns its standard output and error together, and its exit status.
    static func run(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    /// The private values, and `leeftijd` where it would name the attribute: a header key
    /// (`leeftijd: …`), a JSON key or value (`"leeftijd"`), a CSV, TSV or table column. The
    /// word itself occurs in ordinary text (`verschillen in leeftijd, opleiding`).
    static func leaks(in text: String, participants: [String]) -> [String] {
        var found = (participants.map(marker) + [headerMarker]).filter { text.contains($0) }
        let patterns = [
            #"(?m)^\s*leeftijd\s*:"#, #""leeftijd""#, #"(?m)(^|[,;\t|])\s*leeftijd\s*([,;\t|]|$)"#,
        ]
        for pattern in patterns {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
                found.append(String(text[Range(match.range, in: text)!]))
            }
        }
        return found
    }

    /// Every regular file under `folder`, with its size and modification date.
    static func snapshot(_ folder: String) -> [String: String] {
        var files: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        for case let relative as String in enumerator {
            let path = folder + "/" + relative
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                attributes[.type] as? FileAttributeType == .typeRegular
            else { continue }
            files[path] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? 0)"
        }
        return files
    }

    /// The text of a written file; a ZIP archive (`.qdpx`) is unpacked with `unzip -p`.
    static func text(of path: String) throws -> String {
        guard path.hasSuffix(".qdpx") || path.hasSuffix(".zip") || path.hasSuffix(".docx") else {
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        }
        let unzip = "/usr/bin/unzip"
        guard FileManager.default.isExecutableFile(atPath: unzip) else {
            Issue.record("\(unzip) is needed to search \(path)")
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unzip)
        process.arguments = ["-p", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("No command prints or writes a private value", arguments: invocations)
    func noLeak(invocation: Invocation) throws {
        let copy = try Copy()
        defer { try? FileManager.default.removeItem(at: copy.root) }
        let before = Self.snapshot(copy.root.path)
        var leaks: [String] = []
        for command in invocation.commands {
            let (output, status) = try Self.run(copy.fill(command))
            #expect(
                status == 0 || status == 1 || status == 64, "\(command) exited with \(status): \(output.prefix(500))")
            leaks += Self.leaks(in: output, participants: copy.participants).map { "printed \($0)" }
        }
        // Everything the commands wrote or changed, in the study, the codebooks or the output folder.
        let after = Self.snapshot(copy.root.path)
        let written = after.keys.filter { before[$0] != after[$0] }.sorted()
        for path in written {
            var found = Self.leaks(in: try Self.text(of: path), participants: copy.participants)
            if invocation.copiesInput {
                found = found.filter { $0.hasPrefix("PRIV") && $0 != Self.headerMarker }
            }
            leaks += found.map { "wrote \($0) to \(path)" }
        }
        if let known = invocation.knownLeak {
            withKnownIssue(Comment(rawValue: known)) { #expect(leaks.isEmpty) }
        } else {
            #expect(leaks.isEmpty, "\(invocation.name): \(leaks.prefix(5))")
        }
    }

    @Test("The search works: the markers are in the inputs, and a non-private header field is printed")
    func control() throws {
        let copy = try Copy()
        defer { try? FileManager.default.removeItem(at: copy.root) }
        let table = try String(contentsOfFile: copy.study + "/participants.csv", encoding: .utf8)
        #expect(Self.leaks(in: table, participants: copy.participants).count == copy.participants.count + 1)
        #expect(copy.participants.count == 10)
        let (output, _) = try Self.run(copy.fill(["show", "{study}/01-bo.txt", "--format", "json"]))
        #expect(output.contains(Self.controlMarker))
        #expect(!output.contains(Self.headerMarker))
    }
}
