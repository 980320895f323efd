/// Words for numbers and lists in the methods paragraph.
enum AgreementWords {
    private static let dutch = [
        "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
    ]
    private static let english = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]

    /// The number as a word up to twenty, else in digits.
    static func number(_ value: Int, _ language: ReportLanguage) -> String {
        let words = language == .dutch ? dutch : english
        return value >= 0 && value < words.count ? words[value] : language.integer(value)
    }

    /// `text` with its first letter in upper case.
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `A`, `A en B`, `A, B en C` (or `and`).
    static func list(_ items: [String], _ language: ReportLanguage) -> String {
        let conjunction = language == .dutch ? " en " : " and "
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + conjunction + items.last!
        }
    }

    /// The Landis & Koch (1977) label of a κ value, in `language`.
    static func landisKoch(_ kappa: Double, _ language: ReportLanguage) -> String {
        let labels =
            language == .dutch
            ? ["slecht", "gering", "redelijk", "matig", "substantieel", "bijna perfect"]
            : ["poor", "slight", "fair", "moderate", "substantial", "almost perfect"]
        switch kappa {
        case ..<0: return labels[0]
        case ..<0.205: return labels[1]
        case ..<0.405: return labels[2]
        case ..<0.605: return labels[3]
        case ..<0.805: return labels[4]
        default: return labels[5]
        }
    }

    /// The source of the labels, as cited after them.
    static let landisKochSource = "Landis & Koch, 1977"
}
