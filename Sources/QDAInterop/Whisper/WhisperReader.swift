import Foundation
import QDAKit

/// Reads the output formats of Whisper and its descendants: SRT, WebVTT (with `<v Speaker>`
/// voice tags), JSON (`segments` with `start`, `end`, `text` and WhisperX's `speaker`), TSV
/// (`start`, `end` in whole milliseconds, `text`) and plain text.
public enum WhisperReader {
    /// A Whisper output format.
    public enum Format: String, Sendable, CaseIterable {
        /// SubRip subtitles.
        case srt
        /// WebVTT subtitles.
        case vtt
        /// JSON with a `segments` array.
        case json
        /// Tab-separated `start`, `end`, `text`.
        case tsv
        /// Plain text, one segment per line.
        case txt
        /// A transcript typed in Markdown (not Whisper output; read as a typed transcript).
        case md

        /// The format for a file name's extension.
        public init?(path: String) {
            let format = Format(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
            guard let format, format != .md else { return nil }
            self = format
        }

        /// A name for reports.
        public var title: String {
            switch self {
            case .srt: "Whisper SRT subtitles"
            case .vtt: "Whisper WebVTT subtitles"
            case .json: "Whisper JSON"
            case .tsv: "Whisper TSV"
            case .txt: "Whisper plain text"
            case .md: "Markdown text"
            }
        }
    }

    /// Parses `text` in `format`; `path` names the file in diagnostics.
    public static func parse(_ text: String, format: Format, path: String) throws -> (
        segments: [WhisperSegment], diagnostics: [Diagnostic]
    ) {
        switch format {
        case .srt, .vtt: return parseCues(text, path: path, vtt: format == .vtt)
        case .json: return try parseJSON(text, path: path)
        case .tsv: return parseTSV(text, path: path)
        case .txt, .md:
            let segments = TextLines.split(text).filter { !$0.isBlank }.map { line -> WhisperSegment in
                let (speaker, body) = WhisperSegment.splitSpeakerPrefix(String(line.text))
                return WhisperSegment(start: nil, end: nil, text: body, speaker: speaker)
            }
            return (segments, [])
        }
    }

    /// SRT and WebVTT: cues of a timing line (`00:00:01,000 --> 00:00:02,500`) and text lines,
    /// separated by blank lines; SRT numbers and VTT cue identifiers before the timing line,
    /// the `WEBVTT` line, `NOTE`, `STYLE` and `REGION` blocks are skipped.
    static func parseCues(_ text: String, path: String, vtt: Bool) -> ([WhisperSegment], [Diagnostic]) {
        var segments: [WhisperSegment] = []
        var diagnostics: [Diagnostic] = []
        let lines = TextLines.split(text)
        var index = 0
        if vtt {
            guard let first = lines.first, first.text.trimmingWhitespace().hasPrefix("WEBVTT") else {
                diagnostics.append(
                    .error("a WebVTT file starts with `WEBVTT`", at: SourceLocation(path: path, line: 1, column: 1)))
                return ([], diagnostics)
            }
            index = 1
        }
        var skippingBlock = false
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.text.trimmingWhitespace()
            index += 1
            if trimmed.isEmpty {
                skippingBlock = false
                continue
            }
            if skippingBlock { continue }
            if vtt && (trimmed.hasPrefix("NOTE") || trimmed == "STYLE" || trimmed == "REGION") {
                skippingBlock = true
                continue
            }
            guard trimmed.contains("-->") else { continue }  // a cue number or identifier
            guard let (start, end) = parseTiming(trimmed) else {
                diagnostics.append(
                    .warning(
                        "this timing line cannot be read; the cue is left out",
                        at: SourceLocation(path: path, line: line.number, column: 1),
                        sourceLine: String(line.text)))
                continue
            }
            var textLines: [String] = []
            while index < lines.count, !lines[index].text.trimmingWhitespace().isEmpty,
                !lines[index].text.contains("-->")
            {
                textLines.append(lines[index].text.trimmingWhitespace())
                index += 1
            }
            var speaker: String?
            var body = textLines.joined(separator: " ")
            if vtt, let voice = voiceTag(body) {
                speaker = voice.speaker
                body = voice.text
            }
            if vtt { body = stripTags(body) }
            let split = WhisperSegment.splitSpeakerPrefix(body)
            if speaker == nil { speaker = split.speaker }
            body = split.text
            guard !body.isEmpty else { continue }
            segments.append(
                WhisperSegment(start: start, end: end, text: decodeEntities(body, vtt: vtt), speaker: speaker))
        }
        return (segments, diagnostics)
    }

    static func parseTiming(_ line: String) -> (Double, Double)? {
        let parts = line.components(separatedBy: "-->")
        guard parts.count == 2 else { return nil }
        let startText = parts[0].trimmingWhitespace()
        let endText = parts[1].trimmingWhitespace().split(separator: " ").first.map(String.init) ?? ""
        guard let start = Timestamp(parsing: startText), let end = Timestamp(parsing: endText) else { return nil }
        return (start.seconds, end.seconds)
    }

    /// `<v Speaker>text</v>` or `<v.class Speaker>text`.
    static func voiceTag(_ text: String) -> (speaker: String, text: String)? {
        guard text.hasPrefix("<v"), let close = text.firstIndex(of: ">") else { return nil }
        let inside = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard inside.first == " " || inside.first == "." || inside.first == "\t" else { return nil }
        let name = inside.drop { $0 != " " && $0 != "\t" }.trimmingWhitespace()
        guard !name.isEmpty else { return nil }
        return (name, String(text[text.index(after: close)...]))
    }

    /// Removes WebVTT markup tags (`<i>`, `</v>`, `<c.x>`, `<00:01.000>`).
    static func stripTags(_ text: String) -> String {
        var out = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                out.append(character)
            }
        }
        return out.trimmingWhitespace()
    }

    static func decodeEntities(_ text: String, vtt: Bool) -> String {
        guard vtt, text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// JSON: an object with `segments` (openai-whisper, faster-whisper, whisper-ctranslate2,
    /// WhisperX) or a bare array of segments.
    static func parseJSON(_ text: String, path: String) throws -> ([WhisperSegment], [Diagnostic]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw QDAError.invalidData([
                .error("is not valid JSON: \(TextFileError.describe(error))", at: SourceLocation(path: path))
            ])
        }
        let list: [Any]
        if let dictionary = object as? [String: Any], let segments = dictionary["segments"] as? [Any] {
            list = segments
        } else if let array = object as? [Any] {
            list = array
        } else {
            throw QDAError.invalidData([
                .error("has no `segments` array; is it a Whisper JSON transcript?", at: SourceLocation(path: path))
            ])
        }
        var segments: [WhisperSegment] = []
        var diagnostics: [Diagnostic] = []
        for (index, item) in list.enumerated() {
            guard let segment = item as? [String: Any], let text = segment["text"] as? String else {
                diagnostics.append(
                    .warning("segment \(index + 1) has no `text`; left out", at: SourceLocation(path: path)))
                continue
            }
            let (prefixSpeaker, body) = WhisperSegment.splitSpeakerPrefix(text)
            guard !body.isEmpty else { continue }
            segments.append(
                WhisperSegment(
                    start: number(segment["start"]), end: number(segment["end"]), text: body,
                    speaker: (segment["speaker"] as? String) ?? prefixSpeaker))
        }
        return (segments, diagnostics)
    }

    static func number(_ value: Any?) -> Double? {
        if let value = value as? Double { return value }
        if let value = value as? Int { return Double(value) }
        if let value = value as? NSNumber { return value.doubleValue }
        return nil
    }

    /// TSV: header `start`, `end`, `text` (and optionally `speaker`); times in whole
    /// milliseconds (or seconds when they contain a decimal point).
    static func parseTSV(_ text: String, path: String) -> ([WhisperSegment], [Diagnostic]) {
        let (table, csvDiagnostics) = CSV.parse(text, path: path, delimiter: "\t")
        var diagnostics = csvDiagnostics
        guard let table, let textColumn = table.column(named: "text") else {
            diagnostics.append(
                .error(
                    "a Whisper TSV file starts with the header `start<TAB>end<TAB>text`",
                    at: SourceLocation(path: path, line: 1, column: 1)))
            return ([], diagnostics)
        }
        let startColumn = table.column(named: "start")
        let endColumn = table.column(named: "end")
        let speakerColumn = table.column(named: "speaker")
        func time(_ field: String) -> Double? {
            let trimmed = field.trimmingWhitespace()
            if trimmed.contains(".") { return Double(trimmed) }
            return Int(trimmed).map { Double($0) / 1000 }
        }
        var segments: [WhisperSegment] = []
        for row in table.rows where !row.isEmpty {
            let (prefixSpeaker, body) = WhisperSegment.splitSpeakerPrefix(row[textColumn])
            guard !body.isEmpty else { continue }
            let speaker = speakerColumn.map { row[$0].trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            segments.append(
                WhisperSegment(
                    start: startColumn.flatMap { time(row[$0]) }, end: endColumn.flatMap { time(row[$0]) }, text: body,
                    speaker: speaker ?? prefixSpeaker))
        }
        return (segments, diagnostics)
    }
}

enum TextFileError {
    static func describe(_ error: Error) -> String { (error as NSError).localizedDescription }
}
