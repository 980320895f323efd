import Foundation

/// One transcript's share of an auto-coding run, computed where the transcript is coded so
/// that the codings of the whole study need not be held at once: the coding file's bytes,
/// their fingerprint and the figures for the summary.
struct AutoCodeOutput: Sendable {
    /// The codings, when the caller keeps them (``AutoCoder/Options/keepsCodings``).
    var codings: [AutoCoding]
    /// The coding file, as ``AutoCoder/codingFile(_:)`` writes it, in UTF-8.
    var file: Data
    /// ``AutoCodeFolder/fingerprint(_:)`` of ``file``.
    var fingerprint: String
    /// The figures of this transcript.
    var tally: AutoCodeSummary.Tally
}

extension AutoCoder {
    /// The bytes of ``codingFile(_:)`` for `codings`, written into one buffer.
    static func codingFileBytes(_ codings: [AutoCoding]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32 + codings.count * 160)
        out.append(contentsOf: "turn\tcode\tquote\tmemo\n".utf8)
        for coding in codings {
            appendNumber(coding.turn, to: &out)
            out.append(0x09)
            appendField(coding.code, to: &out)
            out.append(0x09)
            appendField(coding.quote ?? "", to: &out)
            out.append(0x09)
            appendMemo(coding, to: &out)
            out.append(0x0A)
        }
        return out
    }

    /// Appends the decimal digits of `number`, as `String(number)` writes them.
    private static func appendNumber(_ number: Int, to out: inout [UInt8]) {
        out.append(contentsOf: String(number).utf8)
    }

    /// Appends `field` as ``CSV/quote(_:delimiter:)`` writes it with a tab delimiter: the
    /// common field that needs no quotes is copied byte for byte.
    private static func appendField(_ field: String, to out: inout [UInt8]) {
        var field = field
        let plain = field.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first == 0x20 || last == 0x20 { return false }
            for byte in bytes where byte == 0x09 || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if !plain { out.append(contentsOf: CSV.quote(field, delimiter: "\t").utf8) }
    }

    /// Appends ``AutoCoding/memo`` as a field, built in the buffer rather than as a string.
    private static func appendMemo(_ coding: AutoCoding, to out: inout [UInt8]) {
        let start = out.count
        if let topic = coding.topic {
            out.append(contentsOf: "guide: ".utf8)
            out.append(contentsOf: topic.utf8)
            if let question = coding.questionTurn {
                out.append(contentsOf: " (question in turn ".utf8)
                appendNumber(question, to: &out)
                out.append(0x29)
            }
            if !coding.keywords.isEmpty { out.append(contentsOf: "; ".utf8) }
        }
        if !coding.keywords.isEmpty {
            out.append(contentsOf: (coding.keywords.count == 1 ? "keyword: " : "keywords: ").utf8)
            for (position, keyword) in coding.keywords.enumerated() {
                if position > 0 { out.append(contentsOf: ", ".utf8) }
                appendShown(keyword, to: &out)
            }
        }
        // Rare: a memo that needs quotes in the file.
        var plain = true
        if out.count > start {
            if out[start] == 0x20 || out[out.count - 1] == 0x20 { plain = false }
            for byte in out[start...] where byte == 0x09 || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                plain = false
                break
            }
        }
        if !plain {
            out.removeSubrange(start...)
            out.append(contentsOf: CSV.quote(coding.memo, delimiter: "\t").utf8)
        }
    }

    /// Appends a keyword as the memo shows it, without its quotes (``KeywordRule/unquote(_:)``),
    /// on the bytes for the common forms: a plain word, or a phrase in ASCII quotes next to
    /// ASCII characters.
    private static func appendShown(_ keyword: String, to out: inout [UInt8]) {
        var keyword = keyword
        let done = keyword.withUTF8 { bytes -> Bool in
            guard let first = bytes.first else { return false }
            // `unquote` changes only text that starts, after any white space, with a quote.
            if first > 0x20 && first != 0x22 && first < 0x80 {
                out.append(contentsOf: bytes)
                return true
            }
            let count = bytes.count
            guard first == 0x22, count >= 2, bytes[count - 1] == 0x22, bytes[1] < 0x80, bytes[count - 2] < 0x80
            else { return false }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[1..<(count - 1)]))
            return true
        }
        if !done { out.append(contentsOf: (KeywordRule.unquote(keyword) ?? keyword).utf8) }
    }

    /// ``AutoCodeFolder/fingerprint(_:)`` of `bytes`.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes(AutoCodeFolder.fingerprint(bytes:))
    }
}

extension AutoCodeSummary {
    /// The summary's figures, added up transcript by transcript (in study order) so that the
    /// codings themselves need not be kept: the same figures as ``tally(_:codebook:)``.
    struct Tally: Sendable {
        /// One code's figures so far.
        struct Line: Sendable {
            var turns = 0
            var transcripts = 0
            var codings = 0
            var guideTurns = 0
            /// The last turn counted in ``turns``.
            var lastTurn = -1
            /// Per keyword (by its number in ``TranscriptAutoCoder/keywordNames``), in order of
            /// first appearance: the codings it matched in, and where it first appeared (the
            /// coding's position among this code's codings, then its place in that coding's list).
            var keywords: [(keyword: Int32, count: Int, coding: Int, place: Int)] = []
        }

        /// By the code's position in the codebook (the first code of that name); codes that
        /// are not in the codebook are not in the summary.
        var lines: [Int: Line] = [:]
        /// Participant turns with at least one coding.
        var turnsCoded = 0
        /// Codings in all.
        var codings = 0

        init() {}

        /// Counts one transcript's codings as the auto-coder makes them (ordered by turn), by
        /// code position and keyword number, without hashing names.
        struct Counter {
            private var counting: [Line]
            private var used: [Int] = []
            private var previousTurn: Int?
            private var turnsCoded = 0
            private var codings = 0

            /// A counter for codes at positions `0..<positions` in the codebook.
            init(positions: Int) {
                counting = [Line](repeating: Line(), count: positions)
            }

            /// Counts `coding`, of the code at `position` in the codebook (`Int.max` if it is not
            /// there), whose keywords have the numbers `keywords`.
            mutating func count(_ coding: AutoCoding, position: Int, keywords: ArraySlice<Int32>) {
                if coding.turn != previousTurn { turnsCoded += 1 }
                previousTurn = coding.turn
                codings += 1
                guard position >= 0, position < counting.count else { return }
                counting.withUnsafeMutableBufferPointer { counts in
                    if counts[position].codings == 0 {
                        counts[position].transcripts = 1
                        used.append(position)
                    }
                    if counts[position].lastTurn != coding.turn {
                        counts[position].turns += 1
                        counts[position].lastTurn = coding.turn
                    }
                    if coding.topic != nil { counts[position].guideTurns += 1 }
                    let index = counts[position].codings
                    for (place, keyword) in keywords.enumerated() {
                        if let slot = counts[position].keywords.firstIndex(where: { $0.keyword == keyword }) {
                            counts[position].keywords[slot].count += 1
                        } else {
                            counts[position].keywords.append((keyword, 1, index, place))
                        }
                    }
                    counts[position].codings += 1
                }
            }

            /// The figures counted.
            func tally() -> Tally {
                var tally = Tally()
                tally.lines.reserveCapacity(used.count)
                for position in used { tally.lines[position] = counting[position] }
                tally.turnsCoded = turnsCoded
                tally.codings = codings
                return tally
            }
        }

        /// Adds the figures of a later transcript.
        mutating func add(_ other: Tally) {
            turnsCoded += other.turnsCoded
            codings += other.codings
            for (position, next) in other.lines {
                var line = lines.removeValue(forKey: position) ?? Line()
                line.turns += next.turns
                line.transcripts += next.transcripts
                line.guideTurns += next.guideTurns
                for seen in next.keywords {
                    if let earlier = line.keywords.firstIndex(where: { $0.keyword == seen.keyword }) {
                        line.keywords[earlier].count += seen.count
                    } else {
                        line.keywords.append((seen.keyword, seen.count, seen.coding + line.codings, seen.place))
                    }
                }
                line.codings += next.codings
                lines[position] = line
            }
        }

        /// The summary lines, in codebook order; `codeOrder` and `keywordNames` those of the
        /// ``TranscriptAutoCoder`` that counted.
        func codeLines(_ codebook: Codebook, codeOrder: [String: Int], keywordNames: [String]) -> [CodeLine] {
            codebook.codes.compactMap { code -> CodeLine? in
                guard let position = codeOrder[code.name], let line = lines[position] else { return nil }
                let top = line.keywords.max {
                    $0.count != $1.count ? $0.count < $1.count : ($0.coding, $0.place) > ($1.coding, $1.place)
                }
                return CodeLine(
                    code: code.name, turns: line.turns, transcripts: line.transcripts, codings: line.codings,
                    guideTurns: line.guideTurns, topKeyword: top.map { keywordNames[Int($0.keyword)] },
                    topKeywordCodings: top?.count ?? 0)
            }
        }
    }
}
