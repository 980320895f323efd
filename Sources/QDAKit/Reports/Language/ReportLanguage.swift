import Foundation

/// The language of generated text: Dutch or English. Decides decimal separators, number
/// words, plural forms, name lists and quotation marks.
public enum ReportLanguage: String, Sendable, Codable, CaseIterable {
    /// Dutch: decimal comma, „…” / “…” quotes, "en" in lists.
    case dutch = "nl"
    /// English: decimal point, “…” quotes, "and" in lists.
    case english = "en"

    /// Parses `nl`, `en`, `dutch`, `english`, `nederlands`.
    public init?(code: String) {
        switch code.lowercased() {
        case "nl", "dutch", "nederlands", "nld": self = .dutch
        case "en", "english", "engels", "eng": self = .english
        default: return nil
        }
    }

    /// `value` with `digits` decimals and the language's decimal separator (`0,52` / `0.52`);
    /// minus signs are written as U+2212 in neither language (a plain hyphen-minus is kept
    /// so that numbers can be copied into statistics software).
    public func decimal(_ value: Double, digits: Int = 2) -> String {
        let text = String(format: "%.\(digits)f", value)
        let normalised = text == "-" + String(format: "%.\(digits)f", 0.0) ? String(text.dropFirst()) : text
        return self == .dutch ? normalised.replacingOccurrences(of: ".", with: ",") : normalised
    }

    /// A proportion as a percentage with `digits` decimals: `59%` / `58,8%`.
    public func percent(_ proportion: Double, digits: Int = 0) -> String {
        decimal(proportion * 100, digits: digits) + "%"
    }

    /// A range of two decimals with an en dash: `0,41–0,63`.
    public func interval(_ lower: Double, _ upper: Double, digits: Int = 2) -> String {
        decimal(lower, digits: digits) + "–" + decimal(upper, digits: digits)
    }

    /// An integer with the language's thousands separator (`12.345` / `12,345`).
    public func integer(_ value: Int) -> String {
        let grouped = value.grouped
        return self == .dutch ? grouped.replacingOccurrences(of: ",", with: ".") : grouped
    }
}
