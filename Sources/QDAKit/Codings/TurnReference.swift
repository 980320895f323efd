/// Parses the `turn` column of a coding file: `4`, `9-10`, `9–10`, `9 - 10`.
enum TurnReference {
    static func parse(_ text: String) -> ClosedRange<Int>? {
        // The usual case, a plain number, without splitting (`Int` accepts what the general
        // path accepts for a single number: digits with an optional `+`, but not `-0`).
        if text.utf8.first != UInt8(ascii: "-"), let number = Int(text) { return number...number }
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" }).map {
            $0.trimmingWhitespace()
        }
        guard !parts.isEmpty, parts.count <= 2, !trimmed.hasPrefix("-"), !trimmed.hasSuffix("-") else { return nil }
        guard let first = Int(parts[0]), let last = Int(parts.count == 2 ? parts[1] : parts[0]), first >= 0,
            last >= first
        else { return nil }
        return first...last
    }
}
