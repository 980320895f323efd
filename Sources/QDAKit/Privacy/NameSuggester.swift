import Foundation

/// A word that may be a name the key does not cover.
public struct NameSuggestion: Sendable, Codable, Hashable {
    /// Why the word is suggested.
    public enum Reason: String, Sendable, Codable, Hashable {
        /// Capitalised in the middle of a sentence, not a common word, not a known pseudonym.
        case capitalised
        /// A speaker label or header participant that is neither a real name nor a
        /// replacement in the key.
        case speaker
    }

    /// The word as first written.
    public var word: String
    /// Why it is suggested.
    public var reason: Reason
    /// How often it occurs.
    public var count: Int
    /// Where it occurs (the first 20 places).
    public var locations: [SourceLocation]
    /// The line of the first occurrence.
    public var sourceLine: String?

    /// The suggestion as a diagnostic at the first occurrence.
    public var diagnostic: Diagnostic {
        let message: String
        switch reason {
        case .capitalised:
            message =
                "`\(word)` may be a name: capitalised mid-sentence, not a common word and not a known pseudonym (\(count)×)"
        case .speaker:
            message = "speaker `\(word)` is neither a real name nor a replacement in the key"
        }
        var notes: [String] = []
        if locations.count > 1 {
            let more = count > locations.count ? ", …" : ""
            notes.append("also at " + locations.dropFirst().prefix(5).map(\.description).joined(separator: ", ") + more)
        }
        return .warning(message, at: locations.first, sourceLine: sourceLine, notes: notes)
    }
}

/// The result of `qda pseudonymise --suggest`.
public struct NameSuggestions: Sendable, Codable {
    /// The suggestions, in order of first occurrence.
    public var suggestions: [NameSuggestion]
    /// Problems reading the inputs or the key.
    public var diagnostics: [Diagnostic]
    /// The number of files read.
    public var files: Int

    /// The suggestions and problems as text, with a summary line.
    public var rendered: String {
        var lines = diagnostics.map(\.rendered) + suggestions.map(\.diagnostic.rendered)
        if !lines.isEmpty { lines.append("") }
        lines.append(
            suggestions.isEmpty
                ? "No candidate names found in \(files) file\(files == 1 ? "" : "s")."
                : "\(suggestions.count) candidate name\(suggestions.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"): add real names to the key (real,replacement) and run again."
        )
        return lines.joined(separator: "\n")
    }
}

/// Finds words that may be names the key missed: the library call behind
/// `qda pseudonymise --suggest`.
public enum NameSuggester {
    /// Reads `inputs` (files, and folders searched as ``Pseudonymiser`` does) and suggests
    /// candidate names. With a key, its real names and replacements are known, and speaker
    /// labels that are neither are suggested too.
    public static func suggest(inputs: [String], keyPath: String?, encoding: TextEncoding? = nil) throws
        -> NameSuggestions
    {
        guard !inputs.isEmpty else { throw QDAError.usage("name the transcripts or folders to look for names in") }
        var diagnostics: [Diagnostic] = []
        var key: PseudonymKey?
        if let keyPath {
            let (read, keyDiagnostics) = try PseudonymKey.read(keyPath, assuming: encoding)
            guard !keyDiagnostics.containsErrors else { throw QDAError.invalidData(keyDiagnostics) }
            key = read
        }
        var files: [String] = []
        var known = Set<String>()
        let excluded: Set<String> = keyPath.map { [FileWalk.standardised($0)] } ?? []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw QDAError.notFound(path: input)
            }
            guard isDirectory.boolValue else {
                if Paths.fileName(input).lowercased() == "participants.csv" {
                    known.formUnion(participantWords(input, encoding: encoding))
                } else {
                    files.append(input)
                }
                continue
            }
            for entry in FileWalk.files(in: input, excluding: excluded) {
                let ext = (entry.path as NSString).pathExtension.lowercased()
                guard Pseudonymiser.textExtensions.contains(ext) else { continue }
                // participants.csv gives the pseudonyms; it is not searched, so that no
                // attribute (private ones included) is ever printed.
                guard Paths.fileName(entry.path).lowercased() == "participants.csv" else {
                    files.append(entry.path)
                    continue
                }
                known.formUnion(participantWords(entry.path, encoding: encoding))
            }
        }
        for entry in key?.entries ?? [] { known.formUnion(words(of: entry.replacement)) }
        for label in TranscriptParser.defaultInterviewerLabels { known.formUnion(words(of: label)) }

        var texts: [(path: String, text: String)] = []
        var speakers: [(label: String, location: SourceLocation, line: String)] = []
        for path in files {
            do {
                let text = try TextFile.read(path, assuming: encoding).text
                texts.append((path, text))
                let ext = (path as NSString).pathExtension.lowercased()
                guard ext == "txt" || ext == "md" || ext == "markdown",
                    let transcript = TranscriptParser().parse(text, path: path).transcript
                else { continue }
                let declared = transcript.header.declaredParticipants + transcript.header.declaredInterviewers
                for name in declared + transcript.turns.map(\.speaker) { known.formUnion(words(of: name)) }
                let lines = TextLines.split(text)
                for turn in transcript.turns where !turn.isInterviewer {
                    let line = turn.line <= lines.count ? String(lines[turn.line - 1].text) : ""
                    speakers.append(
                        (turn.speaker, SourceLocation(path: path, line: turn.line, column: turn.labelColumn), line))
                }
            } catch let error as QDAError {
                diagnostics.append(error.diagnostic)
            }
        }

        var collector = SuggestionCollector()
        let matcher = key.map(NameMatcher.init)
        for (path, text) in texts {
            collector.collect(in: text, path: path, known: known, matcher: matcher)
        }
        if let key {
            let keyNames = Set(key.entries.flatMap { [NamePattern.key($0.real), NamePattern.key($0.replacement)] })
            for speaker in speakers where !keyNames.contains(NamePattern.key(speaker.label)) {
                collector.add(speaker.label, reason: .speaker, at: speaker.location, sourceLine: speaker.line)
            }
        }
        return NameSuggestions(suggestions: collector.suggestions, diagnostics: diagnostics, files: files.count)
    }

    /// The folded words of the pseudonyms in a `participants.csv`.
    static func participantWords(_ path: String, encoding: TextEncoding?) -> Set<String> {
        guard let text = try? TextFile.read(path, assuming: encoding).text,
            let table = ParticipantTable.parse(text, path: path).table
        else { return [] }
        return table.participants.reduce(into: Set<String>()) { $0.formUnion(words(of: $1.rawValue)) }
    }

    /// The folded words of a name.
    static func words(of name: String) -> Set<String> {
        Set(WordScanner(name).map(\.folded))
    }
}

/// Gathers suggestions, one per word, in order of first occurrence.
struct SuggestionCollector {
    private(set) var suggestions: [NameSuggestion] = []
    private var indexByKey: [String: Int] = [:]

    /// Characters after which a capital starts a sentence (or a field, heading or label).
    static let sentenceStarters: Set<Unicode.Scalar> = [
        ".", "!", "?", ":", ";", "…", "\"", "“", "”", "„", "«", "»", "'", "‘", "’", "(", ")", "[", "]", "{", "}",
        "*", "#", ">", "-", "–", "—", "•", "|", "\t",
    ]

    /// Lower-case words that may stand inside a name (`van`, `de`, `on`).
    static let particles: Set<String> = [
        "van", "de", "der", "den", "ten", "ter", "te", "von", "la", "le", "du", "da", "di", "on", "the", "het", "t",
    ]

    /// Whether the text between two candidate words makes them one name: spaces, a hyphen,
    /// and name particles only.
    static func joins(_ between: Substring) -> Bool {
        guard between.unicodeScalars.count <= 16 else { return false }
        for word in WordScanner(String(between)) where word.isCapitalised || !particles.contains(word.folded) {
            return false
        }
        var lineBreaks = 0
        for scalar in between.unicodeScalars where !WordScanner.isWordScalar(scalar) {
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\n" { lineBreaks += 1 }
                continue
            }
            guard scalar == " " || scalar == "-" || WordGap.isApostrophe(scalar) else { return false }
        }
        return lineBreaks <= 1
    }

    mutating func add(_ word: String, reason: NameSuggestion.Reason, at location: SourceLocation, sourceLine: String?) {
        let key = "\(reason.rawValue)\u{0}\(TextFolding.fold(word))"
        if let index = indexByKey[key] {
            suggestions[index].count += 1
            if suggestions[index].locations.count < 20 { suggestions[index].locations.append(location) }
            return
        }
        indexByKey[key] = suggestions.count
        suggestions.append(
            NameSuggestion(word: word, reason: reason, count: 1, locations: [location], sourceLine: sourceLine))
    }

    /// Adds the capitalised mid-sentence words of `text` that are not known, not common,
    /// not inside a `[placeholder]` and not part of a real name the key already covers.
    mutating func collect(in text: String, path: String, known: Set<String>, matcher: NameMatcher?) {
        let isCSV = (path as NSString).pathExtension.lowercased() == "csv"
        let covered = matcher?.matches(in: text).map { $0.offset..<($0.offset + $0.text.unicodeScalars.count) } ?? []
        var coveredIndex = 0
        var previousEnd = text.startIndex
        var bracketDepth = 0
        var atStart = true
        var lines: [TextLine]?
        var pending: [(range: Range<String.Index>, line: Int, column: Int)] = []
        for word in WordScanner(text) {
            var startsSentence = atStart
            var sawText = false
            var spaceAfterText = false
            var last: Unicode.Scalar = " "
            for scalar in text.unicodeScalars[previousEnd..<word.range.lowerBound] {
                if scalar == "[" { bracketDepth += 1 }
                if scalar == "]" { bracketDepth = max(0, bracketDepth - 1) }
                if scalar.properties.isWhitespace && scalar != "\t" {
                    spaceAfterText = true
                    continue
                }
                sawText = true
                spaceAfterText = false
                last = scalar
            }
            if sawText {
                // A hyphen inside a compound (`Sint-Jozef`) continues the word; a dash
                // followed by a space starts a list item or a clause.
                let isHyphen = last == "-" || last == "‐" || last == "‑"
                startsSentence =
                    (Self.sentenceStarters.contains(last) && (!isHyphen || spaceAfterText)) || (isCSV && last == ",")
            } else if !atStart {
                startsSentence = false
            }
            atStart = false
            previousEnd = word.range.upperBound
            while coveredIndex < covered.count && covered[coveredIndex].upperBound <= word.offset { coveredIndex += 1 }
            let isCovered = coveredIndex < covered.count && covered[coveredIndex].contains(word.offset)
            guard word.isCapitalised, !startsSentence, bracketDepth == 0, !isCovered, !word.hasDigit,
                word.letterCount >= 2, !known.contains(word.folded), !CommonWords.contains(word.folded)
            else { continue }
            // A candidate right after the previous one, with only spaces, a hyphen or name
            // particles between them, extends it: `Sanne van Dijk`, `Sint-Jozefschool`.
            if let last = pending.last, Self.joins(text[last.range.upperBound..<word.range.lowerBound]) {
                pending[pending.count - 1].range = last.range.lowerBound..<word.range.upperBound
                continue
            }
            pending.append((word.range, word.line, word.column))
        }
        for candidate in pending {
            if lines == nil { lines = TextLines.split(text) }
            let line = candidate.line <= lines!.count ? String(lines![candidate.line - 1].text) : nil
            add(
                TextFolding.collapseWhitespace(text[candidate.range]), reason: .capitalised,
                at: SourceLocation(path: path, line: candidate.line, column: candidate.column), sourceLine: line)
        }
    }
}
