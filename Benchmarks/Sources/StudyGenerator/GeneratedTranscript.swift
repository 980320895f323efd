import Foundation

/// One generated transcript: an individual interview or a focus group, with what was said in
/// each turn and which codes each participant turn is about (the "truth" that coders see).
struct GeneratedTranscript {
    /// A speaker turn.
    struct Turn {
        /// The 1-based turn number.
        var number: Int
        /// The participant, or `nil` for the interviewer.
        var participant: String?
        /// The turn's sentences, in order.
        var sentences: [String]
        /// Sentence indices after which a paragraph ends (not the last).
        var paragraphBreaks: Set<Int> = []
        /// The codes this turn is about, each with the sentence that mentions its cue.
        var topics: [(code: Int, sentence: Int)] = []
    }

    /// Who was interviewed, with their attributes, for `participants.csv`.
    struct Participant {
        var name: String
        var sector: String
        var role: String
        var years: Int
        var age: Int
    }

    var id: String
    var participants: [Participant]
    var turns: [Turn]
    var text: String

    static let sectors = ["onderwijs", "gemeente", "jeugdhulp", "zorg", "leerplicht"]
    static let roles = ["mentor", "zorgcoördinator", "jeugdconsulent", "leerplichtambtenaar", "ambulant begeleider"]

    /// Generates transcript number `index` (from 1) of a study.
    init(index: Int, id: String, configuration: StudyGenerator.Configuration, codebook: GeneratedCodebook) {
        var random = SplitMix64(seed: configuration.seed, stream: UInt64(index))
        self.id = id
        let isFocusGroup = random.chance(configuration.focusGroupShare)
        let stem = DutchText.names[(index - 1) % DutchText.names.count]
        let number = String(index)
        let memberCount = isFocusGroup ? random.within(3...6) : 1
        participants = (0..<memberCount).map { member in
            let name =
                isFocusGroup
                ? DutchText.names[(index * 7 + member * 11) % DutchText.names.count] + "-\(number)-\(member + 1)"
                : "\(stem)-\(number)"
            return Participant(
                name: name, sector: random.pick(Self.sectors), role: random.pick(Self.roles),
                years: random.within(1...30), age: random.within(24...64))
        }
        // The codes this transcript's participants talk about: a dozen or two, popular codes
        // more often (roughly Zipf), so frequencies and saturation look like real data.
        var profile: [Int] = []
        let popularity = configuration.codePopularity(codebook.codes.count)
        for _ in 0..<random.within(12...20) {
            let code = popularity.draw(&random)
            if !profile.contains(code) { profile.append(code) }
        }

        let minutes = random.within(40...100)
        let interviewer = ["Interviewer", "Interviewer", "Interviewer", "Onderzoeker", "I"][random.below(5)]
        let usesRespondentLabel = !isFocusGroup && random.chance(0.1)
        let stampStyle = random.below(10)  // 0–6 [hh:mm:ss], 7 (mm:ss), 8–9 none
        let wrapWidth = random.chance(0.3) ? 90 : 0
        let newline = random.chance(0.05) ? "\r\n" : "\n"

        var turns: [Turn] = []
        var seconds = random.within(2...20)
        var stamps: [Int] = []
        var lastSpeaker: String?
        while seconds < minutes * 60 {
            // The interviewer asks (in a focus group, a participant sometimes answers another).
            if !(isFocusGroup && lastSpeaker != nil && random.chance(0.25)) {
                var question = random.chance(0.2) ? random.pick(DutchText.followUps) : random.pick(DutchText.questions)
                if random.chance(0.2) { question = random.pick(DutchText.followUps) + " " + question }
                turns.append(Turn(number: turns.count + 1, participant: nil, sentences: [question]))
                stamps.append(seconds)
                seconds += 3 + question.count / 14
            }
            var speaker = random.pick(participants).name
            if isFocusGroup, speaker == lastSpeaker { speaker = random.pick(participants).name }
            lastSpeaker = speaker
            var turn = Turn(number: turns.count + 1, participant: speaker, sentences: [])
            if random.chance(0.08) {
                turn.sentences = [random.pick(DutchText.backchannels)]
            } else {
                let count = random.logNormal(median: 6, sigma: 0.8, in: 1...45)
                turn.sentences = (0..<count).map { _ in DutchText.fillerSentence(&random) }
                let topicCount = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3][random.below(20)]
                for _ in 0..<topicCount {
                    let code = random.pick(profile)
                    guard !turn.topics.contains(where: { $0.code == code }) else { continue }
                    let sentence = random.below(turn.sentences.count)
                    guard !turn.topics.contains(where: { $0.sentence == sentence }) else { continue }
                    turn.sentences[sentence] = DutchText.cueSentence(random.pick(codebook.codes[code].cues), &random)
                    turn.topics.append((code, sentence))
                }
                var next = random.within(4...9)
                while next < turn.sentences.count - 1 {
                    turn.paragraphBreaks.insert(next - 1)
                    next += random.within(4...9)
                }
            }
            turns.append(turn)
            stamps.append(seconds)
            seconds += 2 + turn.sentences.reduce(0) { $0 + $1.count } / 14
        }
        self.turns = turns

        var out = "---" + newline
        if isFocusGroup {
            out += "participants: " + participants.map(\.name).joined(separator: ", ") + newline
            out += "type: focusgroep" + newline
        } else {
            out += "participant: \(participants[0].name)" + newline
        }
        if interviewer == "Onderzoeker" { out += "interviewer: Onderzoeker" + newline }
        out += "mode: \(random.chance(0.4) ? "online" : "face-to-face")" + newline
        out += "minutes: \(minutes)" + newline
        out += "date: \(2020 + index % 6)-\(Self.pad(1 + index % 12))-\(Self.pad(1 + index % 28))" + newline
        out += "---" + newline
        for (turn, stamp) in zip(turns, stamps) {
            var prefix: String
            switch stampStyle {
            case 0...6: prefix = "[\(Self.pad(stamp / 3600)):\(Self.pad(stamp / 60 % 60)):\(Self.pad(stamp % 60))] "
            case 7: prefix = "(\(Self.pad(stamp / 60)):\(Self.pad(stamp % 60))) "
            default: prefix = ""
            }
            let label = turn.participant.map { usesRespondentLabel ? "Respondent" : $0 } ?? interviewer
            prefix += label + ": "
            var paragraph: [String] = []
            for (index, sentence) in turn.sentences.enumerated() {
                paragraph.append(sentence)
                if turn.paragraphBreaks.contains(index) {
                    out += Self.wrap(prefix + paragraph.joined(separator: " "), width: wrapWidth, newline: newline)
                    out += newline + newline
                    paragraph = []
                    prefix = ""
                }
            }
            out += Self.wrap(prefix + paragraph.joined(separator: " "), width: wrapWidth, newline: newline) + newline
        }
        text = out
    }

    /// The participant turns.
    var participantTurns: [Turn] { turns.filter { $0.participant != nil } }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `line` broken at spaces so that no line is longer than `width` characters (0: not at all),
    /// as some transcription tools and editors save text.
    private static func wrap(_ line: String, width: Int, newline: String) -> String {
        guard width > 0, line.count > width else { return line }
        var result = ""
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > width {
                result += current + newline
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        return result + current
    }
}
