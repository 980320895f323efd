import Foundation
import Testing

@testable import QDAKit

@Suite("Quote matching against turns collapsed once")
struct CollapsedTurnsTests {
    @Test("Turns collapsed once and joined equal the turns collapsed together")
    func joinedEqualsTogether() throws {
        let study = try StudyLoader().load(TestSupport.sampleStudy.path)
        let text = "Kim: Een  hele\twarme plek.\n\nMet  ruimte.\nInterviewer: En?\nKim: \u{A0}Één café,\r\nideeën.\n"
        let extra = try #require(TestSupport.parse(text).transcript)
        for transcript in study.transcripts + [extra] {
            var collapsed = CollapsedTurns(transcript)
            let count = transcript.turns.count
            for first in 1...count {
                for last in first...min(count, first + 3) {
                    let joined = collapsed.text(of: first...last)
                    let together = CollapsedText(Array(transcript.turns[(first - 1)..<last]))
                    #expect(joined.scalars == together.scalars && joined.offsets == together.offsets)
                }
            }
            let others = collapsed.others(excluding: 2...3)
            #expect(others.map(\.0) == transcript.turns.filter { !$0.isInterviewer && !(2...3).contains($0.number) }.map(\.number))
        }
    }

    @Test("A quote found through the collapsed turns is found as through the turns")
    func sameOutcome() throws {
        let text = "Kim: Een hele warme plek, zei ze.\nInterviewer: En verder?\nKim: Het is een WARME plek…\nen rustig.\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        var collapsed = CollapsedTurns(transcript)
        for quote in ["hele warme plek", "“een warme plek”", "Het is … rustig", "En verder?", "warme plek, zei ze", "niets"] {
            for turns in [1...1, 3...3, 1...3] {
                let named = Array(transcript.turns[(turns.lowerBound - 1)..<turns.upperBound])
                let others = transcript.turns.filter { !turns.contains($0.number) }
                let direct = QuoteMatcher.match(quote, in: named, others: others)
                let cached = QuoteMatcher.match(
                    quote, in: collapsed.text(of: turns), others: { collapsed.others(excluding: turns) })
                #expect(direct == cached, "\(quote) in \(turns)")
            }
        }
    }
}
