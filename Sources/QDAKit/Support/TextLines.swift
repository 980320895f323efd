/// One line of a text file, with where it is.
public struct TextLine: Sendable, Hashable {
    /// The 1-based line number.
    public var number: Int
    /// The line's text without its line terminator.
    public var text: Substring
    /// The code-point offset of the line's first character from the start of the text.
    public var offset: Int
    /// The number of code points the line's text occupies.
    public var length: Int
    /// The number of code points in the terminator: 0 (last line), 1 (`\n` or `\r`) or 2 (`\r\n`).
    public var terminatorLength: Int

    /// The code-point offset just after the line's text (before its terminator).
    public var endOffset: Int { offset + length }

    /// Whether the line holds only spaces and tabs.
    public var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }
}

/// Splits text into lines, counting code points so that offsets agree with the
/// REFI-QDA convention (Unicode code points from 0, line endings as stored).
public enum TextLines {
    /// The lines of `text`. A final line terminator does not produce an empty last line.
    public static func split(_ text: String) -> [TextLine] {
        var lines: [TextLine] = []
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
                lines.append(
                    TextLine(
                        number: number, text: text[lineStart..<index], offset: lineStartOffset,
                        length: offset - lineStartOffset, terminatorLength: terminator))
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
            lines.append(
                TextLine(
                    number: number, text: text[lineStart..<utf8.endIndex], offset: lineStartOffset,
                    length: offset - lineStartOffset, terminatorLength: 0))
        }
        return lines
    }
}
