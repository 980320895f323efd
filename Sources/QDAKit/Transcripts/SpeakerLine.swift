import Foundation

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
    /// The same place as a UTF-8 byte offset in the line.
    var bodyByteOffset: Int

    static let maximumLabelLength = 40
    static let maximumLabelWords = 4
    /// How many code points at the start of a line are looked at.
    static let window = 96

    /// Recognises `[00:00:04] Label: text`, `(00:04) Label: text`, `00:00:04 Label: text`
    /// and `Label: text`. Returns `nil` when the line does not have that shape.
    ///
    /// Runs once per line of every transcript, so it decodes the line's first code points into
    /// a buffer on the stack, with the byte offset of each, only as far as it looks.
    static func recognise(_ line: Substring) -> SpeakerLine? {
        var line = line
        return line.withUTF8 { bytes in
            // A speaker line has its label's colon among its first `window` code points, which are
            // at most `4 * window` bytes: most lines of text have none there, found by one `memchr`.
            guard let base = bytes.baseAddress, memchr(base, 0x3A, min(bytes.count, 4 * window)) != nil else {
                return nil
            }
            return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: window) { scalars in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: window + 1) { starts in
                    var decoded = Window(bytes: bytes, scalars: scalars, starts: starts)
                    return recognise(&decoded)
                }
            }
        }
    }

    /// The first ``window`` code points of a line, decoded on demand.
    private struct Window {
        let bytes: UnsafeBufferPointer<UInt8>
        let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
        /// The byte offset of each decoded code point, and of the end of the last one.
        let starts: UnsafeMutableBufferPointer<Int>
        var count = 0

        init(
            bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
            starts: UnsafeMutableBufferPointer<Int>
        ) {
            self.bytes = bytes
            self.scalars = scalars
            self.starts = starts
            starts.initializeElement(at: 0, to: 0)
        }

        /// Whether code point `index` exists within the window (decoding up to it).
        @inline(__always)
        mutating func has(_ index: Int) -> Bool {
            while count <= index {
                let position = starts[count]
                guard count < SpeakerLine.window, position < bytes.count else { return false }
                let (scalar, length) = UTF8Scan.decodeScalar(bytes, at: position)
                scalars.initializeElement(at: count, to: scalar)
                starts.initializeElement(at: count + 1, to: position + length)
                count += 1
            }
            return true
        }

        subscript(index: Int) -> Unicode.Scalar { scalars[index] }

        /// The index of the first code point from `index` on that is no space or tab.
        ///
        /// A method rather than a nested function of the recogniser: a nested function that
        /// captures the index and the window has every access checked for exclusivity at run
        /// time, on every line of every transcript.
        mutating func skippingSpaces(from index: Int) -> Int {
            var index = index
            while has(index) && (scalars[index] == " " || scalars[index] == "\t") { index += 1 }
            return index
        }

        /// The text of code points `range` (all decoded).
        func text(_ range: Range<Int>) -> String {
            String(
                decoding: UnsafeBufferPointer(rebasing: bytes[starts[range.lowerBound]..<starts[range.upperBound]]),
                as: UTF8.self)
        }
    }

    /// The recognition proper (the same steps as on an array of the line's first 96 code points).
    private static func recognise(_ scalars: inout Window) -> SpeakerLine? {
        var index = scalars.skippingSpaces(from: 0)
        guard scalars.has(index) else { return nil }
        var timestamp: Timestamp?
        if scalars[index] == "[" || scalars[index] == "(" {
            let closer: Unicode.Scalar = scalars[index] == "[" ? "]" : ")"
            var end = index
            while end < index + 40 && scalars.has(end) && scalars[end] != closer { end += 1 }
            if end < index + 40 && scalars.has(end) {
                let inside = UnsafeBufferPointer(rebasing: scalars.scalars[(index + 1)..<end])
                // Without a digit it is no timestamp (`[naam school]`): no need to ask the parser.
                let hasDigit = inside.contains { ("0"..."9").contains($0) }
                if hasDigit, let parsed = Timestamp(stampScalars: inside) ?? parseStamp(scalars.text((index + 1)..<end))
                {
                    timestamp = parsed
                    index = end + 1
                    index = scalars.skippingSpaces(from: index)
                }
            }
        } else if ScalarClass.isNumeric(scalars[index]) {
            var end = index
            while scalars.has(end) && end - index < 13
                && (("0"..."9").contains(scalars[end]) || scalars[end] == ":" || scalars[end] == "."
                    || scalars[end] == ",")
            {
                end += 1
            }
            if scalars.has(end), scalars[end] == " " || scalars[end] == "\t",
                UnsafeBufferPointer(rebasing: scalars.scalars[index..<end]).contains(":"),
                let parsed = Timestamp(stampScalars: UnsafeBufferPointer(rebasing: scalars.scalars[index..<end]))
            {
                timestamp = parsed
                index = end
                index = scalars.skippingSpaces(from: index)
            }
        }
        guard scalars.has(index), ScalarClass.isAlphabetic(scalars[index]) else { return nil }
        let labelStart = index
        var words = 1
        while scalars.has(index) && scalars[index] != ":" {
            let scalar = scalars[index]
            let allowed =
                ScalarClass.isAlphabetic(scalar) || ("0"..."9").contains(scalar) || scalar == " " || scalar == "_"
                || scalar == "-" || scalar == "." || scalar == "'" || scalar == "’"
            guard allowed, index - labelStart < maximumLabelLength else { return nil }
            if scalar == " " && index > labelStart && scalars[index - 1] != " " { words += 1 }
            index += 1
        }
        guard scalars.has(index), words <= maximumLabelWords else { return nil }
        let label = scalars.text(labelStart..<index).trimmingWhitespace()
        guard !label.isEmpty else { return nil }
        index += 1  // the colon
        if scalars.has(index) {
            guard scalars[index] == " " || scalars[index] == "\t" else { return nil }
        }
        index = scalars.skippingSpaces(from: index)
        _ = scalars.has(index)  // decodes up to the body, so that its byte offset is known
        return SpeakerLine(
            timestamp: timestamp, label: label, labelColumn: labelStart + 1, bodyOffset: index,
            bodyByteOffset: scalars.starts[index])
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
