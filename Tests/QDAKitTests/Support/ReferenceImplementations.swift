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
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) >> 1)
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
