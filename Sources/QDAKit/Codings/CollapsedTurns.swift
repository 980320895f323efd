/// The turns of one transcript with white space collapsed, each computed once, for matching
/// the quotes of a coding file: a file quotes the same turns again and again, and collapsing a
/// turn costs as much as searching it.
struct CollapsedTurns {
    let transcript: Transcript
    private var cache: [Int: CollapsedText] = [:]

    init(_ transcript: Transcript) {
        self.transcript = transcript
    }

    /// Turn `number` collapsed.
    mutating func text(ofTurn number: Int) -> CollapsedText {
        if let text = cache[number] { return text }
        let text = CollapsedText([transcript.turns[number - 1]])
        cache[number] = text
        return text
    }

    /// The turns `turns` collapsed and joined, as `CollapsedText` of those turns.
    mutating func text(of turns: ClosedRange<Int>) -> CollapsedText {
        var text = self.text(ofTurn: turns.lowerBound)
        for number in turns.dropFirst() {
            text.append(self.text(ofTurn: number), startingAt: transcript.turns[number - 1].range.lowerBound)
        }
        return text
    }

    /// The participant turns outside `turns`, in transcript order, collapsed.
    mutating func others(excluding turns: ClosedRange<Int>) -> [(Int, CollapsedText)] {
        transcript.turns.filter { !turns.contains($0.number) && !$0.isInterviewer }.map {
            ($0.number, text(ofTurn: $0.number))
        }
    }
}
