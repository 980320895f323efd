/// One segment of a speech-to-text transcript (Whisper, faster-whisper,
/// whisper-ctranslate2, WhisperX): a stretch of speech with its times and, after
/// diarization, its speaker.
public struct WhisperSegment: Hashable, Sendable {
    /// Seconds from the start of the recording, if known.
    public var start: Double?
    /// Seconds from the start of the recording at which the segment ends, if known.
    public var end: Double?
    /// The text, trimmed.
    public var text: String
    /// The speaker label from diarization (`SPEAKER_00`), if any.
    public var speaker: String?

    /// Creates a segment.
    public init(start: Double?, end: Double?, text: String, speaker: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
    }

    /// Splits a `[SPEAKER_01]: ` prefix (whisper-ctranslate2's diarized SRT, VTT and TXT)
    /// off `text`.
    static func splitSpeakerPrefix(_ text: String) -> (speaker: String?, text: String) {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") else { return (nil, trimmed) }
        let after = trimmed[trimmed.index(after: close)...]
        guard after.hasPrefix(":") else { return (nil, trimmed) }
        let label = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingWhitespace()
        guard !label.isEmpty, label.count <= 40, !label.contains(":") || label.contains("_") else {
            return (nil, trimmed)
        }
        return (label, after.dropFirst().trimmingWhitespace())
    }
}
