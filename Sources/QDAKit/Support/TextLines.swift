import Foundation

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
    public var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}

/// Splits text into lines, counting code points so that offsets agree with the
/// REFI-QDA convention (Unicode code points from 0, line endings as stored).
public enum TextLines {
    /// The lines of `text`. A final line terminator does not produce an empty last line.
    public static func split(_ text: String) -> [TextLine] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [TextLine] = []
            var lineStart = 0
            var lineStartOffset = 0
            var offset = 0
            var number = 1
            var index = 0
            func line(to end: Int, terminator: Int) -> TextLine {
                let from = utf8.index(utf8.startIndex, offsetBy: lineStart)
                let to = utf8.index(from, offsetBy: end - lineStart)
                return TextLine(
                    number: number, text: text[from..<to], offset: lineStartOffset, length: offset - lineStartOffset,
                    terminatorLength: terminator)
            }
            while index < bytes.count {
                // The line's end (`memchr` for the line feed, then for a carriage return before
                // it), then its code points (a loop the compiler vectorises).
                let base = bytes.baseAddress!
                var end = memchr(base + index, 0x0A, bytes.count - index).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                if let carriageReturn = memchr(base + index, 0x0D, end - index) {
                    end = base.distance(to: carriageReturn.assumingMemoryBound(to: UInt8.self))
                }
                var scalars = 0
                for position in index..<end where ScalarClass.isLeadByte(bytes[position]) { scalars &+= 1 }
                offset += scalars
                index = end
                guard end < bytes.count else { break }
                var next = end + 1
                var terminator = 1
                if bytes[end] == 0x0D, next < bytes.count, bytes[next] == 0x0A {
                    next += 1
                    terminator = 2
                }
                lines.append(line(to: end, terminator: terminator))
                offset += terminator
                number += 1
                lineStart = next
                lineStartOffset = offset
                index = next
            }
            if lineStart != bytes.count {
                lines.append(line(to: bytes.count, terminator: 0))
            }
            return lines
        }!
    }
}
