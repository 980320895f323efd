import Foundation
import Testing

@testable import QDAKit

@Suite("Speaker lines and timestamps, read without allocating")
struct SpeakerLineTests {
    static let shapes = [
        "[00:00:04] Interviewer: Hoe kom je in contact?", "(00:04) Kim: ja", "00:00:04 Kim: ja", "Kim: ja",
        "  [1:02:03.5]\tMette Jansen:\ttekst", "[00:00:04 - 00:00:09] Kim: ja", "[00:04.000 --> 00:09.000] Kim: ja",
        "[ 00:12 ] Kim: ja", "[00:12] Let op: dit is geen spreker", "12:30 Kim: ja", "12:30: Kim", "Kim:",
        "Kim :ja", "Kim:ja", "Een heel lange zin met veel woorden: hier", "Dr. O’Neill-Smit: ja", "I: vraag",
        "[12:61] Kim: ja", "[123:45:67] Kim: ja", "[1:2:3] Kim: ja", "[00:00,5] Kim: ja", "[00:00.5.5] Kim: ja",
        "Ⅻ: romeins", "² Kim: ja", "٣٣:٣٣ Kim: ja", "[€] Kim: ja", "(Kim): ja", "Kim 2: ja", "K1m_x-y.z'a: ja",
        "[00:00:04]Kim: ja", "Één: ja", String(repeating: "a", count: 41) + ": ja",
        String(repeating: " ", count: 95) + "K: ja", String(repeating: "x", count: 95) + ":",
    ]

    @Test("The recogniser agrees with the straightforward one on every shape and on random lines")
    func agreesWithReference() throws {
        let lines =
            Self.shapes + (try EdgeCaseText.sampleLines()) + EdgeCaseText.strings(count: 20_000, length: 14, seed: 11)
        for text in lines {
            let line = Substring(text)
            let fast = SpeakerLine.recognise(line)
            let reference = Reference.speakerLine(line)
            #expect((fast == nil) == (reference == nil), "\(text.debugDescription)")
            guard let fast, let reference else { continue }
            #expect(fast.timestamp == reference.0, "\(text.debugDescription)")
            #expect(fast.label == reference.1 && fast.labelColumn == reference.2, "\(text.debugDescription)")
            #expect(fast.bodyOffset == reference.3, "\(text.debugDescription)")
            let scalars = Array(line.unicodeScalars)
            let bytesBefore = String(String.UnicodeScalarView(scalars[..<fast.bodyOffset])).utf8.count
            #expect(fast.bodyByteOffset == bytesBefore)
        }
        #expect(SpeakerLine.recognise("[00:01:02] Kim: ja")?.timestamp == Timestamp(seconds: 62))
    }

    @Test("Timestamps of digits, colons, points and commas parse as the general parser parses them")
    func stampScalars() {
        let symbols: [Character] = ["0", "1", "2", "5", "6", "9", ":", ":", ".", ","]
        var state: UInt64 = 3
        var texts = ["00:04", "1:02:03", "1:02:03.5", "12:30,25", "123:59", "1234:00", "00:60", "1:60:00", "::", ""]
        for _ in 0..<50_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            var text = ""
            for step in 0..<length {
                text.append(symbols[Int((state >> UInt64(4 * step % 56)) & 0xFF) % symbols.count])
            }
            texts.append(text)
        }
        for text in texts {
            #expect(Timestamp(stampScalars: text.unicodeScalars) == Timestamp(parsing: text), "\(text)")
        }
        #expect(Timestamp(stampScalars: "00:04 ".unicodeScalars) == nil)
        #expect(Timestamp(stampScalars: "1:02:03.250".unicodeScalars)?.seconds == 3723.25)
    }

    @Test("A turn's text starts and ends where the straightforward trimming says")
    func trimmedSpans() throws {
        for text in Self.shapes + EdgeCaseText.strings(count: 10_000, length: 10, seed: 5) {
            var line = Substring(text)
            let scalarCount = line.unicodeScalars.count
            for offset in [0, 1, 3, scalarCount] where offset <= scalarCount {
                let byteOffset = String(String.UnicodeScalarView(line.unicodeScalars.prefix(offset))).utf8.count
                let fast = line.withUTF8 {
                    UTF8Scan.trimmedSpan($0, from: byteOffset, scalarStart: offset, scalarEnd: scalarCount)
                }
                let reference = Reference.trimmedSpan(line, from: offset)
                #expect(fast?.0 == reference?.0 && fast?.1 == reference?.1, "\(text.debugDescription) from \(offset)")
            }
        }
    }
}
