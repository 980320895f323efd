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
    /// A command line; `{study}`, `{codebook}`, `{key}` and `{out}` are filled in.
    ///
    /// `qda pseudonymise` writes a pseudonymised copy of the files it is given, every field
    /// included (the copy is the study's input, and its qda.json keeps the attribute
    /// private), so only what it prints is searched; what it writes is searched for the
    /// markers of participants.csv, which it was not given.
    static let invocations: [(name: String, arguments: [String])] = [
        ("check", ["check", "{study}"]),
        ("check json", ["check", "{study}", "--format", "json"]),
        ("check with key", ["check", "{study}", "--key", "{key}"]),
        ("show", ["show", "{study}/01-bo.txt"]),
        ("show json", ["show", "{study}/01-bo.txt", "--format", "json"]),
        ("worksheet", ["worksheet", "{study}/01-bo.txt", "--coder", "zoe", "-o", "{out}/worksheet.csv"]),
        ("worksheet stdout", ["worksheet", "{study}/02-mika.txt", "--coder", "zoe", "-o", "-", "--tsv"]),
        ("codebook show", ["codebook", "show", "{codebook}"]),
        ("codebook show csv", ["codebook", "show", "{codebook}", "--format", "csv"]),
        ("codebook convert", ["codebook", "convert", "{codebook}", "--to", "json", "-o", "{out}/codebook.json"]),
        ("codebook lint", ["codebook", "lint", "{codebook}"]),
        ("agree", ["agree", "{study}", "--coders", "anna,bram"]),
        ("agree json", ["agree", "{study}", "--coders", "anna,bram", "--format", "json"]),
        ("pseudonymise", ["pseudonymise", "{study}/01-bo.txt", "{study}/codings", "--key", "{key}", "--out", "{out}/pseudo"]),
        ("pseudonymise json", ["pseudonymise", "{study}/01-bo.txt", "--key", "{key}", "--dry-run", "--format", "json"]),
        ("pseudonymise suggest", ["pseudonymise", "{study}", "--suggest"]),
        ("pseudonymise suggest json", ["pseudonymise", "{study}", "--suggest", "--key", "{key}", "--format", "json"]),
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
            try lines.joined(separator: "\n").write(toFile: study + "/participants.csv", atomically: true, encoding: .utf8)
            // A private field and a control field in a transcript's header.
            let transcript = try String(contentsOfFile: study + "/01-bo.txt", encoding: .utf8)
            let marked = transcript.replacingOccurrences(
                of: "participant: Bo\n",
                with: "participant: Bo\nleeftijd: \(PrivateAttributeTests.headerMarker)\nregio: \(PrivateAttributeTests.controlMarker)\n")
            #expect(marked != transcript)
            try marked.write(toFile: study + "/01-bo.txt", atomically: true, encoding: .utf8)
            try "real,replacement\nMette Jansen,Bo\n".write(toFile: key, atomically: true, encoding: .utf8)
        }

        func fill(_ arguments: [String]) -> [String] {
            arguments.map {
                $0.replacingOccurrences(of: "{study}", with: study).replacingOccurrences(of: "{codebook}", with: codebook)
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

    @Test("No command prints or writes a private value", arguments: invocations.map(\.name))
    func noLeak(name: String) throws {
        let copy = try Copy()
        defer { try? FileManager.default.removeItem(at: copy.root) }
        let arguments = try #require(Self.invocations.first { $0.name == name }).arguments
        let (output, status) = try Self.run(copy.fill(arguments))
        #expect(status == 0 || status == 1, "\(name) exited with \(status): \(output.prefix(500))")
        #expect(Self.leaks(in: output, participants: copy.participants).isEmpty, "\(name) printed a private value")
        // Everything written: the output folder, and any file the command added to the study.
        var written: [String] = []
        if let files = FileManager.default.enumerator(atPath: copy.out) {
            for case let file as String in files { written.append(copy.out + "/" + file) }
        }
        if let files = FileManager.default.enumerator(atPath: copy.study + "/codings") {
            for case let file as String in files where file.hasPrefix("zoe") { written.append(copy.study + "/codings/" + file) }
        }
        for path in written {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            var leaks = Self.leaks(in: text, participants: copy.participants)
            if arguments.first == "pseudonymise" {
                leaks = leaks.filter { $0 != Self.headerMarker && !$0.lowercased().hasPrefix("leeftijd") }
            }
            #expect(leaks.isEmpty, "\(name) wrote a private value to \(path)")
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
