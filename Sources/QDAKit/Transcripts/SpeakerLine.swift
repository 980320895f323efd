/// The start of a line that may open a speaker turn: an optional timestamp and a
/// `Label:`.
struct SpeakerLine {
    /// The timestamp before the label, if any.
    var timestamp: Timestamp?
    /// Whether a timestamp was written (a turn always starts after one).
    var hasTimestamp: Bool { timestamp != nil }
    /// The label, trimmed.
    var label: String
    /// The 1-based column of the label.
    var labelColumn: Int
    /// The 0-based code-point offset in the line where the turn's text starts.
    var bodyOffset: Int

    static let maximumLabelLength = 40
    static let maximumLabelWords = 4

    /// Recognises `[00:00:04] Label: text`, `(00:04) Label: text`, `00:00:04 Label: text`
    /// and `Label: text`. Returns `nil` when the line does not have that shape.
    static func recognise(_ line: Substring) -> SpeakerLine? {
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
            guard allowed, index - labelStart < maximumLabelLength else { return nil }
            if scalar == " " && index > labelStart && scalars[index - 1] != " " { words += 1 }
            index += 1
        }
        guard index < scalars.count, words <= maximumLabelWords else { return nil }
        let label = String(String.UnicodeScalarView(scalars[labelStart..<index])).trimmingWhitespace()
        guard !label.isEmpty else { return nil }
        index += 1  // the colon
        if index < scalars.count {
            guard scalars[index] == " " || scalars[index] == "\t" else { return nil }
        }
        skipSpaces()
        return SpeakerLine(timestamp: timestamp, label: label, labelColumn: labelStart + 1, bodyOffset: index)
    }

    /// Parses a timestamp, or the first of a range such as `00:00:04 - 00:00:09` or
    /// `00:04.000 --> 00:09.000`.
    private static func parseStamp(_ text: String) -> Timestamp? {
        let trimmed = text.trimmingWhitespace()
        if let stamp = Timestamp(parsing: trimmed) { return stamp }
        for separator in ["-->", " - ", "–", "-"] {
            if let range = trimmed.range(of: separator) {
                return Timestamp(parsing: trimmed[..<range.lowerBound].trimmingWhitespace())
            }
        }
        return nil
    }
}
