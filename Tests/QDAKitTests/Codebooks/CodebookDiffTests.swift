import Foundation
import Testing

@testable import QDAKit

@Suite("Codebook diff")
struct CodebookDiffTests {
    @Test("the sample's draft and final codebooks: renames and merges through aliases")
    func sampleVersions() throws {
        let diff = try CodebookDiff.compare(
            codebookAt: TestSupport.codebooks.appendingPathComponent("back-on-traxx-concept.md").path,
            with: TestSupport.codebooks.appendingPathComponent("back-on-traxx.md").path)
        #expect(diff.oldCounts == [68, 9, 19])
        #expect(diff.newCounts == [61, 9, 19])
        #expect(diff.added.isEmpty && diff.removed.isEmpty && diff.split.isEmpty)
        #expect(diff.renamed == [.init(from: "Reisafstand naar Ezinge", to: "Locatie slecht bereikbaar")])
        #expect(diff.merged.count == 6)
        #expect(
            diff.merged.contains(
                .init(
                    from: ["Onduidelijke financiering", "Eigen bijdrage van ouders", "Onduidelijke aanmeldroute"],
                    into: "Onduidelijkheid over financiering en aanmelding")))
        // Merged into one of the merged codes' own names.
        #expect(
            diff.merged.contains(.init(from: ["Geen nazorg", "Nazorg komt niet van de grond"], into: "Geen nazorg")))
        let lines = diff.markdown.components(separatedBy: "\n")
        #expect(lines.contains("## Renamed (1)"))
        #expect(lines.contains("- **Reisafstand naar Ezinge** → **Locatie slecht bereikbaar**"))
        #expect(lines.contains("- **Zelfinzicht** + **Zelfvertrouwen** → **Meer zelfinzicht en zelfvertrouwen**"))
        #expect(lines.contains("## Merged (6)"))
        #expect(lines.contains("- **Eindevaluatie**"))
        #expect(lines.contains("  - old: Of er aan het eind een evaluatie of eindverslag was."))
    }

    @Test("added, removed, moved, split and changed fields, in Markdown")
    func markdown() {
        let old = CodebookMarkdown.parse(
            """
            # Oud

            ## A

            #### Een
            description: Eerste.
            keywords: een; twee

            #### Twee
            description: Tweede.

            #### Drie
            description: Derde.

            ## B

            #### Vier
            """, path: "old.md"
        ).codebook
        let new = CodebookMarkdown.parse(
            """
            # Nieuw

            ## A

            #### Een
            description: Eerste, beter.
            keywords: een; drie

            #### Tweeënhalf
            description: Tweede.

            #### Drie a
            aliases: Drie

            #### Drie b
            aliases: Drie

            ## B

            #### Vijf
            origin: inductive

            ### Sub

            #### Een bis
            """, path: "new.md"
        ).codebook
        let text = CodebookDiff.compare(old, new, oldPath: "old.md", newPath: "new.md").markdown
        let expected = """
            # Codebook changes

            `old.md` → `new.md`

            Old: 4 codes in 2 themes and 0 subthemes. New: 6 codes in 2 themes and 1 subthemes.

            ## Added (3)

            - **Tweeënhalf** (A)
            - **Vijf** (B, inductive)
            - **Een bis** (B › Sub)

            ## Removed (2)

            - **Twee** (A)
            - **Vier** (B)

            ## Split (1)

            - **Drie** → **Drie a**, **Drie b**

            ## Changed descriptions (1)

            - **Een**
              - old: Eerste.
              - new: Eerste, beter.

            ## Descriptions removed (2)

            - **Drie a** (was: Derde.)
            - **Drie b** (was: Derde.)

            ## Other changes (1)

            - **Een**: keywords added `drie`; removed `twee`

            ## Probably renamed without recording the old name (1)

            - **Twee** → **Tweeënhalf** (same description); add `aliases: Twee` to keep older codings readable

            """
        let actual = text.components(separatedBy: "\n")
        let wanted = expected.components(separatedBy: "\n")
        #expect(actual.count == wanted.count)
        for (line, want) in zip(actual, wanted) { #expect(line == want) }
    }
}
