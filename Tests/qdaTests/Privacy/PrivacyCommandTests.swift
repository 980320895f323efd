import Foundation
import Testing

@testable import qda

@Suite("qda pseudonymise and qda check --key")
struct PrivacyCommandTests {
    @Test("pseudonymise takes inputs, a key, an output folder and flags")
    func arguments() throws {
        let command = try Pseudonymise.parse(["raw", "extra.txt", "--key", "key.csv", "--out", "study", "--dry-run"])
        #expect(command.inputs == ["raw", "extra.txt"])
        #expect(command.key == "key.csv")
        #expect(command.out == "study")
        #expect(command.dryRun)
        let suggest = try Pseudonymise.parse(["raw", "--suggest"])
        #expect(suggest.suggest)
        #expect(suggest.key == nil)
    }

    @Test("pseudonymise without a key, an output folder or inputs is a usage error")
    func usage() {
        #expect(throws: (any Error).self) { try Pseudonymise.parse(["raw", "--out", "study"]) }
        #expect(throws: (any Error).self) { try Pseudonymise.parse(["raw", "--key", "key.csv"]) }
        #expect(throws: (any Error).self) { try Pseudonymise.parse(["--key", "key.csv", "--out", "study"]) }
    }

    @Test("check takes --key")
    func checkKey() throws {
        let command = try Check.parse(["SampleTranscripts", "--key", "../key.csv"])
        #expect(command.key == "../key.csv")
    }

    @Test("qda check --key exits 1 and points at a planted name; pseudonymise then check passes")
    func endToEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qda-privacy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let example = package.appendingPathComponent("Examples/pseudonymise")
        let study = folder.appendingPathComponent("study").path
        let key = example.appendingPathComponent("key.csv").path
        let write = try PrivateAttributeTests.run([
            "pseudonymise", example.appendingPathComponent("raw").path, "--key", key, "--out", study,
        ])
        #expect(write.status == 0, "\(write.output)")
        let clean = try PrivateAttributeTests.run(["check", study, "--key", key])
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.contains("0 errors"))
        // A coder copies a quote from the raw transcript instead of the pseudonymised one.
        let codings = folder.appendingPathComponent("study/codings/anna")
        try FileManager.default.createDirectory(at: codings, withIntermediateDirectories: true)
        try "turn\tcode\tquote\tmemo\n8\tBegeleiding\tIk belde Josephine elke twee weken\t\n".write(
            to: codings.appendingPathComponent("01-bo.tsv"), atomically: true, encoding: .utf8)
        let leak = try PrivateAttributeTests.run(["check", study, "--key", key])
        #expect(leak.status == 1)
        #expect(
            leak.output.contains(
                "\(study)/codings/anna/01-bo.tsv:2:24: error: real name `Josephine` (key line 7); replace it with `[oprichter Back on Traxx]`"
            ))
    }
}
