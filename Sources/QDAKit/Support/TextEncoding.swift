import Foundation

/// A text encoding QDAKit can read. Files are expected in UTF-8; the others are converted
/// and the conversion is reported.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 with a byte-order mark (as saved by Notepad's "Unicode").
    case utf16 = "utf-16"
    /// Windows-1252 (Western European "ANSI"), as saved by older Windows editors and Excel.
    case windows1252 = "windows-1252"
    /// ISO 8859-1 (Latin-1).
    case latin1 = "latin-1"

    /// Parses a user-given name such as `cp1252`, `ANSI`, `latin1` or `UTF8`.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16", "unicode": self = .utf16
        case "windows1252", "cp1252", "ansi", "win1252": self = .windows1252
        case "latin1", "iso88591": self = .latin1
        default: return nil
        }
    }
}

/// The text of a file, decoded, with what happened on the way.
public struct DecodedText: Sendable {
    /// The text, without a byte-order mark. Line endings are kept as stored.
    public var text: String
    /// The encoding the bytes were in.
    public var encoding: TextEncoding
    /// Whether the file started with a byte-order mark.
    public var hadByteOrderMark: Bool
    /// A note or warning when the text was converted from another encoding.
    public var conversionNote: Diagnostic?
}

/// Decodes file contents to text and explains precisely why when it cannot.
public enum TextDecoding {
    /// Decodes `bytes` read from `path`.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - path: the path used in diagnostics.
    ///   - encoding: the encoding to assume for bytes that are not valid UTF-8; `nil` means
    ///     UTF-8, with UTF-16 detected by its byte-order mark.
    /// - Throws: ``QDAError/encoding(_:)`` with the byte offset, line and column of the
    ///   first byte that is not valid, and advice.
    public static func decode(_ bytes: Data, path: String, assuming encoding: TextEncoding? = nil) throws
        -> DecodedText
    {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, path: path)
        }
        switch encoding {
        case .windows1252?, .latin1?:
            // The assumption is for files that are not UTF-8: a study where one file came
            // from Excel must not have its UTF-8 files turned into mojibake (`Ã©`).
            if !bytes.contains(0), let utf8 = try? decodeUTF8(bytes, path: path) { return utf8 }
            let foundation: String.Encoding = encoding == .windows1252 ? .windowsCP1252 : .isoLatin1
            guard let text = String(data: bytes, encoding: foundation) else {
                throw QDAError.encoding(.error("is not valid \(encoding!.rawValue)", at: SourceLocation(path: path)))
            }
            let note = Diagnostic.note(
                "converted from \(encoding!.rawValue) to UTF-8 as requested", at: SourceLocation(path: path))
            return DecodedText(text: text, encoding: encoding!, hadByteOrderMark: false, conversionNote: note)
        case .utf16?:
            throw QDAError.encoding(
                .error("has no UTF-16 byte-order mark; save it as UTF-8", at: SourceLocation(path: path)))
        case .utf8?, nil:
            return try decodeUTF8(bytes, path: path)
        }
    }

    private static func decodeUTF8(_ bytes: Data, path: String) throws -> DecodedText {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? bytes.dropFirst(3) : bytes[...]
        // The common case, a valid file, in two passes over contiguous memory (a NUL search and
        // the standard library's validation) instead of byte by byte through `Data`'s indices.
        let decoded: (text: String?, nul: Int?) = body.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            if let base = raw.baseAddress, let nul = memchr(base, 0, raw.count) {
                return (nil, base.distance(to: UnsafeRawPointer(nul)))
            }
            return (String(validating: buffer, as: UTF8.self), nil)
        }
        if let text = decoded.text {
            return DecodedText(text: text, encoding: .utf8, hadByteOrderMark: hasBOM, conversionNote: nil)
        }
        if let nulInBody = decoded.nul {
            let nul = body.startIndex + nulInBody
            let offset = nul - bytes.startIndex
            let (line, column) = position(ofByte: offset, in: bytes)
            let utf16Hint =
                looksLikeUTF16WithoutBOM(body)
                ? "; it looks like UTF-16 without a byte-order mark: save it as UTF-8" : "; is this a binary file?"
            throw QDAError.encoding(
                .error(
                    "contains a NUL byte at byte offset \(offset)\(utf16Hint)",
                    at: SourceLocation(path: path, line: line, column: column)))
        }
        let bad = firstInvalidUTF8Offset(body) + (hasBOM ? 3 : 0)
        let (line, column) = position(ofByte: bad, in: bytes)
        let byte = bytes[bytes.startIndex + bad]
        let hex = String(byte, radix: 16, uppercase: true)
        var advice = "save the file as UTF-8"
        if !containsMultibyteUTF8(body), String(data: body, encoding: .windowsCP1252) != nil {
            advice =
                "it looks like Windows-1252 (\"ANSI\"); save it as UTF-8, or pass --encoding windows-1252 to convert it"
        }
        let lineText = lineContaining(byte: bad, in: bytes)
        throw QDAError.encoding(
            .error(
                "is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte offset \(bad); \(advice)",
                at: SourceLocation(path: path, line: line, column: column), sourceLine: lineText))
    }

    private static func decodeUTF16(_ bytes: Data, path: String) throws -> DecodedText {
        let little = bytes.starts(with: [0xFF, 0xFE])
        let body = bytes.dropFirst(2)
        guard body.count % 2 == 0,
            let text = String(data: body, encoding: little ? .utf16LittleEndian : .utf16BigEndian)
        else {
            throw QDAError.encoding(
                .error("starts with a UTF-16 byte-order mark but is not valid UTF-16", at: SourceLocation(path: path)))
        }
        let note = Diagnostic.warning(
            "was UTF-16 (\(little ? "little" : "big")-endian); converted to UTF-8 for reading (save it as UTF-8 to silence this)",
            at: SourceLocation(path: path))
        return DecodedText(text: text, encoding: .utf16, hadByteOrderMark: true, conversionNote: note)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        let array = Array(bytes)
        var index = 0
        while index < array.count {
            let lead = array[index]
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return index
            }
            if length > 1 {
                for step in 1..<length {
                    guard index + step < array.count else { return index }
                    let byte = array[index + step]
                    let (lo, hi): (UInt8, UInt8) = step == 1 ? (lower, upper) : (0x80, 0xBF)
                    if byte < lo || byte > hi { return index }
                }
            }
            index += length
        }
        return array.count
    }

    /// The 1-based line and column (in code points) of a byte offset.
    static func position(ofByte offset: Int, in bytes: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        let end = bytes.startIndex + min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    private static func lineContaining(byte offset: Int, in bytes: Data) -> String {
        let target = bytes.startIndex + offset
        var start = target
        while start > bytes.startIndex && bytes[start - 1] != 0x0A { start -= 1 }
        var end = target
        while end < bytes.endIndex && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        return String(decoding: bytes[start..<end].prefix(400), as: UTF8.self)
    }

    /// Whether the bytes contain at least one well-formed multi-byte UTF-8 sequence: then the
    /// file is UTF-8 with a damaged byte, not a Windows-1252 file.
    private static func containsMultibyteUTF8(_ bytes: Data.SubSequence) -> Bool {
        var index = bytes.startIndex
        while let lead = bytes[index...].firstIndex(where: { $0 >= 0xC2 && $0 <= 0xF4 }) {
            let length = lead < bytes.endIndex && bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
            let end = lead + length
            if end <= bytes.endIndex, bytes[(lead + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }),
                firstInvalidUTF8Offset(bytes[lead..<end]) == length
            {
                return true
            }
            index = lead + 1
        }
        return false
    }

    private static func looksLikeUTF16WithoutBOM(_ bytes: Data.SubSequence) -> Bool {
        let sample = bytes.prefix(400)
        guard sample.count >= 8 else { return false }
        let zeros = sample.filter { $0 == 0 }.count
        return zeros * 3 >= sample.count
    }
}
