import Foundation

@testable import QDAKit

/// The straightforward versions of text routines that were rewritten for speed (byte-level
/// scanning, ASCII fast paths, no per-line allocations). The optimised code must give exactly
/// what these give; the tests compare them on the sample study and on generated text full of
/// edge cases.
enum Reference {
    static func collapseWhitespace(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func trimmingWhitespace(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[first...last])
        return result
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar || (inWord && (scalar == "-" || scalar == "'" || scalar == "’"))
        }
        return count
    }

    static func isBlank(_ text: Substring) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

    /// Lines as (number, text, offset, length, terminator length).
    static func lines(_ text: String) -> [(Int, Substring, Int, Int, Int)] {
        var lines: [(Int, Substring, Int, Int, Int)] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineStartOffset = 0
        var offset = 0
        var number = 1
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                var next = utf8.index(after: index)
                var terminator = 1
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A {
                    next = utf8.index(after: next)
                    terminator = 2
                }
                lines.append((number, text[lineStart..<index], lineStartOffset, offset - lineStartOffset, terminator))
                offset += terminator
                number += 1
                lineStart = next
                lineStartOffset = offset
                index = next
                continue
            }
            if byte & 0xC0 != 0x80 { offset += 1 }
            index = utf8.index(after: index)
        }
        if lineStart != utf8.endIndex {
            lines.append((number, text[lineStart..<utf8.endIndex], lineStartOffset, offset - lineStartOffset, 0))
        }
        return lines
    }

    /// The speaker-line recogniser as it was: (timestamp, label, label column, body offset).
    static func speakerLine(_ line: Substring) -> (Timestamp?, String, Int, Int)? {
        let scalars = Array(line.unicodeScalars.prefix(96))
        var index = 0
        func skipSpaces() {
            while index < scalars.count && (scalars[index] == " " || scalars[index] == "\t") { index += 1 }
        }
        skipSpaces()
        guard index < scalars.count else { return nil }
        var timestamp: Timestamp?
        if scalars[index] == "[" || scalars[index] == "(" {
            let closer: Unicode.Scalar = scalars[index] == "[" ? "]" : ")"
            if let end = scalars[index...].prefix(40).firstIndex(of: closer) {
                let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                if let parsed = parseStamp(inside) {
                    timestamp = parsed
                    index = end + 1
                    skipSpaces()
                }
            }
        } else if scalars[index].properties.numericType != nil {
            var end = index
            while end < scalars.count && end - index < 13
                && (("0"..."9").contains(scalars[end]) || scalars[end] == ":" || scalars[end] == "."
                    || scalars[end] == ",")
            {
                end += 1
            }
            let stamp = String(String.UnicodeScalarView(scalars[index..<end]))
            if end < scalars.count, scalars[end] == " " || scalars[end] == "\t", stamp.contains(":"),
                let parsed = Timestamp(parsing: stamp)
            {
                timestamp = parsed
                index = end
                skipSpaces()
            }
        }
        guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
        let labelStart = index
        var words = 1
        while index < scalars.count && scalars[index] != ":" {
            let scalar = scalars[index]
            let allowed =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "_"
                || scalar == "-" || scalar == "." || scalar == "'" || scalar == "’"
            guard allowed, index - labelStart < 40 else { return nil }
            if scalar == " " && index > labelStart && scalars[index - 1] != " " { words += 1 }
            index += 1
        }
        guard index < scalars.count, words <= 4 else { return nil }
        let label = trimmingWhitespace(String(String.UnicodeScalarView(scalars[labelStart..<index])))
        guard !label.isEmpty else { return nil }
        index += 1
        if index < scalars.count {
            guard scalars[index] == " " || scalars[index] == "\t" else { return nil }
        }
        skipSpaces()
        return (timestamp, label, labelStart + 1, index)
    }

    private static func parseStamp(_ text: String) -> Timestamp? {
        let trimmed = trimmingWhitespace(text)
        if let stamp = Timestamp(parsing: trimmed) { return stamp }
        for separator in ["-->", " - ", "–", "-"] {
            if let range = trimmed.range(of: separator) {
                return Timestamp(parsing: trimmingWhitespace(trimmed[..<range.lowerBound]))
            }
        }
        return nil
    }

    /// The text of a line from code point `offset` without white space at either end, as
    /// (start, end) code-point offsets within the line, or `nil`.
    static func trimmedSpan(_ line: Substring, from offset: Int) -> (Int, Int)? {
        let scalars = Array(line.unicodeScalars)
        var start = min(offset, scalars.count)
        while start < scalars.count && scalars[start].properties.isWhitespace { start += 1 }
        guard start < scalars.count else { return nil }
        var end = scalars.count
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        return (start, end)
    }

    static func substring(_ turn: Turn, offsets: Range<Int>) -> Substring {
        let lower = max(offsets.lowerBound, turn.range.lowerBound) - turn.range.lowerBound
        let upper = min(offsets.upperBound, turn.range.upperBound) - turn.range.lowerBound
        guard lower < upper else { return "" }
        let scalars = turn.text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: lower)
        let end = scalars.index(start, offsetBy: upper - lower)
        return turn.text[start..<end]
    }
}

/// SHA-256 as FIPS 180-4 writes it: padding first, then each block with the eight working
/// variables shifted along after every round.
enum ReferenceSHA256 {
    static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    static func hex(of message: [UInt8]) -> String {
        func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 { (value >> count) | (value << (32 - count)) }
        var padded = message + [0x80]
        while padded.count % 64 != 56 { padded.append(0) }
        let bits = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) {
            padded.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
        }
        var state: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        for blockStart in stride(from: 0, to: padded.count, by: 64) {
            var w = (0..<16).map { i in
                (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(padded[blockStart + 4 * i + $1]) }
            }
            for i in 16..<64 {
                let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w.append(w[i - 16] &+ s0 &+ w[i - 7] &+ s1)
            }
            var v = state
            for i in 0..<64 {
                let s1 = rotate(v[4], 6) ^ rotate(v[4], 11) ^ rotate(v[4], 25)
                let choice = (v[4] & v[5]) ^ (~v[4] & v[6])
                let temp1 = v[7] &+ s1 &+ choice &+ k[i] &+ w[i]
                let s0 = rotate(v[0], 2) ^ rotate(v[0], 13) ^ rotate(v[0], 22)
                let majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2])
                v = [temp1 &+ s0 &+ majority, v[0], v[1], v[2], v[3] &+ temp1, v[4], v[5], v[6]]
            }
            state = zip(state, v).map { $0 &+ $1 }
        }
        return state.map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}

/// Text for comparing fast paths with the reference: the sample study's files and random
/// strings over an alphabet of characters that matter (ASCII and Unicode white space,
/// combining marks, digits of other scripts, letters that are numbers, emoji, line breaks,
/// brackets, colons and the characters of timestamps).
enum EdgeCaseText {
    static let alphabet: [String] = [
        " ", " ", "\t", "\u{A0}", "\u{2003}", "\u{85}", "\u{3000}", "\u{1C}", "\u{0B}", "\n", "\r", "\r\n", "a", "Z",
        "é", "e\u{301}", "Ö", "ß", "ﬁ", "Ａ", "😀", ":", ":", "[", "]", "(", ")", "0", "1", "5", "9", ".", ",", "-",
        "’", "'", "_", "Ⅻ", "²", "٣", "–", "-->", " - ", "Kim", "Interviewer", "00:12", "[00:01:02]", "(12:30)",
        "1:02:03.5", "ij", "İ", "Σ",
    ]

    /// `count` deterministic random strings of up to `length` pieces.
    static func strings(count: Int, length: Int, seed: UInt64 = 7) -> [String] {
        var random = SeededGenerator(state: seed)
        func next() -> Int {
            random.nextInt()
        }
        return (0..<count).map { _ in
            (0..<(next() % (length + 1))).map { _ in alphabet[next() % alphabet.count] }.joined()
        }
    }

    /// Every line of the sample study's transcripts and coding files.
    static func sampleLines() throws -> [String] {
        let folder = TestSupport.sampleStudy
        var lines: [String] = []
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".txt") || $0.hasSuffix(".tsv")
        }
        for file in files.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            lines += text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(
                String.init)
        }
        return lines
    }
}
