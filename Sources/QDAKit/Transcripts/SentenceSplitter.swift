/// Splits text into sentences: for the `sentence` agreement unit and for quoting the
/// sentence an auto-coding keyword matched.
///
/// Foundation's sentence enumeration is not available on every platform QDAKit runs on, so
/// the rule is explicit: a sentence ends after `.`, `!`, `?` or `…` (optionally followed by a
/// closing quote or bracket) when white space follows and the next text starts with a capital
/// letter, a digit, or an opening quote or bracket. So `bijv. samen` and `3.5` stay inside one
/// sentence. Paragraph ends always end a sentence.
public enum SentenceSplitter {
    /// The sentences of `text` as code-point offsets relative to its start, without leading or
    /// trailing white space.
    public static func sentences(in text: some StringProtocol) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        return split(scalars, 0, scalars.count)
    }

    /// The sentences of `scalars[lower..<upper]`, as indices into `scalars`.
    static func split(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        func close(at end: Int) {
            guard let begin = start else { return }
            var last = end
            while last > begin && scalars[last - 1].isSpace { last -= 1 }
            if last > begin { result.append(begin..<last) }
            start = nil
        }
        var index = lower
        while index < upper {
            let scalar = scalars[index]
            if start == nil {
                if !scalar.isSpace { start = index }
                index += 1
                continue
            }
            guard isTerminator(scalar) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < upper, isTerminator(scalars[end]) || isCloser(scalars[end]) { end += 1 }
            var next = end
            while next < upper, scalars[next].isSpace { next += 1 }
            if next == upper {
                close(at: end)
                index = next
            } else if next > end, startsSentence(scalars[next]) {
                close(at: end)
                index = next
            } else {
                index = end
            }
        }
        close(at: upper)
        return result
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", ")", "]", "»": true
        default: false
        }
    }

    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "‘", "„", "(", "[", "«": true
        default: false
        }
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || isOpener(scalar)
        }
        return scalar.properties.isUppercase || scalar.properties.numericType != nil || isOpener(scalar)
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is white space, with a fast path for ASCII.
    var isSpace: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
}
