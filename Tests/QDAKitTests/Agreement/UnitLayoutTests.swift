import Testing

@testable import QDAKit

@Suite("Agreement units")
struct UnitLayoutTests {
    @Test(
        "Sentences end at . ! ? … before a capital, not inside abbreviations or numbers",
        arguments: [
            ("Meestal via de mentor. Dan kijken we.", ["Meestal via de mentor.", "Dan kijken we."]),
            ("Dat is bijv. samen met school. Ja!", ["Dat is bijv. samen met school.", "Ja!"]),
            ("Het kost 3.5 uur. “Echt?” Ja.", ["Het kost 3.5 uur.", "“Echt?”", "Ja."]),
            ("Geen punt aan het eind", ["Geen punt aan het eind"]),
            ("Wat nu?! 12 weken…  Te kort.", ["Wat nu?!", "12 weken…", "Te kort."]),
        ])
    func sentences(text: String, expected: [String]) {
        let scalars = Array(text.unicodeScalars)
        let found = SentenceSplitter.sentences(in: text).map { range in
            String(String.UnicodeScalarView(scalars[range]))
        }
        #expect(found == expected)
    }

    static let text = """
        Interviewer: Vraag één?
        Kim: Eerste alinea. Tweede zin.

        Tweede alinea.
        Interviewer: Vraag twee?
        Kim: Kort.
        """

    @Test("Interviewer turns are never units; paragraphs and sentences split participant turns")
    func layout() throws {
        let transcript = try #require(TestSupport.parse(Self.text).transcript)
        #expect(UnitLayout(transcripts: [transcript], kind: .turn).unitCount == 2)
        #expect(UnitLayout(transcripts: [transcript], kind: .paragraph).unitCount == 3)
        #expect(UnitLayout(transcripts: [transcript], kind: .sentence).unitCount == 4)
        #expect(UnitLayout(transcripts: [transcript], kind: .transcript).unitCount == 1)
        let characters = UnitLayout(transcripts: [transcript], kind: .character)
        #expect(characters.unitCount == transcript.participantTurns.reduce(0) { $0 + $1.range.count })
    }

    @Test("A coding marks every unit its range overlaps, and none in interviewer turns")
    func overlap() throws {
        let transcript = try #require(TestSupport.parse(Self.text).transcript)
        let layout = UnitLayout(transcripts: [transcript], kind: .sentence)
        let turn = transcript.turns[1]
        var marked: [Int] = []
        layout.forEachUnit(overlapping: turn.range, in: transcript.id) { marked += Array($0) }
        #expect(marked == [0, 1, 2])
        marked = []
        layout.forEachUnit(overlapping: transcript.turns[0].range, in: transcript.id) { marked += Array($0) }
        #expect(marked.isEmpty)
        let whole = transcript.turns[0].range.lowerBound..<transcript.turns[3].range.upperBound
        marked = []
        layout.forEachUnit(overlapping: whole, in: transcript.id) { marked += Array($0) }
        #expect(marked == [0, 1, 2, 3])
        let characters = UnitLayout(transcripts: [transcript], kind: .character)
        var runs: [Range<Int>] = []
        characters.forEachUnit(
            overlapping: (turn.range.lowerBound + 2)..<(turn.range.lowerBound + 5), in: transcript.id
        ) {
            runs.append($0)
        }
        #expect(runs == [2..<5])
        #expect(characters.location(of: 3).range == (turn.range.lowerBound + 3)..<(turn.range.lowerBound + 4))
    }

    @Test("Bit sets count intersections and ranges across word boundaries")
    func bits() {
        var one = UnitBits(count: 200)
        one.insert(60..<130)
        var other = UnitBits(count: 200)
        other.insert(0..<64)
        other.insert(199)
        #expect(one.population == 70)
        #expect(one.intersectionCount(other) == 4)
        #expect(one.union(other).population == 131)
        var seen: [Int] = []
        other.intersection(one).forEach { seen.append($0) }
        #expect(seen == [60, 61, 62, 63])
    }
}
