/// The coding files of one generated transcript, one per coder.
///
/// The first coder codes what each participant turn is about (each topic with probability
/// 0.92, now and then one more code of the transcript's profile), as a whole turn or, three
/// times in ten, as a quote of the sentence that mentions it. Every later coder starts from the
/// first coder's decisions: each is kept with probability `agreement` (same code, same turn);
/// otherwise the code goes either to another participant turn or to a sibling code (same
/// subtheme) on the same turn. So the coders apply about as many codes as each other, and the
/// expected Cohen's κ of a code with unit rate r is (agreement − r) / (1 − r), about `agreement`
/// for the rare codes of real studies.
///
/// Later coders sometimes write a code's former name (an alias), and every coder now and then
/// writes a code that is not in the codebook (a candidate inductive code). A few rows name a
/// range of turns, quote with typographic quotation marks, with an omission (`…`) or in other
/// letter case, and some have memos, as real coding files do.
struct GeneratedCodings {
    /// One coder's decision: a code on a participant turn, whole or by quote.
    struct Decision {
        var turn: Int  // index into the participant turns
        var code: Int
        var quote: Int?  // sentence index
    }

    static let candidates = [
        "Rol van sociale media", "Contact met de huisarts", "Stress rond examens", "Gamen", "Schulden bij jongeren",
    ]
    static let memos = [
        "mooi citaat voor de resultaten", "twijfel: past ook bij een andere code", "bespreken met tweede codeur",
        "zie ook de vorige beurt", "sterk voorbeeld",
    ]

    /// The coding file text per coder (`nil` for a coder who did not code this transcript).
    static func files(
        for transcript: GeneratedTranscript, index: Int, configuration: StudyGenerator.Configuration,
        codebook: GeneratedCodebook
    ) -> [String?] {
        let turns = transcript.participantTurns
        var random = SplitMix64(seed: configuration.seed &+ 1, stream: UInt64(index))
        var first: [Decision] = []
        let profile = Array(Set(turns.flatMap { $0.topics.map(\.code) })).sorted()
        for (position, turn) in turns.enumerated() {
            for topic in turn.topics where random.chance(0.92) {
                first.append(
                    Decision(turn: position, code: topic.code, quote: random.chance(0.3) ? topic.sentence : nil))
            }
            if !profile.isEmpty, turn.sentences.count > 1, random.chance(0.04) {
                let code = random.pick(profile)
                if !turn.topics.contains(where: { $0.code == code }) {
                    first.append(Decision(turn: position, code: code, quote: nil))
                }
            }
        }
        var files: [String?] = []
        let doubleCoded = random.chance(configuration.doubleCoded)
        for coder in 0..<configuration.coders {
            if coder > 0 && !doubleCoded {
                files.append(nil)
                continue
            }
            var decisions = first
            if coder > 0 {
                var coderRandom = SplitMix64(seed: configuration.seed &+ 2 &+ UInt64(coder), stream: UInt64(index))
                decisions = first.map {
                    vary($0, turns: turns, codebook: codebook, agreement: configuration.agreement, &coderRandom)
                }
            }
            files.append(render(decisions, coder: coder, turns: turns, codebook: codebook, &random))
        }
        return files
    }

    private static func vary(
        _ decision: Decision, turns: [GeneratedTranscript.Turn], codebook: GeneratedCodebook, agreement: Double,
        _ random: inout SplitMix64
    ) -> Decision {
        var result = decision
        if random.chance(agreement) {
            if decision.quote != nil && random.chance(0.3) { result.quote = nil }
            return result
        }
        if random.chance(0.5) || turns.count < 2 {
            let group = codebook.codes[decision.code].group
            let siblings = codebook.codes.indices.filter { codebook.codes[$0].group == group && $0 != decision.code }
            result.code = siblings.isEmpty ? random.below(codebook.codes.count) : random.pick(siblings)
        } else {
            var other = random.below(turns.count)
            if other == decision.turn { other = (other + 1) % turns.count }
            result.turn = other
            result.quote = nil
        }
        return result
    }

    private static func render(
        _ decisions: [Decision], coder: Int, turns: [GeneratedTranscript.Turn], codebook: GeneratedCodebook,
        _ random: inout SplitMix64
    ) -> String {
        var rows = ["turn\tcode\tquote\tmemo"]
        let ordered = decisions.enumerated().sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }
            .map(\.element)
        var index = 0
        func name(_ code: Int) -> String {
            if random.chance(0.004) { return random.pick(candidates) }
            let entry = codebook.codes[code]
            if coder > 0, let alias = entry.aliases.first, random.chance(0.15) { return alias }
            return entry.name
        }
        while index < ordered.count {
            let turnIndex = ordered[index].turn
            var whole: [String] = []
            var quoted: [String] = []
            while index < ordered.count && ordered[index].turn == turnIndex {
                let decision = ordered[index]
                let code = name(decision.code)
                if let sentence = decision.quote {
                    let text = quote(turns[turnIndex].sentences[sentence], &random)
                    let memo = random.chance(0.1) ? random.pick(memos) : ""
                    quoted.append("\(turns[turnIndex].number)\t\(code)\t\(text)\t\(memo)")
                } else if !whole.contains(code) {
                    whole.append(code)
                }
                index += 1
            }
            let number = turns[turnIndex].number
            if !whole.isEmpty {
                // Now and then a coder codes a turn together with the next participant turn.
                let next = turnIndex + 1 < turns.count ? turns[turnIndex + 1].number : nil
                let reference = next != nil && random.chance(0.03) ? "\(number)-\(next!)" : "\(number)"
                let memo = random.chance(0.05) ? random.pick(memos) : ""
                rows.append("\(reference)\t\(whole.joined(separator: "; "))\t\t\(memo)")
            }
            rows += quoted
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// The quote a coder copies: the sentence, sometimes in typographic quotation marks, with
    /// an omission, or with its first letter in lower case.
    private static func quote(_ sentence: String, _ random: inout SplitMix64) -> String {
        let draw = random.below(100)
        let words = sentence.split(separator: " ")
        switch draw {
        case 0..<3: return "“\(sentence)”"
        case 3..<5 where words.count >= 9:
            return words.prefix(3).joined(separator: " ") + " … " + words.suffix(3).joined(separator: " ")
        case 5..<6: return sentence.prefix(1).lowercased() + sentence.dropFirst()
        default: return sentence
        }
    }
}
