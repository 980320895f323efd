import Foundation

/// Scanning valid UTF-8 bytes (the contents of a `String`) a code point at a time, for the
/// loops that run over every line of every transcript.
enum UTF8Scan {
    /// Whether `text` contains the ASCII character `byte` (one `memchr` over its UTF-8; a
    /// byte below 0x80 is never part of another character's encoding).
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether `text` contains an ellipsis, `…` or `...` (how coders mark an omission).
    static func containsEllipsis(_ text: String) -> Bool {
        var dots = 0
        for byte in text.utf8 {
            dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
            if dots == 3 { return true }
        }
        return text.unicodeScalars.contains("\u{2026}")
    }

    /// The scalar starting at byte `position` of valid UTF-8 text, and its length in bytes.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        for step in 1..<length { value = value << 6 | UInt32(bytes[position + step] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The part of a line's bytes from `byteOffset` without white space at either end, as
    /// code-point offsets (`scalarStart` and `scalarEnd` are those of `byteOffset` and of the
    /// end) and byte offsets; `nil` when nothing but white space is left.
    static func trimmedSpan(_ bytes: UnsafeBufferPointer<UInt8>, from byteOffset: Int, scalarStart: Int, scalarEnd: Int)
        -> (Int, Int, Int, Int)?
    {
        var startByte = min(byteOffset, bytes.count)
        var start = scalarStart
        while startByte < bytes.count {
            let (scalar, length) = decodeScalar(bytes, at: startByte)
            guard ScalarClass.isWhitespace(scalar) else { break }
            startByte += length
            start += 1
        }
        guard startByte < bytes.count else { return nil }
        var endByte = bytes.count
        var end = scalarEnd
        while endByte > startByte {
            var lead = endByte - 1
            while !ScalarClass.isLeadByte(bytes[lead]) { lead -= 1 }
            guard ScalarClass.isWhitespace(decodeScalar(bytes, at: lead).0) else { break }
            endByte = lead
            end -= 1
        }
        return (start, end, startByte, endByte)
    }

}
