import Foundation
import QDAKit

/// Imports other programs' files into a study: the library call behind `qda import`.
///
/// - Whisper and faster-whisper output (`.srt`, `.vtt`, `.json`, `.tsv`, `.txt`) becomes
///   one transcript per file (``SegmentTranscript``).
/// - A Word document (`.docx`) becomes one transcript; speaker turns are recognised as in a
///   plain-text transcript, other lines are given a speaker label (``SourceTranscript``).
/// - A REFI-QDA project (`.qdpx`, or a `.qde` with its `sources/` folder) becomes
///   transcripts, a codebook, coding files per coder and memos (``REFIImporter``).
///
/// Nothing is written when any output exists already, unless `overwrite` is set.
public enum Importer {
    /// Options for an import.
    public struct Options: Sendable {
        /// The study folder to write into (created when missing).
        public var study: String
        /// New names for speaker labels (`SPEAKER_00` → `Interviewer`).
        public var speakers: [String: String]
        /// Replace existing files.
        public var overwrite: Bool
        /// Plan and report only; write nothing.
        public var dryRun: Bool
        /// Limits for ZIP archives.
        public var limits: ArchiveLimits

        /// Creates options.
        public init(
            study: String, speakers: [String: String] = [:], overwrite: Bool = false, dryRun: Bool = false,
            limits: ArchiveLimits = ArchiveLimits()
        ) {
            self.study = study
            self.speakers = speakers
            self.overwrite = overwrite
            self.dryRun = dryRun
            self.limits = limits
        }
    }

    /// Parses `SPEAKER_00=Interviewer,SPEAKER_01=Mette` (or a lone name for audio without
    /// speaker labels).
    public static func parseSpeakers(_ text: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.trimmingWhitespace()
            }
            if pieces.count == 1, !pieces[0].isEmpty {
                result[SegmentTranscript.defaultSpeaker] = pieces[0]
                continue
            }
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
                throw QDAError.usage("`\(part)` in --speakers is not LABEL=Name (such as SPEAKER_00=Interviewer)")
            }
            result[pieces[0]] = pieces[1]
        }
        return result
    }

    /// Imports `paths` into the study and returns one report per input.
    public static func importFiles(_ paths: [String], options: Options) throws -> [ImportReport] {
        guard !paths.isEmpty else { throw QDAError.usage("name at least one file to import") }
        let context = StudyContext(root: options.study)
        var reports: [ImportReport] = []
        var planned = Set<String>()
        for path in paths {
            let report = try plan(path, context: context, options: options)
            let clashes = report.files.files.map(\.path).filter { planned.contains($0) }
            if let clash = clashes.first {
                throw QDAError.usage(
                    "\(path) would write \(clash), which another input also writes; import these files one at a time or rename one"
                )
            }
            planned.formUnion(report.files.files.map(\.path))
            reports.append(report)
        }
        guard !options.dryRun else { return reports }
        var all = StudyFiles()
        for report in reports { all.files += report.files.files }
        let written = try all.write(under: options.study, overwrite: options.overwrite)
        var offset = 0
        for index in reports.indices {
            let count = reports[index].files.files.count
            reports[index].written = Array(written[offset..<offset + count])
            offset += count
        }
        return reports
    }

    static func plan(_ path: String, context: StudyContext, options: Options) throws -> ImportReport {
        let lower = path.lowercased()
        let name = (path as NSString).lastPathComponent
        if lower.hasSuffix(".qdpx") || lower.hasSuffix(".qde") {
            let (project, diagnostics) = try REFIProjectReader.read(path, limits: options.limits)
            var importer = REFIImporter(project: project, archivePath: path, context: context)
            var report = importer.run()
            report.diagnostics = diagnostics + report.diagnostics
            return report
        }
        if lower.hasSuffix(".docx") {
            let (text, notes) = try WordDocument.read(path, limits: options.limits)
            return document(text: text, name: name, kind: "Word document", notes: notes, context: context)
        }
        guard let format = WhisperReader.Format(path: path) ?? (lower.hasSuffix(".md") ? .md : nil) else {
            throw QDAError.usage(
                "\(path): cannot import this kind of file; qda imports .srt, .vtt, .json, .tsv, .txt (Whisper), .docx (Word) and .qdpx (REFI-QDA)"
            )
        }
        let decoded = try TextFile.read(path)
        if format == .md || (format == .txt && !isWhisperText(decoded.text)) {
            return document(
                text: decoded.text, name: name, kind: "plain text", notes: decoded.conversionNote.map { [$0] } ?? [],
                context: context)
        }
        let (segments, parseDiagnostics) = try WhisperReader.parse(decoded.text, format: format, path: path)
        guard !segments.isEmpty else {
            throw QDAError.invalidData(
                parseDiagnostics + [.error("no speech segments found", at: SourceLocation(path: path))])
        }
        var stems = Set<String>()
        let stem = StudyFiles.stem(for: Paths.stem(path), fallback: "transcript", taken: &stems)
        let header = [("source", "\(name) (\(format.title), \(segments.count) segments)")]
        let result = SegmentTranscript.make(
            segments, speakers: options.speakers, header: header, interviewerLabels: context.interviewerLabels,
            path: path)
        var files = StudyFiles()
        let target = Paths.join(context.transcriptFolder, stem + ".txt")
        files.add(target, result.text)
        return ImportReport(
            input: name, kind: format.title, files: files,
            sources: [
                ImportReport.Source(
                    name: name, transcript: target, turns: result.turns, selections: 0, offsets: nil,
                    notes: ["\(segments.count) segments; speakers: \(result.speakers.joined(separator: ", "))"])
            ], diagnostics: parseDiagnostics + result.diagnostics)
    }

    /// Whether plain text is Whisper output (every line `[SPEAKER_xx]: …`, or no line a
    /// speaker turn) rather than a typed transcript.
    static func isWhisperText(_ text: String) -> Bool {
        let lines = TextLines.split(text).filter { !$0.isBlank }
        if !lines.isEmpty, lines.allSatisfy({ WhisperSegment.splitSpeakerPrefix(String($0.text)).speaker != nil }) {
            return true
        }
        let parsed = TranscriptParser().parse(text, path: "input.txt")
        return parsed.transcript == nil
    }

    static func document(text: String, name: String, kind: String, notes: [Diagnostic], context: StudyContext)
        -> ImportReport
    {
        var stems = Set<String>()
        let stem = StudyFiles.stem(for: Paths.stem(name), fallback: "transcript", taken: &stems)
        if let own = TranscriptParser(interviewerLabels: context.interviewerLabels).parse(text, path: name).transcript,
            !own.header.fields.isEmpty
        {
            // Already a QDAKit transcript with its own header: copied as it is.
            var files = StudyFiles()
            let target = Paths.join(context.transcriptFolder, stem + ".txt")
            files.add(target, text)
            return ImportReport(
                input: name, kind: "QDAKit transcript", files: files,
                sources: [
                    ImportReport.Source(
                        name: name, transcript: target, turns: own.turns.count, selections: 0, offsets: nil,
                        notes: ["copied as it is"])
                ], diagnostics: notes)
        }
        let made = SourceTranscript.make(
            sourceText: text, header: [("source", "\(name) (\(kind))")], preferredLabel: "Text",
            interviewerLabels: context.interviewerLabels)
        let target = Paths.join(context.transcriptFolder, stem + ".txt")
        var files = StudyFiles()
        files.add(target, made.text)
        let parsed = TranscriptParser(interviewerLabels: context.interviewerLabels).parse(made.text, path: target)
        var sourceNotes: [String] = []
        var diagnostics = notes
        if let label = made.lineLabel {
            sourceNotes.append(
                "no speaker turns were recognised at the start; lines without a speaker are turns of `\(label)`")
            diagnostics.append(
                .warning(
                    "\(name): speaker turns (`Name: text`) were not recognised everywhere; check the transcript with `qda show` and add the speakers' labels",
                    at: SourceLocation(path: target)))
        }
        let speakers = parsed.transcript?.participants.map(\.rawValue) ?? []
        if !speakers.isEmpty { sourceNotes.append("participants: \(speakers.joined(separator: ", "))") }
        return ImportReport(
            input: name, kind: kind, files: files,
            sources: [
                ImportReport.Source(
                    name: name, transcript: target, turns: parsed.transcript?.turns.count ?? 0, selections: 0,
                    offsets: nil,
                    notes: sourceNotes)
            ], diagnostics: diagnostics)
    }
}
