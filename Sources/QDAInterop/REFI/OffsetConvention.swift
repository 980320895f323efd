/// How a program counted the `startPosition` and `endPosition` of its selections.
///
/// The REFI-QDA standard says Unicode code points from 0, end exclusive. NVivo counts UTF-16
/// code units over the text file as stored (CRLF is two, the byte-order mark not counted),
/// which differs from the standard after every emoji. Other programs may count UTF-8 bytes
/// or include the byte-order mark. ``detect(in:selections:)`` tries each and keeps the one
/// that puts the selection boundaries on sensible places.
public struct OffsetConvention: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What one unit of an offset is.
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        /// Unicode code points (the REFI-QDA standard).
        case codePoints
        /// UTF-16 code units (NVivo).
        case utf16
        /// UTF-8 bytes.
        case utf8
    }

    /// The unit.
    public var unit: Unit
    /// Whether offset 0 is the byte-order mark rather than the first character.
    public var countsByteOrderMark: Bool

    /// Creates a convention.
    public init(unit: Unit, countsByteOrderMark: Bool = false) {
        self.unit = unit
        self.countsByteOrderMark = countsByteOrderMark
    }

    /// The REFI-QDA standard: code points from 0.
    public static let standard = OffsetConvention(unit: .codePoints)

    /// How the convention is described in import reports.
    public var description: String {
        let base: String
        switch unit {
        case .codePoints: base = "Unicode code points (the REFI-QDA standard)"
        case .utf16: base = "UTF-16 code units over the text as stored (as NVivo writes them)"
        case .utf8: base = "UTF-8 bytes"
        }
        return countsByteOrderMark ? base + ", counting the byte-order mark" : base
    }

    /// Converts offsets in this convention to code-point offsets in `text` (which has no
    /// byte-order mark).
    public struct Mapper: Sendable {
        let convention: OffsetConvention
        let scalarCount: Int
        /// For UTF-16 and UTF-8: the code-point offset of each unit offset, -1 inside a character.
        let table: [Int32]
        /// The text's scalars, for judging boundaries.
        let scalars: [Unicode.Scalar]

        /// Creates a mapper for `text`.
        public init(convention: OffsetConvention, text: String) {
            self.init(convention: convention, scalars: Array(text.unicodeScalars))
        }

        init(convention: OffsetConvention, scalars: [Unicode.Scalar], table: [Int32]? = nil) {
            self.convention = convention
            self.scalars = scalars
            scalarCount = scalars.count
            if let table {
                self.table = table
                return
            }
            var table: [Int32] = []
            switch convention.unit {
            case .codePoints: break
            case .utf16, .utf8:
                table.reserveCapacity(scalars.count * 2 + 1)
                let utf16 = convention.unit == .utf16
                var index: Int32 = 0
                for scalar in scalars {
                    let width = utf16 ? UTF16.width(scalar) : UTF8.width(scalar)
                    table.append(index)
                    if width > 1 { table.append(contentsOf: repeatElement(-1, count: width - 1)) }
                    index += 1
                }
                table.append(Int32(scalars.count))
            }
            self.table = table
        }

        /// The code-point offset for `offset`, or `nil` when it is past the end or inside a
        /// character (half of an emoji's surrogate pair, say).
        public func codePoint(_ offset: Int) -> Int? {
            var offset = offset
            if convention.countsByteOrderMark {
                let bomWidth = convention.unit == .utf8 ? 3 : 1
                offset = max(0, offset - bomWidth)
            }
            guard offset >= 0 else { return nil }
            switch convention.unit {
            case .codePoints:
                return offset <= scalarCount ? offset : nil
            case .utf16, .utf8:
                guard offset < table.count else { return nil }
                let value = table[offset]
                return value < 0 ? nil : Int(value)
            }
        }
    }

    /// The result of ``detect(in:selections:)``.
    public struct Detection: Sendable {
        /// The convention chosen.
        public var convention: OffsetConvention
        /// Selection boundaries that fall on a line or word boundary under it.
        public var cleanBoundaries: Int
        /// All selection boundaries judged (two per distinct range).
        public var boundaries: Int
        /// Boundaries that are past the end of the text or inside a character under it.
        public var impossibleBoundaries: Int
        /// The clean boundaries under the standard, for comparison.
        public var standardCleanBoundaries: Int
        /// Whether the standard gives the same code points for every selection.
        public var agreesWithStandard: Bool

        /// One sentence for the import report.
        public var summary: String {
            var text =
                "offsets read as \(convention): \(cleanBoundaries) of \(boundaries) selection boundaries fall on word or line boundaries"
            if agreesWithStandard {
                if convention != .standard { text += " (the standard gives the same places for this text)" }
            } else {
                text += ", against \(standardCleanBoundaries) when read as code points (the standard)"
            }
            if impossibleBoundaries > 0 { text += "; \(impossibleBoundaries) boundaries fall outside the text" }
            return text
        }
    }

    /// The candidates, in order of preference when they score the same.
    static func candidates(hasByteOrderMark: Bool) -> [OffsetConvention] {
        var result = Unit.allCases.map { OffsetConvention(unit: $0) }
        if hasByteOrderMark { result += Unit.allCases.map { OffsetConvention(unit: $0, countsByteOrderMark: true) } }
        return result
    }

    /// Chooses the convention under which the selections' boundaries fall on the most
    /// sensible places: no boundary past the end of the text or inside a character, and as
    /// many as possible at the start or end of a line or word. Ties go to the standard.
    public static func detect(in text: String, selections: [(start: Int, end: Int)], hasByteOrderMark: Bool = false)
        -> Detection
    {
        var seen = Set<[Int]>()
        let ranges = selections.filter { $0.end >= 0 && seen.insert([$0.start, $0.end]).inserted }
        var best: (convention: OffsetConvention, impossible: Int, clean: Int, mapped: [Int?])?
        var standard: (clean: Int, mapped: [Int?])?
        let scalars = Array(text.unicodeScalars)
        var tables: [Unit: [Int32]] = [:]
        for convention in candidates(hasByteOrderMark: hasByteOrderMark) {
            let mapper = Mapper(convention: convention, scalars: scalars, table: tables[convention.unit])
            tables[convention.unit] = mapper.table
            var impossible = 0
            var clean = 0
            var mapped: [Int?] = []
            for range in ranges {
                let start = mapper.codePoint(range.start)
                let end = mapper.codePoint(range.end)
                mapped += [start, end]
                if let start { clean += mapper.isCleanStart(start) ? 1 : 0 } else { impossible += 1 }
                if let end { clean += mapper.isCleanEnd(end) ? 1 : 0 } else { impossible += 1 }
            }
            if convention == .standard { standard = (clean, mapped) }
            if let current = best, (current.impossible, -current.clean) <= (impossible, -clean) { continue }
            best = (convention, impossible, clean, mapped)
        }
        let chosen = best!
        return Detection(
            convention: chosen.convention, cleanBoundaries: chosen.clean, boundaries: ranges.count * 2,
            impossibleBoundaries: chosen.impossible, standardCleanBoundaries: standard!.clean,
            agreesWithStandard: standard!.mapped == chosen.mapped)
    }
}

extension OffsetConvention.Mapper {
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether a selection may sensibly start at code point `offset`: at the start of the
    /// text, a line or a word (never between CR and LF).
    func isCleanStart(_ offset: Int) -> Bool {
        guard offset > 0, offset < scalarCount else { return offset == 0 }
        let before = scalars[offset - 1]
        let after = scalars[offset]
        if before == "\r" && after == "\n" { return false }
        return !(Self.isWordScalar(before) && Self.isWordScalar(after))
    }

    /// Whether a selection may sensibly end at code point `offset` (exclusive).
    func isCleanEnd(_ offset: Int) -> Bool {
        guard offset > 0, offset < scalarCount else { return true }
        let before = scalars[offset - 1]
        let after = scalars[offset]
        if before == "\r" && after == "\n" { return false }
        return !(Self.isWordScalar(before) && Self.isWordScalar(after))
    }
}
