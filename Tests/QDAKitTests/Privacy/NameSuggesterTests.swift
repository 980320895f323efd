import Foundation
import Testing

@testable import QDAKit

@Suite("Name suggestions (qda pseudonymise --suggest)")
struct NameSuggesterTests {
    static let transcript = """
        ---
        participant: Bo
        ---
        [00:00:04] Interviewer: Hoe ging het op maandag in januari?
        [00:00:11] Bo: Goed. Ik belde met Sanne van Dijk uit Zwolle, via WhatsApp.
        Sanne zei toen: "Bel [oprichter Back on Traxx] maar." En Bo vond dat ook.
        [00:01:02] Interviewer: En op de Sint-Jozefschool?
        [00:01:09] Bo: Daar werkt Pieter. Met de GGD en Jeugdzorg ging het
        Prima, zei Pieter.
        """

    static func suggest(_ text: String, key: String? = nil) throws -> NameSuggestions {
        let folder = try TestSupport.temporaryFolder()
        let path = try TestSupport.write(text, to: "01-bo.txt", in: folder)
        let keyPath = try key.map { try TestSupport.write($0, to: "key.csv", in: folder) }
        return try NameSuggester.suggest(inputs: [path], keyPath: keyPath)
    }

    @Test("Capitalised words mid-sentence that are not common words or known pseudonyms, with file:line:col")
    func candidates() throws {
        let result = try Self.suggest(Self.transcript)
        #expect(result.suggestions.map(\.word) == ["Sanne van Dijk", "Zwolle", "Sint-Jozefschool", "Pieter", "Prima"])
        #expect(result.suggestions.map(\.count) == [1, 1, 1, 2, 1])
        #expect(
            result.suggestions.map { $0.locations.map { "\($0.line):\($0.column)" } } == [
                ["5:35"], ["5:54"], ["7:34"], ["8:27", "9:12"], ["9:1"],
            ])
        #expect(result.suggestions.allSatisfy { $0.reason == .capitalised })
        // Left out: the sentence-initial Sanne (6:1), the pseudonym Bo, the placeholder, days
        // and months, WhatsApp, GGD and Jeugdzorg. `Prima` at the start of a line that
        // continues a sentence is suggested: a name broken onto the next line looks the same.
    }

    @Test("With a key, its real names and replacements are known, and unknown speakers are suggested")
    func withKey() throws {
        let key = "real,replacement\nSanne van Dijk,[jongere]\nSanne,[jongere]\nPieter,[collega]\nZwolle,[woonplaats]\n"
        let result = try Self.suggest(Self.transcript, key: key)
        #expect(result.suggestions.map(\.word) == ["Sint-Jozefschool", "Prima", "Bo"])
        #expect(result.suggestions.map(\.reason) == [.capitalised, .capitalised, .speaker])
        #expect(
            result.suggestions[2].diagnostic.description.hasSuffix(
                "01-bo.txt:5:12: warning: speaker `Bo` is neither a real name nor a replacement in the key"))
    }

    @Test("Participants in participants.csv of an input folder are known pseudonyms")
    func participantsTable() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("Kim: Ik sprak Noa en Quinn gisteren.\nKim: ja\n", to: "study/01-kim.txt", in: folder)
        try TestSupport.write("participant\nKim\nNoa\n", to: "study/participants.csv", in: folder)
        let result = try NameSuggester.suggest(inputs: [folder.appendingPathComponent("study").path], keyPath: nil)
        #expect(result.suggestions.map(\.word) == ["Quinn"])
    }

    @Test("Fields of coding files start afresh: code names are not suggested, names in memos are")
    func codingFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = try TestSupport.write(
            "turn\tcode\tquote\tmemo\n4\tKorte lijntjes; Warme plek\tgewoon via de app\tbelde met Sanne\n", to: "a.tsv",
            in: folder)
        let csv = try TestSupport.write("turn,code,memo\n4,Korte lijntjes,Warm\n", to: "b.csv", in: folder)
        let result = try NameSuggester.suggest(inputs: [path, csv], keyPath: nil)
        #expect(result.suggestions.map(\.word) == ["Sanne"])
    }

    @Test("The sample study's suggestions are its places and organisations, not its pseudonyms")
    func sampleStudy() throws {
        let result = try NameSuggester.suggest(inputs: [TestSupport.sampleStudy.path], keyPath: nil)
        let words = Set(result.suggestions.map(\.word))
        for pseudonym in ["Bo", "Mika", "Noa", "Kim", "Jamie", "Quinn", "Charlie", "Jesse", "Jip", "Kai"] {
            #expect(!words.contains(pseudonym))
        }
        #expect(words.contains("Back on Traxx"))
        #expect(words.contains("Groningen"))
        #expect(result.diagnostics.isEmpty)
    }
}
