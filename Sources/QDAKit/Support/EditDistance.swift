/// Approximate matching, used to suggest what a user probably meant.
public enum EditDistance {
    /// The Levenshtein distance between two strings, counted in characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word` (ignoring case and accents), if it is close enough
    /// to be a likely typo: at most a third of the word's length apart.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let folded = TextFolding.fold(word)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = distance(folded, TextFolding.fold(candidate))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.1 <= max(1, folded.count / 3) else { return nil }
        return best.0
    }

    /// The substring of `text` that best matches `pattern` (approximate substring matching,
    /// Sellers 1980), as a range of positions in `text` and the number of edits.
    public static func bestSubstring(of pattern: [Character], in text: [Character]) -> (range: Range<Int>, edits: Int)?
    {
        guard !pattern.isEmpty, !text.isEmpty else { return nil }
        let m = pattern.count
        // cost[i] and start[i] for the current column: best alignment of pattern[0..<i]
        // ending at the current text position, and where in the text it starts.
        var cost = Array(0...m)
        var start = [Int](repeating: 0, count: m + 1)
        var best: (end: Int, start: Int, edits: Int)?
        for j in 0..<text.count {
            var previousDiagonalCost = cost[0]
            var previousDiagonalStart = start[0]
            cost[0] = 0
            start[0] = j + 1
            for i in 1...m {
                let oldCost = cost[i]
                let oldStart = start[i]
                let substitution = previousDiagonalCost + (pattern[i - 1] == text[j] ? 0 : 1)
                let deletion = cost[i] + 1  // skip text[j]
                let insertion = cost[i - 1] + 1  // skip pattern[i-1]
                if substitution <= deletion && substitution <= insertion {
                    cost[i] = substitution
                    start[i] = previousDiagonalStart
                } else if insertion <= deletion {
                    cost[i] = insertion
                    start[i] = start[i - 1]
                } else {
                    cost[i] = deletion
                    start[i] = oldStart
                }
                previousDiagonalCost = oldCost
                previousDiagonalStart = oldStart
            }
            // On a tie with the same start, prefer the longer match (to the end of a word or sentence).
            if best == nil || cost[m] < best!.edits || (cost[m] == best!.edits && start[m] == best!.start) {
                best = (j + 1, start[m], cost[m])
            }
        }
        guard let best else { return nil }
        return (best.start..<best.end, best.edits)
    }
}
