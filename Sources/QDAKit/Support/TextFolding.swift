import Foundation

/// Comparisons of text the way researchers expect them: ignoring case, accents and
/// differences in white space.
public enum TextFolding {
    /// `text` in lower case without diacritics (`Één` → `een`), for comparisons.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// `text` with every run of white space (including line breaks) replaced by one
    /// space, and without leading or trailing white space.
    public static func collapseWhitespace(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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
        let scalars = unicodeScalars
        // Most fields have nothing to trim: copy them whole instead of scalar by scalar.
        if let head = scalars.first, let tail = scalars.last, !head.properties.isWhitespace,
            !tail.properties.isWhitespace
        {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[first...last])
        return result
    }
}
