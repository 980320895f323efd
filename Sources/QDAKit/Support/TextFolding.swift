import Foundation

/// Comparisons of text the way researchers expect them: ignoring case, accents and
/// differences in white space.
public enum TextFolding {
    /// `text` in lower case without diacritics (`Één` → `een`), for comparisons.
    public static func fold(_ text: String) -> String {
        // ASCII text folds to its lower case (tested against Foundation for every ASCII
        // character); Foundation's folding costs microseconds per call.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether UTF-8 `source` has no white space but single spaces between other characters.
    private static func isCollapsed(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterSpace = true  // at the start, a space would be leading white space
        var position = 0
        while position < source.count {
            let byte = source[position]
            if byte < 0x80 {
                if byte == 0x20 {
                    if afterSpace { return false }
                    afterSpace = true
                } else {
                    if ScalarClass.isASCIIWhitespace(byte) { return false }
                    afterSpace = false
                }
                position += 1
            } else {
                let (scalar, length) = UTF8Scan.decodeScalar(source, at: position)
                if ScalarClass.isWhitespace(scalar) { return false }
                afterSpace = false
                position += length
            }
        }
        return source.isEmpty || !afterSpace
    }

    /// `text` with every run of white space (including line breaks) replaced by one
    /// space, and without leading or trailing white space.
    public static func collapseWhitespace(_ text: some StringProtocol) -> String {
        // Most quotes and names are collapsed already: such a string is returned as it is,
        // without making a copy.
        if let string = text as? String, string.utf8.withContiguousStorageIfAvailable(isCollapsed) == true {
            return string
        }
        let collapsed = text.utf8.withContiguousStorageIfAvailable { source in
            // Over the bytes: ASCII decides itself, other characters are decoded only to ask
            // whether they are white space, and copied as they are.
            String(unsafeUninitializedCapacity: source.count) { target in
                var count = 0
                var pendingSpace = false
                var position = 0
                while position < source.count {
                    let byte = source[position]
                    var length = 1
                    let isSpace: Bool
                    if byte < 0x80 {
                        isSpace = ScalarClass.isASCIIWhitespace(byte)
                    } else {
                        let (scalar, scalarLength) = UTF8Scan.decodeScalar(source, at: position)
                        length = scalarLength
                        isSpace = ScalarClass.isWhitespace(scalar)
                    }
                    if isSpace {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            target[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        for offset in 0..<length { target[count + offset] = source[position + offset] }
                        count += length
                    }
                    position += length
                }
                return count
            }
        }
        if let collapsed { return collapsed }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if ScalarClass.isWhitespace(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A slug for use as an identifier: folded, with runs of other characters replaced
    /// by `-` (`Warme en veilige groepsdynamiek` → `warme-en-veilige-groepsdynamiek`).
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        // Most text has no white space at either end: then it is copied whole (`String(self)`
        // would go character by character in this generic context).
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last, !ScalarClass.isWhitespace(first),
            !ScalarClass.isWhitespace(last)
        {
            // Concrete text is kept (a `String`) or copied as a whole (a `Substring`).
            if let string = self as? String { return string }
            if let substring = self as? Substring { return String(substring) }
            return String(decoding: utf8, as: UTF8.self)
        }
        guard let first = scalars.firstIndex(where: { !ScalarClass.isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !ScalarClass.isWhitespace($0) })!
        // The bytes of those code points, copied at once (not code point by code point).
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}
