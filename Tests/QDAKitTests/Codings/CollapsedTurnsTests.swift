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
            #expect(
                others.map(\.0)
                    == transcript.turns.filter { !$0.isInterviewer && !(2...3).contains($0.number) }.map(\.number))
        }
    }

    @Test("A quote found through the collapsed turns is found as through the turns")
    func sameOutcome() throws {
        let text =
            "Kim: Een hele warme plek, zei ze.\nInterviewer: En verder?\nKim: Het is een WARME plek…\nen rustig.\n"
        let transcript = try #require(TestSupport.parse(text).transcript)
        var collapsed = CollapsedTurns(transcript)
        for quote in [
            "hele warme plek", "“een warme plek”", "Het is … rustig", "En verder?", "warme plek, zei ze", "niets",
        ] {
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

    @Test("An exact quote found in the turn's bytes is where matching the collapsed turn finds it")
    func exactRangeAgreesWithMatch() throws {
        let study = try StudyLoader().load(TestSupport.sampleStudy.path)
        let extra = try #require(
            TestSupport.parse(
                "Kim: Een  hele\twarme\u{A0}plek.\n\nMet  ruimte, écht.\r\nInterviewer: En?\nKim: Één café 😀 ideeën.\n"
            )
            .transcript)
        var state: UInt64 = 17
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % max(bound, 1)
        }
        var checked = 0
        for transcript in study.transcripts + [extra] {
            for turn in transcript.turns where !turn.text.isEmpty {
                let words = turn.text.split(whereSeparator: { $0.isWhitespace })
                var quotes = ["niets hiervan", "“\(words.first ?? "")”", String(turn.text.prefix(3)).uppercased()]
                for _ in 0..<4 where !words.isEmpty {
                    let from = next(words.count)
                    let to = min(words.count, from + 1 + next(8))
                    quotes.append(words[from..<to].joined(separator: next(3) == 0 ? "  \n" : " "))
                }
                for quote in quotes where !quote.trimmingWhitespace().isEmpty {
                    let direct = QuoteMatcher.match(quote, in: [turn])
                    let fast = QuoteMatcher.exactRange(of: quote, in: turn)
                    if case .exact(let range) = direct {
                        #expect(fast == range, "\(quote.debugDescription) in \(turn.text.debugDescription)")
                    } else {
                        #expect(fast == nil, "\(quote.debugDescription) in \(turn.text.debugDescription)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 500)
    }
}
