import Foundation

/// Keyword patterns compiled into one matcher: every phrase of every pattern goes into a
/// single ``MultiPatternMatcher`` over ``FoldedText``; regular expressions (rare) are run
/// one by one.
///
/// A phrase is looked up by its words up to and including the first word written with `*`;
/// the rest of the phrase is checked at the few places that prefix occurs.
struct KeywordIndex: Sendable {
    /// One occurrence of a pattern.
    struct Hit: Hashable, Sendable {
        /// The index of the pattern in the list the index was built from.
        var pattern: Int
        /// Where it occurs: code-point offsets in the text searched, end exclusive.
        var range: Range<Int>
    }

    private struct Entry: Sendable {
        var pattern: Int
        var keyLength: Int
        var keyEndsInPrefix: Bool
        var tail: [(bytes: [UInt8], isPrefix: Bool)]
    }

    private let matcher: MultiPatternMatcher
    private let entries: [[Entry]]
    private let regexes: [(pattern: Int, regex: CompiledRegex)]

    /// Whether any pattern is a regular expression.
    var hasRegexes: Bool { !regexes.isEmpty }

    /// Compiles `patterns`; regular expressions must be valid (``KeywordRule/parse(_:)``
    /// checks them).
    init(_ patterns: [KeywordPattern]) {
        var keys = Numbering<[UInt8]>()
        var entries: [[Entry]] = []
        var regexes: [(Int, CompiledRegex)] = []
        for (number, pattern) in patterns.enumerated() {
            switch pattern.term {
            case .regex(let body):
                if let regex = CompiledRegex(body) { regexes.append((number, regex)) }
            case .words(let words):
                var key: [UInt8] = [FoldedText.space]
                var endsInPrefix = false
                var tail: [(bytes: [UInt8], isPrefix: Bool)] = []
                for (position, word) in words.enumerated() {
                    key += Array(word.text.utf8)
                    if word.isPrefix {
                        endsInPrefix = true
                        tail = words[(position + 1)...].map { (Array($0.text.utf8), $0.isPrefix) }
                        break
                    }
                    key.append(FoldedText.space)
                }
                let slot = keys.number(of: key)
                if slot == entries.count { entries.append([]) }
                entries[slot].append(
                    Entry(pattern: number, keyLength: key.count, keyEndsInPrefix: endsInPrefix, tail: tail))
            }
        }
        self.matcher = MultiPatternMatcher(patterns: keys.values)
        self.entries = entries
        self.regexes = regexes
    }

    /// Every occurrence of every pattern in `text`, using `folded` as scratch space (it is
    /// left holding `text` folded).
    func hits(in text: some StringProtocol, folded: inout FoldedText) -> [Hit] {
        folded.fold(text)
        var hits: [Hit] = []
        let scratch = folded
        matcher.scan(folded.bytes, count: folded.count) { slot, end in
            for entry in entries[slot] {
                let start = end - entry.keyLength + 1
                guard let matchEnd = Self.verify(entry, end: end, in: scratch) else { continue }
                hits.append(Hit(pattern: entry.pattern, range: scratch.sourceRange(start, matchEnd)))
            }
        }
        if !regexes.isEmpty {
            let view = RegexView(text)
            for (pattern, regex) in regexes {
                for range in view.matches(of: regex) { hits.append(Hit(pattern: pattern, range: range)) }
            }
        }
        return hits
    }

    /// Checks the rest of a phrase after its key; returns the index just past its last word.
    private static func verify(_ entry: Entry, end: Int, in folded: FoldedText) -> Int? {
        let bytes = folded.bytes
        let count = folded.count
        if entry.tail.isEmpty { return entry.keyEndsInPrefix ? folded.endOfWord(from: end) : end - 1 }
        var position = folded.endOfWord(from: end)
        for word in entry.tail {
            guard position + 1 + word.bytes.count < count, bytes[position] == FoldedText.space else { return nil }
            position += 1
            for byte in word.bytes {
                guard bytes[position] == byte else { return nil }
                position += 1
            }
            if word.isPrefix {
                position = folded.endOfWord(from: position)
            } else if bytes[position] != FoldedText.space {
                return nil
            }
        }
        return position
    }
}

/// A compiled regular expression; `NSRegularExpression` is immutable and safe to share.
final class CompiledRegex: @unchecked Sendable {
    let regex: NSRegularExpression

    /// Compiles `pattern` with its accents removed, ignoring case; `nil` if ICU refuses it.
    init?(_ pattern: String) {
        let folded = pattern.folding(options: [.diacriticInsensitive], locale: nil)
        guard let regex = try? NSRegularExpression(pattern: folded, options: [.caseInsensitive]) else { return nil }
        self.regex = regex
    }
}

/// Text as regular expressions see it: lower case, without accents, every run of white space
/// one space, punctuation kept; each UTF-16 unit remembers its code point in the source.
struct RegexView {
    let string: String
    let sources: [Int32]

    init(_ text: some StringProtocol) {
        var result = String.UnicodeScalarView()
        var sources: [Int32] = []
        var index: Int32 = 0
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            if scalar.properties.isWhitespace {
                if !lastWasSpace {
                    result.append(" ")
                    sources.append(index)
                }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            switch ScalarFolding.classify(scalar) {
            case .word(let bytes):
                for part in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                    result.append(part)
                    for _ in 0..<part.utf16.count { sources.append(index) }
                }
            case .mark:
                break
            case .separator, .barrier:
                result.append(scalar)
                for _ in 0..<scalar.utf16.count { sources.append(index) }
            }
        }
        self.string = String(result)
        self.sources = sources
    }

    /// The source ranges of the non-empty matches of `regex`.
    func matches(of regex: CompiledRegex) -> [Range<Int>] {
        let whole = NSRange(location: 0, length: (string as NSString).length)
        return regex.regex.matches(in: string, range: whole).compactMap { match in
            guard match.range.location != NSNotFound, match.range.length > 0 else { return nil }
            let lower = Int(sources[match.range.location])
            let upper = Int(sources[match.range.location + match.range.length - 1]) + 1
            return lower..<upper
        }
    }
}
