import QDAKit

/// Writes speech-to-text segments as a QDAKit transcript: consecutive segments of one
/// speaker become one turn, stamped with the first segment's start time; speaker labels
/// are renamed with a mapping (`SPEAKER_00` → `Interviewer`); audio without speaker labels
/// becomes one speaker, with a warning.
public enum SegmentTranscript {
    /// The label for audio without diarization, unless a name is given.
    public static let defaultSpeaker = "Speaker"

    /// The transcript text and what the writer decided.
    public struct Result: Sendable {
        /// The transcript file's text.
        public var text: String
        /// The number of turns.
        public var turns: Int
        /// The speakers, renamed, in order of first appearance.
        public var speakers: [String]
        /// Warnings and notes.
        public var diagnostics: [Diagnostic]
    }

    /// Writes `segments` as a transcript.
    ///
    /// - Parameters:
    ///   - speakers: new names for speaker labels (`SPEAKER_00` → `Interviewer`); for audio
    ///     without labels, the name under the key `Speaker` (or a lone name) is used.
    ///   - header: fields for the header (`source`, …).
    ///   - path: the input file, for diagnostics.
    public static func make(
        _ segments: [WhisperSegment], speakers: [String: String], header: [(String, String)],
        interviewerLabels: [String], path: String
    ) -> Result {
        var diagnostics: [Diagnostic] = []
        let labelled = segments.contains { $0.speaker != nil }
        if !labelled && !segments.isEmpty {
            let named = speakers[defaultSpeaker] ?? (speakers.count == 1 ? speakers.values.first : nil)
            diagnostics.append(
                .warning(
                    "the input has no speaker labels (no diarization), so all \(segments.count) segments are one turn of `\(named ?? defaultSpeaker)`; split the turns by hand, or transcribe with diarization",
                    at: SourceLocation(path: path)))
        }
        func name(_ label: String?) -> String {
            guard let label else {
                return speakers[defaultSpeaker] ?? (speakers.count == 1 ? speakers.values.first! : defaultSpeaker)
            }
            return speakers[label] ?? label
        }
        let present = Set(segments.compactMap(\.speaker))
        let unused = speakers.keys.filter {
            !present.contains($0) && ($0 != defaultSpeaker || labelled) && (labelled || speakers.count > 1)
        }
        for key in unused.sorted() {
            diagnostics.append(
                .warning(
                    "--speakers names `\(key)`, who does not speak in this file (speakers: \(present.sorted().joined(separator: ", ")))",
                    at: SourceLocation(path: path)))
        }
        var turns: [(speaker: String, start: Double?, texts: [String])] = []
        for segment in segments where !segment.text.isEmpty {
            let speaker = cleanLabel(name(segment.speaker))
            if let last = turns.last, last.speaker == speaker {
                turns[turns.count - 1].texts.append(segment.text)
            } else {
                turns.append((speaker, segment.start, [segment.text]))
            }
        }
        let interviewers = Set(interviewerLabels.map(TextFolding.fold))
        var order: [String] = []
        for turn in turns where !order.contains(turn.speaker) { order.append(turn.speaker) }
        let participants = order.filter { !interviewers.contains(TextFolding.fold($0)) }
        let unnamed = order.filter { $0.uppercased().hasPrefix("SPEAKER_") }
        if !unnamed.isEmpty {
            diagnostics.append(
                .note(
                    "speakers are named as the diarization named them (\(unnamed.joined(separator: ", "))); name them with --speakers \(unnamed.enumerated().map { "\($0.element)=\($0.offset == 0 ? "Interviewer" : "Name")" }.joined(separator: ","))",
                    at: SourceLocation(path: path)))
        }
        var text = "---\n"
        for (key, value) in header { text += "\(key): \(TextFolding.collapseWhitespace(value))\n" }
        if !participants.isEmpty { text += "participants: \(participants.joined(separator: ", "))\n" }
        text += "---\n"
        for turn in turns {
            let stamp = turn.start.map { "[\(Timestamp(seconds: roundMillis($0)))] " } ?? ""
            text += "\(stamp)\(turn.speaker): \(turn.texts.joined(separator: " "))\n"
        }
        return Result(text: text, turns: turns.count, speakers: order, diagnostics: diagnostics)
    }

    static func roundMillis(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }

    /// A label the transcript format accepts: letters, digits, spaces, `_ - . '`; other
    /// characters become `_`.
    static func cleanLabel(_ label: String) -> String {
        var out = ""
        for scalar in label.trimmingWhitespace().unicodeScalars {
            let allowed =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "_"
                || scalar == "-" || scalar == "." || scalar == "'"
            out.unicodeScalars.append(allowed ? scalar : "_")
        }
        if out.unicodeScalars.first.map({ !$0.properties.isAlphabetic }) ?? true { out = "S" + out }
        return String(out.prefix(40))
    }
}
