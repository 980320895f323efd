import QDAKit

/// A text source from another program written as a QDAKit transcript, with the map from
/// the source's code-point offsets to offsets in the transcript file.
///
/// The transcript's body is the source text exactly as stored (line endings included),
/// after a header that records where it came from. When the text does not start with a
/// speaker turn (`Label: text`), every line before the first turn (every line when there is
/// none) is given a speaker label, `<label>: `, where `<label>` is a name that occurs nowhere
/// in the text followed by a colon; the header names it (`line-label:`), so that an export
/// takes exactly those prefixes out again and gives back the source text character for
/// character.
public struct SourceTranscript: Sendable {
    /// The transcript file's text.
    public var text: String
    /// The label added before lines, or `nil` when the text's own turns are used.
    public var lineLabel: String?
    /// The code-point offset of the body (the source text) in the file.
    public var bodyOffset: Int
    /// Where a label was added: code-point offsets in the source text, ascending.
    public var insertions: [Int]

    /// The most lines before the first speaker turn that are labelled on their own while the
    /// rest of the text keeps its turns.
    static let maximumPreambleLines = 10

    /// The header key that names the added label.
    public static let lineLabelKey = "line-label"

    /// The file offset of source offset `offset` (code points): a selection that starts at a
    /// line start starts after the added label; one that ends there ends before it.
    public func fileOffset(ofSource offset: Int, isEnd: Bool) -> Int {
        guard let lineLabel else { return bodyOffset + offset }
        let width = lineLabel.unicodeScalars.count + 2
        let before = isEnd ? Self.countBelow(insertions, offset) : Self.countBelow(insertions, offset + 1)
        return bodyOffset + offset + width * before
    }

    /// The number of elements of sorted `values` below `limit`.
    static func countBelow(_ values: [Int], _ limit: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < limit { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Writes `sourceText` as a transcript with `header` fields (`key`, `value`).
    ///
    /// - Parameters:
    ///   - preferredLabel: the label to try first for lines without a speaker (usually the
    ///     source's name); `Text`, `Text 2`, … are tried after it.
    ///   - interviewerLabels: the study's interviewer labels, which the added label must not be.
    public static func make(
        sourceText: String, header: [(String, String)], preferredLabel: String, interviewerLabels: [String]
    ) -> SourceTranscript {
        let parser = TranscriptParser(interviewerLabels: interviewerLabels)
        let plain = compose(header: header, body: sourceText)
        let native = parser.parse(plain.text, path: "source.txt")
        let lines = TextLines.split(plain.text)
        let bodyLines = lines.filter { $0.offset >= plain.bodyOffset && !isBlankLine($0) }
        var stopLine = Int.max
        if let turns = native.transcript?.turns, let first = turns.first, turns.contains(where: { !$0.isInterviewer }) {
            let preamble = bodyLines.filter { $0.number < first.line }.count
            let linesInTurns = bodyLines.count - preamble
            // The text's own turns are used when they start (almost) at the top and are
            // dense enough to be real speaker turns (one per ten lines at least), not a few
            // lines that happen to look like `Label: text`.
            if preamble <= maximumPreambleLines && turns.count * 10 >= linesInTurns {
                if preamble == 0 {
                    return SourceTranscript(
                        text: plain.text, lineLabel: nil, bodyOffset: plain.bodyOffset, insertions: [])
                }
                stopLine = first.line
            }
        }
        let label = chooseLabel(preferred: preferredLabel, text: sourceText, interviewerLabels: interviewerLabels)
        var insertions: [Int] = []
        var body = ""
        body.reserveCapacity(sourceText.utf8.count + lines.count * (label.utf8.count + 2))
        for line in lines where line.offset >= plain.bodyOffset {
            let sourceOffset = line.offset - plain.bodyOffset
            if line.number < stopLine && !isBlankLine(line) {
                insertions.append(sourceOffset)
                body += label + ": "
            }
            body += line.text
            body += terminator(of: line, in: plain.text)
        }
        var fields = header
        let speakers =
            native.transcript.map { transcript in
                transcript.turns.filter { $0.line >= stopLine && !$0.isInterviewer }.map(\.speaker)
            } ?? []
        var declared = [label]
        for speaker in speakers where !declared.contains(speaker) { declared.append(speaker) }
        fields.append((lineLabelKey, label))
        fields.append(("participants", declared.joined(separator: ", ")))
        let wrapped = compose(header: fields, body: body)
        return SourceTranscript(
            text: wrapped.text, lineLabel: label, bodyOffset: wrapped.bodyOffset, insertions: insertions)
    }

    static func isBlankLine(_ line: TextLine) -> Bool {
        line.text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    static func compose(header: [(String, String)], body: String) -> (text: String, bodyOffset: Int) {
        var head = "---\n"
        for (key, value) in header {
            head += "\(key): \(TextFolding.collapseWhitespace(value))\n"
        }
        head += "---\n"
        return (head + body, head.unicodeScalars.count)
    }

    /// A speaker label for lines without one: `preferred` made into a valid label if it can
    /// be, else `Text`, `Text 2`, …; never an interviewer label and never a word that occurs
    /// in the text followed by a colon.
    static func chooseLabel(preferred: String, text: String, interviewerLabels: [String]) -> String {
        let interviewers = Set(interviewerLabels.map(TextFolding.fold))
        var candidates: [String] = []
        let cleaned = String(
            String.UnicodeScalarView(
                preferred.unicodeScalars.map { scalar -> Unicode.Scalar in
                    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                        || scalar == "'"
                        ? scalar : " "
                })
        ).split(separator: " ").prefix(4).joined(separator: " ")
        if let first = cleaned.unicodeScalars.first, first.properties.isAlphabetic, cleaned.count <= 40 {
            candidates.append(cleaned)
        }
        candidates.append("Text")
        for number in 2...1000 { candidates.append("Text \(number)") }
        for candidate in candidates {
            if interviewers.contains(TextFolding.fold(candidate)) { continue }
            if text.contains(candidate + ":") { continue }
            return candidate
        }
        return "Text \(text.unicodeScalars.count)"
    }

    /// Takes a transcript file apart again: the source text (the body without the labels
    /// an import added) and a function from file offsets to source offsets.
    public static func source(fromTranscriptText text: String) -> (
        text: String, lineLabel: String?, header: [(String, String)], sourceOffset: (Int) -> Int
    ) {
        let lines = TextLines.split(text)
        var header: [(String, String)] = []
        var bodyStartLine = 0
        if let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].text.trimmingWhitespace() == "---",
            let close = lines[(first + 1)...].firstIndex(where: { $0.text.trimmingWhitespace() == "---" })
        {
            for line in lines[(first + 1)..<close] {
                guard let colon = line.text.firstIndex(of: ":") else { continue }
                header.append(
                    (
                        line.text[..<colon].trimmingWhitespace(),
                        line.text[line.text.index(after: colon)...].trimmingWhitespace()
                    ))
            }
            bodyStartLine = close + 1
        }
        let bodyOffset = bodyStartLine < lines.count ? lines[bodyStartLine].offset : text.unicodeScalars.count
        let label = header.first { $0.0.lowercased() == lineLabelKey }?.1
        let prefix = label.map { $0 + ": " }
        var body = ""
        var removals: [Int] = []  // file offsets where a prefix starts
        for line in lines[bodyStartLine...] {
            if let prefix, line.text.unicodeScalars.starts(with: prefix.unicodeScalars) {
                removals.append(line.offset)
                body.unicodeScalars.append(contentsOf: line.text.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            } else {
                body += line.text
            }
            body += terminator(of: line, in: text)
        }
        let width = prefix?.unicodeScalars.count ?? 0
        return (
            body, label, header,
            { offset in
                let removed = countBelow(removals, offset + 1)
                var value = offset - bodyOffset - width * removed
                if removed > 0, offset < removals[removed - 1] + width {
                    value = removals[removed - 1] - bodyOffset - width * (removed - 1)
                }
                return max(0, value)
            }
        )
    }

    /// The line terminator of `line` exactly as stored.
    static func terminator(of line: TextLine, in text: String) -> String {
        switch line.terminatorLength {
        case 2: return "\r\n"
        case 1:
            let scalars = text.unicodeScalars
            return line.text.endIndex < text.endIndex && scalars[line.text.endIndex] == "\r" ? "\r" : "\n"
        default: return ""
        }
    }
}
