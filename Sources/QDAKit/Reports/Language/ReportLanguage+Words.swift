/// Numbers, lists and counts in words, as a results chapter writes them.
extension ReportLanguage {
    private static let dutchNumbers = [
        "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
    ]
    private static let englishNumbers = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]

    /// The number in words up to twenty (`zes`, `six`), in digits above (`21`, with the
    /// language's thousands separator).
    public func numberWord(_ value: Int) -> String {
        guard (0...20).contains(value) else { return integer(value) }
        return self == .dutch ? Self.dutchNumbers[value] : Self.englishNumbers[value]
    }

    /// The number in words at the start of a sentence: `Zes`, `Eén` (Dutch writes the
    /// capital without the accent), `Six`; digits above twenty.
    public func capitalisedNumberWord(_ value: Int) -> String {
        if self == .dutch && value == 1 { return "Eén" }
        return numberWord(value).capitalisedFirst
    }

    /// `n` followed by the noun in the right number: `zes professionals`, `één professional`.
    public func count(_ value: Int, _ noun: ParticipantNoun, capitalised: Bool = false) -> String {
        let number = capitalised ? capitalisedNumberWord(value) : numberWord(value)
        return "\(number) \(value == 1 ? noun.singular : noun.plural)"
    }

    /// How often something was mentioned: `zes keer genoemd`, `mentioned six times`,
    /// `mentioned once`, `mentioned twice`.
    public func timesMentioned(_ value: Int) -> String {
        switch self {
        case .dutch:
            return "\(numberWord(value)) keer genoemd"
        case .english:
            switch value {
            case 1: return "mentioned once"
            case 2: return "mentioned twice"
            default: return "mentioned \(numberWord(value)) times"
            }
        }
    }

    /// The word for "and".
    public var and: String { self == .dutch ? "en" : "and" }

    /// A list: `Bo`, `Bo en Kim`, `Bo, Kim en Noa` (`and` in English, without a serial comma).
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
        }
    }

    /// A list with "both … and": `zowel Bo, Kim als Noa` / `both Bo and Kim`; English uses
    /// "both" for two items only and a plain list otherwise.
    public func bothList(_ items: [String]) -> String {
        guard items.count >= 2 else { return list(items) }
        switch self {
        case .dutch: return "zowel " + items.dropLast().joined(separator: ", ") + " als " + items.last!
        case .english: return items.count == 2 ? "both \(items[0]) and \(items[1])" : list(items)
        }
    }

    /// The opening and closing quotation marks: “…” in both languages (as the reference
    /// study writes them), with ‘…’ for a quotation inside a quotation.
    public var quotationMarks: (open: String, close: String) { ("“", "”") }

    /// The quotation marks used inside a quotation.
    public var innerQuotationMarks: (open: String, close: String) { ("‘", "’") }

    /// `text` in quotation marks; double quotation marks inside become single ones.
    public func quoted(_ text: String) -> String {
        let inner = text.replacingOccurrences(of: "“", with: innerQuotationMarks.open)
            .replacingOccurrences(of: "”", with: innerQuotationMarks.close)
        return quotationMarks.open + inner + quotationMarks.close
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// The string with its first character in lower case, unless the first word looks like
    /// a name or abbreviation (a capital inside the word).
    var lowercasedFirst: String {
        guard let first else { return self }
        let firstWord = prefix { $0 != " " }
        if firstWord.dropFirst().contains(where: \.isUppercase) { return self }
        return first.lowercased() + dropFirst()
    }
}
