/// The numbered listing of a transcript that `qda show` prints.
public enum TranscriptListing {
    /// Renders every turn as `  12  [00:04:10]  Kim: text`, interviewer turns marked with
    /// `I`, continuation lines indented under the text.
    public static func render(_ transcript: Transcript, width: Int = 100) -> String {
        let numberWidth = String(transcript.turns.count).count
        let hasTimestamps = transcript.turns.contains { $0.timestamp != nil }
        var lines: [String] = []
        let participants = transcript.participants.map(\.rawValue).joined(separator: ", ")
        lines.append("\(transcript.id): \(transcript.turns.count) turns, participants: \(participants)")
        lines.append("")
        for turn in transcript.turns {
            let number = String(repeating: " ", count: numberWidth - String(turn.number).count) + String(turn.number)
            let marker = turn.isInterviewer ? "I" : " "
            let stamp = hasTimestamps ? "[\(turn.timestamp.map { "\($0)" } ?? "        ")] " : ""
            let prefix = "\(number) \(marker) \(stamp)"
            let head = "\(turn.speaker): "
            let indent = String(repeating: " ", count: prefix.count + 2)
            let available = max(30, width - indent.count)
            var first = true
            for (index, paragraph) in turn.paragraphTexts.enumerated() {
                if index > 0 { lines.append("") }
                for segment in wrap((first ? head : "") + paragraph, width: available) {
                    lines.append(first ? prefix + segment : indent + segment)
                    first = false
                }
            }
            if first { lines.append(prefix + head) }
        }
        lines.append("")
        lines.append("I = interviewer turn (never counted, quoted or used as an agreement unit)")
        return lines.joined(separator: "\n")
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
