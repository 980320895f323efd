/// Lists every unit on which the coders differ, code by code, with the unit's text.
struct DisagreementFinder {
    let layout: UnitLayout
    let matrix: CodingMatrix
    let transcripts: [TranscriptID: Transcript]
    let codings: [Coding]
    /// Per transcript and code, the indices of its codings.
    let codingsByPlace: [Place: [Int]]

    struct Place: Hashable {
        var transcript: TranscriptID
        var code: String
    }

    /// The longest text shown for a unit before it is shortened to the coded passage.
    static let maximumText = 280

    init(layout: UnitLayout, matrix: CodingMatrix, transcripts: [Transcript], codings: [Coding]) {
        self.layout = layout
        self.matrix = matrix
        self.transcripts = Dictionary(transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.codings = codings
        codingsByPlace = Dictionary(grouping: codings.indices) {
            Place(transcript: codings[$0].transcript, code: codings[$0].code)
        }
    }

    /// The disputed codes, most disputed first (ties in report order). With `textsPerCode`,
    /// only the first that many units of each code get their text and the codes applied to
    /// them (the others an empty text and no codes): the Markdown report lists no more.
    func disputedCodes(textsPerCode: Int? = nil) -> [DisputedCode] {
        var coverageCount = [UInt8](repeating: 0, count: matrix.unitCount)
        for bits in matrix.coverage { bits.forEach { coverageCount[$0] += 1 } }
        var result: [DisputedCode] = []
        for code in matrix.codes.indices {
            var union = UnitBits(count: matrix.unitCount)
            for coder in matrix.coders.indices {
                union = union.union(matrix.presence[coder][code])
            }
            var entries: [Disagreement] = []
            var appliedCounts = Array(repeating: 0, count: matrix.coders.count)
            var previous: (unit: Int, applied: [Int])? = nil
            union.forEach { unit in
                guard coverageCount[unit] >= 2 else { return }
                let applied = matrix.coders.indices.filter { matrix.presence[$0][code][unit] }
                let covering = matrix.coders.indices.filter { matrix.coverage[$0][unit] }
                guard applied.count < covering.count else { return }
                for coder in applied { appliedCounts[coder] += 1 }
                let location = layout.location(of: unit)
                if layout.kind == .character, let last = previous, last.unit == unit - 1, last.applied == applied,
                    var entry = entries.last, entry.location.transcript == location.transcript,
                    entry.location.turn == location.turn, entry.location.range.upperBound == location.range.lowerBound
                {
                    entry.location.range = entry.location.range.lowerBound..<location.range.upperBound
                    entry.unitCount += 1
                    entries[entries.count - 1] = entry
                } else {
                    // The codes on the unit are listed with its text: not needed beyond the texts asked for.
                    let listed = entries.count < textsPerCode ?? Int.max
                    entries.append(
                        Disagreement(
                            location: location, unitCount: 1, text: "", codes: listed ? codes(on: unit) : [],
                            appliedBy: applied.map { matrix.coders[$0] }))
                }
                previous = (unit, applied)
            }
            guard !entries.isEmpty else { continue }
            result.append(DisputedCode(code: matrix.codes[code], appliedBy: appliedCounts, units: entries))
        }
        // The texts on all cores: first each disputed unit's text once (a unit is often disputed
        // on several codes), then each entry's, shortened to its code's passage where long.
        var locations: [UnitLocation] = []
        var seen = Set<UnitLocation>()
        let texted = { (disputed: DisputedCode) in disputed.units.prefix(textsPerCode ?? disputed.units.count) }
        for disputed in result {
            for entry in texted(disputed) where seen.insert(entry.location).inserted {
                locations.append(entry.location)
            }
        }
        let texts = Parallel.map(locations) { location in
            transcripts[location.transcript].map { passage(location.range, in: $0) }
        }
        var passages: [UnitLocation: String] = [:]
        for (location, text) in zip(locations, texts) { passages[location] = text }
        let jobs = result.indices.flatMap { code in texted(result[code]).indices.map { (code, $0) } }
        let entryTexts = Parallel.map(jobs) { [passages, result] code, entry in
            text(of: result[code].units[entry], code: result[code].code, passages: passages)
        }
        for ((code, entry), text) in zip(jobs, entryTexts) { result[code].units[entry].text = text }
        let order = Dictionary(matrix.codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return result.sorted {
            if $0.units.count != $1.units.count { return $0.units.count > $1.units.count }
            return order[$0.code]! < order[$1.code]!
        }
    }

    private func codes(on unit: Int) -> [[String]] {
        matrix.coders.indices.map { coder in
            matrix.codes.indices.filter { matrix.presence[coder][$0][unit] }.map { matrix.codes[$0] }
        }
    }

    /// The unit's text with white space collapsed; a long unit is shortened to the passage
    /// coded with `code`, with "…" where text is left out.
    private func text(of entry: Disagreement, code: String, passages: [UnitLocation: String]) -> String {
        guard let transcript = transcripts[entry.location.transcript], let full = passages[entry.location] else {
            return ""
        }
        let range = entry.location.range
        guard Self.isLonger(full, than: Self.maximumText) else { return full }
        let coded = (codingsByPlace[Place(transcript: transcript.id, code: code)] ?? []).lazy.map { codings[$0] }
            .filter { entry.appliedBy.contains($0.coder) && $0.range.overlaps(range) }
            .map { max($0.range.lowerBound, range.lowerBound)..<min($0.range.upperBound, range.upperBound) }
        var focus = full
        var before = false
        var after = false
        if let first = coded.min(by: { $0.lowerBound < $1.lowerBound }), first != range {
            focus = passage(first, in: transcript)
            before = first.lowerBound > range.lowerBound
            after = first.upperBound < range.upperBound
        }
        if Self.isLonger(focus, than: Self.maximumText) {
            focus = Self.cut(focus, to: Self.maximumText - 20)
            after = true
        }
        return (before ? "… " : "") + focus + (after ? " …" : "")
    }

    private func passage(_ range: Range<Int>, in transcript: Transcript) -> String {
        let parts = transcript.turnIndices(overlapping: range).map { transcript.turns[$0].substring(offsets: range) }
        return TextFolding.collapseWhitespace(parts.joined(separator: " "))
    }

    /// `text` cut at the last space before `length` characters.
    static func cut(_ text: String, to length: Int) -> String {
        // Only the first `length + 1` characters matter: where those are code points that are
        // each a character, cut by code points and find the space by its byte.
        guard let longer = simplePrefixIsLonger(text, than: length) else { return slowCut(text, to: length) }
        guard longer else { return text }
        let prefix = text[..<text.unicodeScalars.index(text.startIndex, offsetBy: length)]
        if let space = prefix.utf8.lastIndex(of: 0x20),
            prefix.unicodeScalars.distance(from: prefix.startIndex, to: space) > length / 2
        {
            return String(prefix[..<space])
        }
        return String(prefix)
    }

    /// `text.count`, quickly when each code point is a character.
    static func characterCount(_ text: String) -> Int {
        ScalarClass.simpleCharacterCount(text) ?? text.count
    }

    /// `characterCount(text) > length`, looking at no more of the text than needed.
    static func isLonger(_ text: String, than length: Int) -> Bool {
        simplePrefixIsLonger(text, than: length) ?? (text.count > length)
    }

    /// Whether `text` has more than `length` characters, from its first `length + 1` code
    /// points only; `nil` when one of those (or of all, for a shorter text) may not be a
    /// character of its own (the test of ``ScalarClass/simpleCharacterCount(_:)``: a byte from
    /// 0xCC on, or CR LF). Code points below U+0300 other than CR LF are each a character,
    /// so `length + 1` of them are more than `length` characters whatever follows them.
    static func simplePrefixIsLonger(_ text: String, than length: Int) -> Bool? {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool? {
            var count = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0xCC || (byte == 0x0A && previous == 0x0D) { return nil }
                if ScalarClass.isLeadByte(byte) {
                    count &+= 1
                    // The lead byte of code point `length + 2`: the `length + 1` before it are whole.
                    if count > length + 1 { return true }
                }
                previous = byte
            }
            return count > length
        }
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
    }

    static func slowCut(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let prefix = text.prefix(length)
        if let space = prefix.lastIndex(of: " "), prefix.distance(from: prefix.startIndex, to: space) > length / 2 {
            return String(prefix[..<space])
        }
        return String(prefix)
    }
}
