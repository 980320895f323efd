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
    /// The number of code points in `range` of valid UTF-8: its bytes less its continuation
    /// bytes (`10xxxxxx`), counted eight at a time.
    static func scalarCount(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int {
        var continuation = 0
        var index = range.lowerBound
        let raw = UnsafeRawPointer(base)
        while index + 8 <= range.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 of each byte: set in the byte and clear in its bit 6.
            continuation &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if base[index] & 0xC0 == 0x80 { continuation &+= 1 }
            index += 1
        }
        return range.count - continuation
    }

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
                var end =
                    memchr(base + index, 0x0A, bytes.count - index).map {
                        base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                    } ?? bytes.count
                if let carriageReturn = memchr(base + index, 0x0D, end - index) {
                    end = base.distance(to: carriageReturn.assumingMemoryBound(to: UInt8.self))
                }
                offset += Self.scalarCount(base, index..<end)
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
