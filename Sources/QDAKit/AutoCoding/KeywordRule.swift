import Foundation

/// One item of a code's `keywords:` list, parsed.
///
/// The syntax (items are separated by `;` in the codebook):
///
/// | written | meaning |
/// |---|---|
/// | `verzuim` | the whole word, ignoring case and accents |
/// | `verzuim*` | a word that starts with `verzuim` (`*` only at the end of a word) |
/// | `"niet meer op school"` or `niet meer op school` | the words in this order; line breaks, commas and other white space or punctuation between them do not matter, but `.`, `!`, `?`, `;` and `…` do |
/// | `/verzuim(t\|en)?/` | a regular expression (ICU syntax), matched without regard to case or accents |
/// | `-busje` | a sentence with this word (or phrase, or pattern) is not coded with the code |
/// | `+Ouderbetrokkenheid` | the code is applied only in turns that are also coded with `Ouderbetrokkenheid` |
public enum KeywordRule: Hashable, Sendable {
    /// A pattern whose matches code the sentence.
    case include(KeywordPattern)
    /// A pattern that keeps a sentence from being coded.
    case exclude(KeywordPattern)
    /// The code applies only in turns that also get this code.
    case require(code: String)

    /// Parses one keyword as written in a codebook.
    ///
    /// - Throws: ``KeywordSyntaxError`` with the code-point offset of the problem in `text`.
    public static func parse(_ text: String) throws(KeywordSyntaxError) -> KeywordRule {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count && scalars[start].properties.isWhitespace { start += 1 }
        var end = scalars.count
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard start < end else { throw KeywordSyntaxError(message: "empty keyword", offset: 0) }
        switch scalars[start] {
        case "+":
            var nameStart = start + 1
            while nameStart < end && scalars[nameStart].properties.isWhitespace { nameStart += 1 }
            var name = String(String.UnicodeScalarView(scalars[nameStart..<end]))
            if let unquoted = unquote(name) { name = unquoted }
            guard !name.trimmingWhitespace().isEmpty else {
                throw KeywordSyntaxError(
                    message: "`+` must be followed by a code name (`+Ouderbetrokkenheid`)", offset: start)
            }
            return .require(code: name.trimmingWhitespace())
        case "-":
            var patternStart = start + 1
            while patternStart < end && scalars[patternStart].properties.isWhitespace { patternStart += 1 }
            return .exclude(try KeywordPattern.parse(scalars, patternStart, end))
        default:
            return .include(try KeywordPattern.parse(scalars, start, end))
        }
    }

    /// The text between matching straight or typographic double quotes, if `text` is quoted.
    static func unquote(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count >= 2, let first = trimmed.first, let last = trimmed.last,
            "\"“„”".contains(first), "\"”“".contains(last)
        else { return nil }
        return String(trimmed.dropFirst().dropLast())
    }
}

/// What a keyword looks for: words (a phrase, possibly with `*` at word ends) or a regular
/// expression.
public struct KeywordPattern: Hashable, Sendable {
    /// One word of a phrase.
    public struct Word: Hashable, Sendable {
        /// The word folded (lower case, without accents).
        public var text: String
        /// Whether the word was written with `*`: any word that starts with ``text`` matches.
        public var isPrefix: Bool
    }

    /// What the pattern matches.
    public enum Term: Hashable, Sendable {
        /// These words, in order, as whole words (or word starts where marked).
        case words([Word])
        /// A regular expression, as written between the slashes.
        case regex(String)
    }

    /// The pattern as written (without a leading `-`).
    public var source: String
    /// What it matches.
    public var term: Term

    /// Parses the pattern in `scalars[start..<end]`; offsets in errors count from the
    /// start of `scalars`.
    static func parse(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) throws(KeywordSyntaxError)
        -> KeywordPattern
    {
        guard start < end else { throw KeywordSyntaxError(message: "`-` must be followed by a keyword", offset: start) }
        let source = String(String.UnicodeScalarView(scalars[start..<end]))
        if scalars[start] == "/" {
            guard end - start >= 2, scalars[end - 1] == "/" else {
                throw KeywordSyntaxError(
                    message:
                        "a regular expression starts and ends with `/` (`/verzuim(t|en)/`); the closing `/` is missing",
                    offset: end)
            }
            let body = String(String.UnicodeScalarView(scalars[(start + 1)..<(end - 1)]))
            guard !body.isEmpty else { throw KeywordSyntaxError(message: "empty regular expression", offset: start) }
            try RegexCheck.validate(body, offset: start + 1)
            return KeywordPattern(source: source, term: .regex(body))
        }
        var lower = start
        var upper = end
        if "\"“„”".unicodeScalars.contains(scalars[start]) {
            guard end - start >= 2, "\"”“".unicodeScalars.contains(scalars[end - 1]) else {
                throw KeywordSyntaxError(message: "this quote is never closed", offset: start)
            }
            lower += 1
            upper -= 1
        }
        let words = try words(scalars, lower, upper)
        guard !words.isEmpty else {
            throw KeywordSyntaxError(message: "the keyword has no letters or digits", offset: start)
        }
        return KeywordPattern(source: source, term: .words(words))
    }

    /// Splits and folds the words of a phrase the way transcript text is folded, with `*`
    /// allowed at the end of a word.
    private static func words(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) throws(KeywordSyntaxError)
        -> [Word]
    {
        var words: [Word] = []
        var current: [UInt8] = []
        func isWordScalar(_ index: Int) -> Bool {
            guard index >= start && index < end else { return false }
            switch ScalarFolding.classify(scalars[index]) {
            case .word, .mark: return true
            case .separator, .barrier: return false
            }
        }
        func finish(prefix: Bool) {
            if !current.isEmpty { words.append(Word(text: String(decoding: current, as: UTF8.self), isPrefix: prefix)) }
            current = []
        }
        for index in start..<end {
            let scalar = scalars[index]
            if scalar == "*" {
                guard isWordScalar(index - 1) else {
                    throw KeywordSyntaxError(
                        message: "`*` stands only at the end of a word (`verzuim*`); a word cannot start with it",
                        offset: index)
                }
                guard !isWordScalar(index + 1) else {
                    throw KeywordSyntaxError(
                        message: "`*` stands only at the end of a word (`verzuim*`), not inside one", offset: index)
                }
                finish(prefix: true)
                continue
            }
            switch ScalarFolding.classify(scalar) {
            case .word(let bytes): current += bytes
            case .mark: break
            case .separator, .barrier: finish(prefix: false)
            }
        }
        finish(prefix: false)
        return words
    }
}

/// A keyword that cannot be used, with where in the keyword the problem is.
public struct KeywordSyntaxError: Error, Hashable, Sendable {
    /// What is wrong.
    public var message: String
    /// The code-point offset of the problem from the start of the keyword as written.
    public var offset: Int
}

/// Compiles regular expressions and, when ICU refuses one, finds the place of the most
/// common mistakes (unbalanced brackets, a quantifier with nothing before it, a trailing
/// backslash) so the error can point into the pattern.
enum RegexCheck {
    static func validate(_ pattern: String, offset: Int) throws(KeywordSyntaxError) {
        do {
            _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            let (message, position) = locate(pattern)
            throw KeywordSyntaxError(message: "invalid regular expression: \(message)", offset: offset + position)
        }
    }

    /// A description of the problem and its code-point offset in `pattern`.
    static func locate(_ pattern: String) -> (String, Int) {
        let scalars = Array(pattern.unicodeScalars)
        var open: [Int] = []
        var inClass: Int?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                if index + 1 >= scalars.count { return ("a `\\` at the end escapes nothing", index) }
                index += 2
                continue
            }
            if let classStart = inClass {
                if scalar == "]" && index > classStart + 1 { inClass = nil }
                index += 1
                continue
            }
            switch scalar {
            case "[": inClass = index
            case "(": open.append(index)
            case ")":
                if open.popLast() == nil { return ("this `)` closes no `(`", index) }
            case "*", "+", "?", "{":
                let previous = index > 0 ? scalars[index - 1] : nil
                if previous == nil || previous == "(" || previous == "|" {
                    return ("`\(scalar)` repeats nothing", index)
                }
                if (scalar == "*" || scalar == "+") && (previous == "*" || previous == "+") && index >= 2
                    && scalars[index - 2] != "\\"
                {
                    return ("`\(scalar)` repeats a repetition", index)
                }
            default: break
            }
            index += 1
        }
        if let classStart = inClass { return ("this `[` is never closed", classStart) }
        if let last = open.last { return ("this `(` is never closed", last) }
        return ("ICU cannot compile it", 0)
    }
}
