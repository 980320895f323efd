/// One speaker turn of a transcript, numbered as `qda show` prints it and coding files
/// refer to it.
public struct Turn: Hashable, Sendable, Codable {
    /// The 1-based turn number, in file order, interviewer turns included.
    public var number: Int
    /// The speaker label as written (`Interviewer`, `Kim`).
    public var speaker: String
    /// The participant who speaks, or `nil` for an interviewer turn.
    public var participant: ParticipantID?
    /// The timestamp written before the label, if any.
    public var timestamp: Timestamp?
    /// The 1-based line on which the turn starts.
    public var line: Int
    /// The 1-based column of the speaker label on that line.
    public var labelColumn: Int
    /// The turn's text exactly as stored in the file (line endings included), from after
    /// `Label: ` to the end of its last non-blank line.
    public var text: String
    /// Where ``text`` is in the file: code-point offsets, end exclusive.
    public var range: Range<Int>
    /// The paragraphs of the turn (separated by blank lines), as code-point ranges in the file.
    public var paragraphs: [Range<Int>]

    /// Whether an interviewer speaks: such turns are never counted, quoted or used as
    /// agreement units.
    public var isInterviewer: Bool { participant == nil }

    /// The text with line breaks inside a paragraph replaced by spaces and paragraphs
    /// separated by one blank line, for display.
    public var displayText: String {
        paragraphTexts.joined(separator: "\n\n")
    }

    /// The text of each paragraph with white space collapsed.
    public var paragraphTexts: [String] {
        paragraphs.map { TextFolding.collapseWhitespace(substring(offsets: $0)) }
    }

    /// The part of ``text`` at file offsets `offsets` (clamped to the turn).
    public func substring(offsets: Range<Int>) -> Substring {
        let lower = max(offsets.lowerBound, range.lowerBound) - range.lowerBound
        let upper = min(offsets.upperBound, range.upperBound) - range.lowerBound
        guard lower < upper else { return "" }
        let utf8 = text.utf8
        if utf8.count == range.count {
            // All ASCII (as many bytes as code points): offsets are byte offsets.
            return text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
        }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: lower)
        let end = scalars.index(start, offsetBy: upper - lower)
        return text[start..<end]
    }

    /// Per ASCII byte: 1 for a letter or digit, 2 for `-` and `'`, 0 for anything else.
    static let asciiKinds: [UInt8] = (0..<128).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        if ScalarClass.isAlphabetic(scalar) || ScalarClass.isNumeric(scalar) { return 1 }
        return byte == 0x2D || byte == 0x27 ? 2 : 0
    }

    /// The number of words in the turn: runs of letters and digits, joined by `-`, `'` or `’`.
    public var wordCount: Int {
        var text = self.text
        // The table is fetched once, not per byte (each access to a static runs its lazy
        // initialisation check).
        return Turn.asciiKinds.withUnsafeBufferPointer { kinds in
            text.withUTF8 { bytes in Turn.countWords(bytes, kinds: kinds) }
        }
    }

    /// The words in `bytes` (UTF-8), with `kinds` the ``asciiKinds`` table.
    private static func countWords(_ bytes: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            let isWordScalar: Bool
            let joins: Bool  // `-`, `'` or `’` inside a word
            if byte < 0x80 {
                let kind = kinds[Int(byte)]
                isWordScalar = kind == 1
                joins = kind == 2
                position += 1
            } else {
                let (scalar, length) = UTF8Scan.decodeScalar(bytes, at: position)
                isWordScalar = ScalarClass.isAlphabetic(scalar) || ScalarClass.isNumeric(scalar)
                joins = scalar == "’"
                position += length
            }
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar || (inWord && joins)
        }
        return count
    }
}
