/// Splits text into sentences for the `sentence` agreement unit.
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
        var result: [Range<Int>] = []
        var start: Int? = nil
        var index = 0
        func close(at end: Int) {
            guard let begin = start else { return }
            var last = end
            while last > begin && scalars[last - 1].properties.isWhitespace { last -= 1 }
            if last > begin { result.append(begin..<last) }
            start = nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if start == nil {
                if !scalar.properties.isWhitespace { start = index }
                index += 1
                continue
            }
            guard terminators.contains(scalar) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, terminators.contains(scalars[end]) || closers.contains(scalars[end]) { end += 1 }
            var next = end
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            if next == scalars.count {
                close(at: end)
                index = next
            } else if next > end, startsSentence(scalars[next]) {
                close(at: end)
                index = next
            } else {
                index = end
            }
        }
        close(at: scalars.count)
        return result
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "„", "(", "[", "«"]

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.numericType != nil || openers.contains(scalar)
    }
}
