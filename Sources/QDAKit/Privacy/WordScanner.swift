/// A word of a text, with where it is: the unit names are matched and suggested in.
struct Word {
    /// Where the word is in the text.
    var range: Range<String.Index>
    /// The word folded for comparison: lower case, without diacritics.
    var folded: String
    /// The code-point offset of the word's first character.
    var offset: Int
    /// The 1-based line of the word.
    var line: Int
    /// The 1-based column (in code points) of the word.
    var column: Int
    /// Whether the word starts with a capital letter.
    var isCapitalised: Bool
    /// Whether every letter of the word is a capital (an acronym such as `GGD`).
    var isUpperCase: Bool
    /// Whether the word contains a digit.
    var hasDigit: Bool
    /// The number of letters (code points other than combining marks).
    var letterCount: Int
}

/// Splits text into words (runs of letters, digits and combining marks) in one pass,
/// counting lines and columns on the way. It never holds more than one word, so a
/// 50 MB transcript costs no more memory than its text.
struct WordScanner: IteratorProtocol, Sequence {
    private let text: String
    private let scalars: String.UnicodeScalarView
    private var index: String.Index
    private var offset = 0
    private var line = 1
    private var column = 1
    private var previousWasCarriageReturn = false

    /// Creates a scanner over `text`.
    init(_ text: String) {
        self.text = text
        self.scalars = text.unicodeScalars
        self.index = text.unicodeScalars.startIndex
    }

    /// Whether a code point belongs to a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Folds a word for comparison: ASCII words are lower-cased directly, others go through
    /// ``TextFolding/fold(_:)``.
    static func fold(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return TextFolding.fold(String(word))
    }

    private mutating func step() {
        let scalar = scalars[index]
        index = scalars.index(after: index)
        offset += 1
        if scalar == "\n" {
            if !previousWasCarriageReturn { line += 1 }
            column = 1
            previousWasCarriageReturn = false
        } else if scalar == "\r" {
            line += 1
            column = 1
            previousWasCarriageReturn = true
        } else {
            column += 1
            previousWasCarriageReturn = false
        }
    }

    /// The next word, or `nil` at the end of the text.
    mutating func next() -> Word? {
        while index != scalars.endIndex && !Self.isWordScalar(scalars[index]) { step() }
        guard index != scalars.endIndex else { return nil }
        let start = index
        let startOffset = offset
        let startLine = line
        let startColumn = column
        var capitalised: Bool?
        var allUpper = true
        var hasDigit = false
        var letters = 0
        while index != scalars.endIndex && Self.isWordScalar(scalars[index]) {
            let scalar = scalars[index]
            if scalar.isASCII {
                // Most words are ASCII: classify without looking up Unicode properties.
                let value = scalar.value
                if value <= 0x39 {
                    hasDigit = true
                } else {
                    let upper = value <= 0x5A
                    if capitalised == nil { capitalised = upper }
                    if !upper { allUpper = false }
                }
                letters += 1
            } else {
                let properties = scalar.properties
                if properties.numericType != nil {
                    hasDigit = true
                } else if properties.isAlphabetic {
                    if capitalised == nil { capitalised = properties.isUppercase }
                    if !properties.isUppercase { allUpper = false }
                }
                if properties.generalCategory != .nonspacingMark && properties.generalCategory != .spacingMark {
                    letters += 1
                }
            }
            step()
        }
        let range = start..<index
        return Word(
            range: range, folded: Self.fold(text[range]), offset: startOffset, line: startLine, column: startColumn,
            isCapitalised: capitalised ?? false, isUpperCase: allUpper && capitalised != nil, hasDigit: hasDigit,
            letterCount: letters)
    }
}

/// What lies between two words, classified for matching multi-word names.
enum WordGap: Hashable {
    /// Spaces, with at most one line break (a name split over two lines).
    case space
    /// A hyphen or dash, possibly with spaces around it (`Jan-Willem`).
    case hyphen
    /// A single apostrophe (`O'Brien`).
    case apostrophe
    /// Anything else, normalised (`. ` in `J. de Vries`).
    case other(String)

    /// Whether two gaps are the same for the purpose of matching a name: a space and a
    /// hyphen are interchangeable (`Jan Willem` is `Jan-Willem`).
    func matches(_ other: WordGap) -> Bool {
        switch (self, other) {
        case (.space, .space), (.space, .hyphen), (.hyphen, .space), (.hyphen, .hyphen): return true
        case (.apostrophe, .apostrophe): return true
        case (.other(let a), .other(let b)): return a == b
        default: return false
        }
    }

    /// Classifies the text between two words; `nil` when it cannot be inside a name (more
    /// than one line break, or a long run of punctuation).
    init?(_ text: Substring) {
        var normalised = ""
        var lineBreaks = 0
        var previousWasCarriageReturn = false
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !(scalar == "\n" && previousWasCarriageReturn) { lineBreaks += 1 }
                previousWasCarriageReturn = scalar == "\r"
                pendingSpace = true
                continue
            }
            previousWasCarriageReturn = false
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !normalised.isEmpty { normalised += " " }
            pendingSpace = false
            normalised.unicodeScalars.append(Self.normalise(scalar))
        }
        guard lineBreaks <= 1, normalised.unicodeScalars.count <= 3 else { return nil }
        switch normalised {
        case "": self = .space
        case "-": self = .hyphen
        case "'": self = .apostrophe
        default: self = .other(normalised)
        }
    }

    /// Straight apostrophes and hyphens for their typographic forms.
    static func normalise(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "’", "‘", "`", "´", "ʼ": return "'"
        case "‐", "‑", "–", "—": return "-"
        default: return scalar
        }
    }

    /// Whether a code point is an apostrophe (straight or typographic).
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { normalise(scalar) == "'" && scalar != "`" }
}
