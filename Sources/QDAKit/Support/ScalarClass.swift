/// The Unicode properties QDAKit asks of every character of a transcript, answered for ASCII
/// without the standard library's property tables (a lookup there costs a few hundred
/// instructions; most text in a study is ASCII). Outside ASCII the answers are the standard
/// library's own, so the results are identical.
enum ScalarClass {
    /// `scalar.properties.isWhitespace` (Unicode White_Space: tab, line feed, vertical tab, form
    /// feed, carriage return and space in ASCII).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// `scalar.properties.isAlphabetic` (in ASCII: the letters A–Z and a–z).
    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    /// `scalar.properties.numericType != nil` (in ASCII: the digits 0–9).
    @inline(__always)
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    /// Whether the UTF-8 byte is an ASCII white-space character (tab, line feed, vertical tab,
    /// form feed, carriage return, space).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Whether the UTF-8 byte starts a character (it is not a continuation byte).
    @inline(__always)
    static func isLeadByte(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80
    }
}

extension ScalarClass {
    /// `text.count` (characters) without grapheme breaking, when that is simple: every code
    /// point below U+0300 (no combining marks, joiners or other scripts' clusters) and no
    /// carriage return before a line feed, so that each code point is a character of its own.
    /// `nil` otherwise.
    static func simpleCharacterCount(_ text: some StringProtocol) -> Int? {
        // Native text is contiguous: its bytes are scanned in place.
        if let counted = text.utf8.withContiguousStorageIfAvailable({ simpleCharacterCount(bytes: $0) }) {
            return counted
        }
        var count = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // 0xCC starts the encodings of U+0300 and above.
            if byte >= 0xCC || (byte == 0x0A && previous == 0x0D) { return nil }
            if isLeadByte(byte) { count &+= 1 }
            previous = byte
        }
        return count
    }

    /// ``simpleCharacterCount(_:)`` of UTF-8 bytes.
    static func simpleCharacterCount(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0xCC || (byte == 0x0A && previous == 0x0D) { return nil }
            if isLeadByte(byte) { count &+= 1 }
            previous = byte
        }
        return count
    }
}
