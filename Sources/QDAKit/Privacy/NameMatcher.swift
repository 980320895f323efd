/// A real name from a key, split into words for matching.
struct NamePattern: Sendable {
    /// The index of the key entry.
    var entry: Int
    /// The folded words of the name.
    var words: [String]
    /// What lies between consecutive words.
    var gaps: [WordGap]

    /// Splits `name`; `nil` when it has no words.
    init?(entry: Int, name: String) {
        let found = Array(WordScanner(name))
        guard !found.isEmpty else { return nil }
        self.entry = entry
        words = found.map(\.folded)
        gaps = zip(found, found.dropFirst()).map { previous, next in
            WordGap(name[previous.range.upperBound..<next.range.lowerBound]) ?? .other(" ")
        }
    }

    /// The name's words folded and joined by spaces: two names with the same key are the
    /// same name for matching.
    static func key(_ name: String) -> String {
        WordScanner(name).map(\.folded).joined(separator: " ")
    }

    /// The name's length in letters, to prefer the longest match.
    var length: Int { words.reduce(0) { $0 + $1.count } }
}

/// One occurrence of a real name from the key in a text.
public struct NameMatch: Hashable, Sendable {
    /// How the name was written: as it is, or with a possessive or genitive ending.
    public enum Form: Hashable, Sendable {
        /// As it is: `Mette`.
        case plain
        /// With an apostrophe and s: `Mette's`, `Mette’s` (the apostrophe as written).
        case possessive(Character)
        /// With an apostrophe only, after a name ending in s, x or z: `Kees'`.
        case apostrophe(Character)
        /// With a glued s, the Dutch genitive: `Mettes`.
        case genitive
    }

    /// The index of the key entry whose real name was found.
    public var entry: Int
    /// The text as written, possessive ending included.
    public var text: String
    /// How the name was written.
    public var form: Form
    /// The code-point offset of the match in the text.
    public var offset: Int
    /// The 1-based line on which the match starts.
    public var line: Int
    /// The 1-based column (in code points) at which the match starts.
    public var column: Int
    /// Whether the name was written without a capital, so it may be an ordinary word
    /// (`roos` for the name `Roos`).
    public var isLowerCase: Bool
    /// Where the match is in the text.
    var range: Range<String.Index>

    /// The replacement for this occurrence: the key's replacement with the same ending
    /// (`Mette's` → `Bo's`, `Mettes` → `Bo's`, `Kees'` → `Bo's`).
    public func replacement(_ replacement: String) -> String {
        switch form {
        case .plain:
            return replacement
        case .possessive(let apostrophe):
            return replacement + String(apostrophe) + "s"
        case .apostrophe(let apostrophe):
            return Self.endsInSibilant(replacement)
                ? replacement + String(apostrophe) : replacement + String(apostrophe) + "s"
        case .genitive:
            // Dutch spelling: Kees' , Bo's , Anna's , [naam]'s , but Sams.
            if Self.endsInSibilant(replacement) { return replacement + "'" }
            let last = replacement.last.map { TextFolding.fold(String($0)) } ?? ""
            if ["a", "i", "o", "u", "y", "]", ")"].contains(last) || replacement.last?.isUppercase == true {
                return replacement + "'s"
            }
            return replacement + "s"
        }
    }

    static func endsInSibilant(_ word: String) -> Bool {
        let folded = TextFolding.fold(word)
        return folded.hasSuffix("s") || folded.hasSuffix("x") || folded.hasSuffix("z")
    }
}

/// Finds the real names of a key in text: whole words, ignoring case and accents
/// (`Jose` finds `José`), multi-word names also across a line break, with Dutch and English
/// possessive endings (`Mettes`, `Mette's`, `Mette’s`, `Kees'`), the longest name first.
public struct NameMatcher: Sendable {
    /// The key.
    public let key: PseudonymKey
    private let patternsByFirstWord: [String: [NamePattern]]
    private let longestName: Int

    /// Creates a matcher for the names in `key`.
    public init(key: PseudonymKey) {
        self.key = key
        var byFirst: [String: [NamePattern]] = [:]
        var longest = 1
        for (index, entry) in key.entries.enumerated() {
            guard let pattern = NamePattern(entry: index, name: entry.real) else { continue }
            byFirst[pattern.words[0], default: []].append(pattern)
            longest = max(longest, pattern.words.count)
        }
        for (word, patterns) in byFirst {
            byFirst[word] = patterns.sorted {
                ($0.words.count, $0.length, -$0.entry) > ($1.words.count, $1.length, -$1.entry)
            }
        }
        patternsByFirstWord = byFirst
        longestName = longest
    }

    /// The words of `name`, folded (lower case, without accents), as the matcher compares them.
    public static func words(of name: String) -> [String] {
        WordScanner(name).map(\.folded)
    }

    /// Every occurrence of a real name in `text`, in text order, without overlaps.
    public func matches(in text: String) -> [NameMatch] {
        var found: [NameMatch] = []
        scan(text) { found.append($0) }
        return found
    }

    /// `text` with every real name replaced, and the matches that were replaced.
    public func replace(in text: String) -> (text: String, matches: [NameMatch]) {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var copied = text.startIndex
        var found: [NameMatch] = []
        scan(text) { match in
            output += text[copied..<match.range.lowerBound]
            output += match.replacement(key.entries[match.entry].replacement)
            copied = match.range.upperBound
            found.append(match)
        }
        output += text[copied...]
        return (output, found)
    }

    /// Calls `body` with each match, in text order.
    func scan(_ text: String, _ body: (NameMatch) -> Void) {
        guard !patternsByFirstWord.isEmpty else { return }
        var scanner = WordScanner(text)
        var window: [Word] = []
        var exhausted = false
        let lookahead = longestName + 1
        while true {
            while window.count < lookahead && !exhausted {
                if let word = scanner.next() { window.append(word) } else { exhausted = true }
            }
            guard !window.isEmpty else { return }
            if let (match, consumed) = match(at: window, in: text) {
                body(match)
                window.removeFirst(consumed)
            } else {
                window.removeFirst()
            }
        }
    }

    /// The longest name that starts at `window[0]`, and how many words it takes.
    private func match(at window: [Word], in text: String) -> (NameMatch, Int)? {
        let first = window[0]
        var candidates = patternsByFirstWord[first.folded] ?? []
        if first.isCapitalised, first.folded.count > 2, first.folded.hasSuffix("s"),
            let shorter = patternsByFirstWord[String(first.folded.dropLast())]
        {
            candidates += shorter.filter { $0.words.count == 1 }
        }
        for pattern in candidates {
            guard let (count, genitive) = matchWords(pattern, window: window, in: text) else { continue }
            let last = window[count - 1]
            var end = last.range.upperBound
            var consumed = count
            var form = genitive ? NameMatch.Form.genitive : .plain
            if !genitive, end != text.endIndex, WordGap.isApostrophe(text.unicodeScalars[end]) {
                let apostrophe = Character(text.unicodeScalars[end])
                let afterApostrophe = text.unicodeScalars.index(after: end)
                if count < window.count, window[count].folded == "s", window[count].range.lowerBound == afterApostrophe
                {
                    form = .possessive(apostrophe)
                    end = window[count].range.upperBound
                    consumed += 1
                } else if NameMatch.endsInSibilant(pattern.words[pattern.words.count - 1]),
                    afterApostrophe == text.endIndex
                        || !WordScanner.isWordScalar(text.unicodeScalars[afterApostrophe])
                {
                    form = .apostrophe(apostrophe)
                    end = afterApostrophe
                }
            }
            let range = first.range.lowerBound..<end
            let match = NameMatch(
                entry: pattern.entry, text: String(text[range]), form: form, offset: first.offset, line: first.line,
                column: first.column, isLowerCase: !first.isCapitalised, range: range)
            return (match, consumed)
        }
        return nil
    }

    /// Whether `pattern` matches the words at the start of `window`: the number of words,
    /// and whether the last one carries a genitive s.
    private func matchWords(_ pattern: NamePattern, window: [Word], in text: String) -> (Int, Bool)? {
        let count = pattern.words.count
        guard window.count >= count else { return nil }
        var genitive = false
        for index in 0..<count {
            let word = window[index]
            if index > 0 {
                let between = text[window[index - 1].range.upperBound..<word.range.lowerBound]
                guard let gap = WordGap(between), gap.matches(pattern.gaps[index - 1]) else { return nil }
            }
            if word.folded == pattern.words[index] { continue }
            // The Dutch genitive (`Mettes`) on the last word, only when it is capitalised, so
            // that the name `Bo` does not match the word `bos`.
            let isLast = index == count - 1
            if isLast, word.isCapitalised || count > 1, word.folded.count > 2,
                word.folded == pattern.words[index] + "s"
            {
                genitive = true
                continue
            }
            return nil
        }
        return (count, genitive)
    }
}
