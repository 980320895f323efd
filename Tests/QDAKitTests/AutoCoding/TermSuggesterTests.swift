import Foundation
import Testing

@testable import QDAKit

@Suite("Suggesting codes")
struct TermSuggesterTests {
    /// Three interviews about school; each also mentions the farm dog, which nobody coded.
    func plantedStudy() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let people = ["Bo", "Kim", "Noa"]
        for (index, name) in people.enumerated() {
            let dog =
                index == 1
                ? "De hond van de boerderij was er altijd. Zonder die hond was ze nooit gekomen, de hond gaf rust."
                : "Op de boerderij liep een hond rond. Die hond maakte het contact makkelijker."
            let text = """
                ---
                participant: \(name)
                ---
                Interviewer: Hoe merk je dat een jongere uitvalt?
                \(name): De jongere verzuimt, de school belt, de cijfers zakken. Het rooster past niet meer.
                Interviewer: Wat deed de school?
                \(name): De school maakte een plan met de mentor. De jongere kreeg een ander rooster.
                Interviewer: Wat viel je op aan de plek?
                \(name): \(dog) De jongere vond de school daar minder belangrijk.
                Interviewer: En daarna?
                \(name): Weer naar school, met een nieuw rooster en een mentor. [naam school] hielp mee, [naam school] belde.
                """
            try TestSupport.write(text, to: "0\(index + 1)-\(name.lowercased()).txt", in: folder)
            try TestSupport.write(
                "turn\tcode\n2\tSignalen\n4\tEigen begeleiding\n8\tTerug naar school\n",
                to: "codings/anna/0\(index + 1)-\(name.lowercased()).tsv", in: folder)
        }
        return folder
    }

    @Test("a theme nobody coded comes out on top, with context lines and participants")
    func plantedTheme() throws {
        let report = try TermSuggester.suggest(studyAt: plantedStudy().path)
        let top = try #require(report.suggestions.first)
        #expect(top.term == "hond")
        #expect(top.uncoveredCount == 7 && top.coveredCount == 0)
        #expect(top.participants == ["Bo", "Kim", "Noa"])
        #expect(top.keyword == "hond")
        #expect(top.contexts.map { "\($0.file):\($0.turn)" } == ["01-bo.txt:6", "02-kim.txt:6", "03-noa.txt:6"])
        #expect(top.contexts[0].match == "hond")
        #expect(top.contexts[0].before.hasSuffix("Op de boerderij liep een "))
        // Words as common in coded text as elsewhere, stop words and placeholders stay out.
        let terms = report.suggestions.map(\.term)
        #expect(!terms.contains("school") && !terms.contains("jongere") && !terms.contains("de"))
        #expect(!terms.contains("naam"))
        let markdown = report.markdown.components(separatedBy: "\n")
        #expect(markdown.contains("## 1. hond"))
        #expect(markdown.contains { $0.hasPrefix("- `01-bo.txt:6` ") && $0.contains("**hond**") })
    }

    @Test("a keyword of the codebook covers its words")
    func keywordsCover() throws {
        let folder = try plantedStudy()
        try TestSupport.write("# C\n\n## T\n\n#### Dieren\nkeywords: hond*\n", to: "codebook.md", in: folder)
        try TestSupport.write("{\"codebook\": \"codebook.md\"}", to: "qda.json", in: folder)
        let report = try TermSuggester.suggest(studyAt: folder.path)
        #expect(!report.suggestions.map(\.term).contains("hond"))
    }

    @Test("the distinctiveness score is zero for a term as frequent in coded as in uncovered text")
    func scoreProperties() {
        let neutral = TermSuggester.distinctiveness(
            uncovered: 10, covered: 10, uncoveredTotal: 1000, coveredTotal: 1000)
        #expect(abs(neutral) < 1e-9)
        let only = TermSuggester.distinctiveness(uncovered: 10, covered: 0, uncoveredTotal: 1000, coveredTotal: 1000)
        let more = TermSuggester.distinctiveness(uncovered: 20, covered: 0, uncoveredTotal: 1000, coveredTotal: 1000)
        #expect(only > 0 && more > only)
        #expect(TermSuggester.distinctiveness(uncovered: 2, covered: 10, uncoveredTotal: 1000, coveredTotal: 1000) < 0)
    }
}
