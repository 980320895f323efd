import Foundation
import Testing

@testable import QDAKit

@Suite("Files are listed with numbers in their names in numeric order, as Foundation orders them")
struct NameOrderTests {
    @Test("Numbers in names compare as numbers")
    func numbersCompareAsNumbers() {
        #expect(
            NameOrder.sorted(["t10.txt", "t2.txt", "t1.txt", "t01b.txt", "T3.txt", "interview-100", "interview-20"])
                == ["T3.txt", "interview-20", "interview-100", "t1.txt", "t01b.txt", "t2.txt", "t10.txt"])
        #expect(NameOrder.asciiOrder("a9b", "a10") == .orderedAscending)
        #expect(NameOrder.asciiOrder("a10", "a10") == .orderedSame)
    }

    @Test("Names this cannot order the way Foundation does are left to Foundation")
    func undecidedNamesAreLeftToFoundation() {
        #expect(NameOrder.asciiOrder("t01", "t1") == nil)  // the same number, other zeros
        #expect(NameOrder.asciiOrder("één", "een") == nil)  // not ASCII
        #expect(NameOrder.asciiOrder("ab", "abé") == nil)
        #expect(NameOrder.precedes("ab", "abé") == ("ab".compare("abé", options: .numeric) == .orderedAscending))
    }

    @Test("The order equals Foundation's numeric comparison on 20,000 random pairs of names")
    func sameOrderAsFoundation() {
        let pieces = [
            "a", "b", "A", "Z", "t", "0", "00", "1", "2", "9", "10", "007", "-", "_", ".", " ", "~", "é", "txt",
        ]
        var random = SeededGenerator(state: 11)
        func next() -> Int {
            random.nextInt()
        }
        func name() -> String { (0..<(next() % 6)).map { _ in pieces[next() % pieces.count] }.joined() }
        var decided = 0
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let (first, second) = (name(), name())
            let foundation = first.compare(second, options: .numeric)
            if let order = NameOrder.asciiOrder(first, second) {
                decided += 1
                if order != foundation { mismatches.append("\"\(first)\" vs \"\(second)\"") }
            }
            #expect(NameOrder.precedes(first, second) == (foundation == .orderedAscending))
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        // Most pairs are decided without Foundation (else the fast path would not be one).
        #expect(decided > 10_000)
    }
}
