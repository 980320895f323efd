import Foundation
import Testing

@testable import QDAKit

@Suite("The Markdown agreement report lists at most 50 disputed units per code; JSON lists all")
struct DisagreementListTests {
    /// One interview of 60 participant turns: anna codes `Warm` on every one, bram on the
    /// first 5 only, so 55 units are disputed on `Warm`.
    static func study() throws -> String {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("Large")
        var transcript = "---\nparticipant: Kim\n---\n"
        var anna = "turn\tcode\n"
        var bram = "turn\tcode\n"
        for number in 1...60 {
            transcript += "Interviewer: Vraag \(number)?\nKim: Antwoord nummer \(number) over de groep.\n"
            anna += "\(2 * number)\tWarm\n"
            if number <= 5 { bram += "\(2 * number)\tWarm\n" }
        }
        try TestSupport.write(transcript, to: "01-kim.txt", in: folder)
        try TestSupport.write(anna, to: "codings/anna/01-kim.tsv", in: folder)
        try TestSupport.write(bram, to: "codings/bram/01-kim.tsv", in: folder)
        return folder.path
    }

    @Test("Markdown: 50 listed with their text, then how many more and where to find them")
    func markdownIsCapped() throws {
        let markdown = try Agreement.run(
            studyAt: try Self.study(), options: AgreementOptions(coders: ["anna", "bram"]), format: .markdown)
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines.contains("### Warm — 55 disputed (anna applied it on 55, bram applied it on 0)"))
        let listed = lines.filter { $0.hasPrefix("- **01-kim, turn ") }
        #expect(listed.count == 50)
        #expect(lines.filter { $0 == "  anna: **Warm** · bram: —" }.count == 50)
        // In transcript order: turns 12, 14, …, 110 (turns 2–10 are agreed on).
        #expect(listed.first == "- **01-kim, turn 12** “Antwoord nummer 6 over de groep.”  ")
        #expect(listed.last == "- **01-kim, turn 110** “Antwoord nummer 55 over de groep.”  ")
        #expect(lines.contains("- … and 5 more participant turns (`--format json` lists every one with its text)"))
        // A study of one transcript is described in the singular.
        #expect(markdown.contains("> Het enige transcript (01-kim) is onafhankelijk gecodeerd door twee codeurs"))
        #expect(markdown.contains("> The one transcript (01-kim) was coded independently by two coders"))
        #expect(markdown.contains("; de kappa over de ene code was κ = 0,00"))
        #expect(markdown.contains("; kappa over the one code was κ = 0.00"))
        #expect(markdown.contains("De gemiddelde κ per code was 0,00 (1 code)."))
        #expect(markdown.contains("The mean κ per code was 0.00 (1 code)."))
    }

    @Test("JSON: every disputed unit with its text")
    func jsonListsAll() throws {
        let report = try AgreementAnalysis.analyse(
            try StudyLoader().load(try Self.study()), options: AgreementOptions(coders: ["anna", "bram"]))
        let units = try #require(report.disagreements.first { $0.code == "Warm" }).units
        #expect(units.count == 55)
        #expect(units.last?.text == "Antwoord nummer 60 over de groep.")
        #expect(units.allSatisfy { !$0.text.isEmpty && $0.codes == [["Warm"], []] })
    }
}
