import Foundation

/// Writes a large synthetic study for benchmarks: transcripts with a header and alternating
/// interviewer and participant turns, a codebook of 9 themes, 19 subthemes and 66 codes (the
/// shape of the reference thesis), `participants.csv`, `qda.json`, and one coding file per
/// transcript for coder `anna` with whole-turn codings, rows with two codes and quotes inside
/// coded turns (so segments overlap), plus a few codes not in the codebook.
///
/// The output depends only on the parameters (a fixed pseudo-random sequence).
public struct StudyGenerator: Sendable {
    /// The number of transcripts.
    public var transcripts: Int
    /// The number of codings per transcript.
    public var codingsPerTranscript: Int
    /// The number of participant turns per transcript (each follows an interviewer turn).
    public var participantTurns: Int
    /// The number of sentences per participant turn.
    public var sentencesPerTurn: Int

    /// Creates a generator.
    public init(
        transcripts: Int = 1_000, codingsPerTranscript: Int = 100, participantTurns: Int = 60, sentencesPerTurn: Int = 8
    ) {
        self.transcripts = transcripts
        self.codingsPerTranscript = codingsPerTranscript
        self.participantTurns = participantTurns
        self.sentencesPerTurn = sentencesPerTurn
    }

    /// What was written.
    public struct Summary: Sendable {
        /// The study folder.
        public var root: String
        /// Transcripts written.
        public var transcripts: Int
        /// Codings written (one per code per row).
        public var codings: Int
        /// Bytes of transcript text.
        public var transcriptBytes: Int
    }

    /// The codebook's code names, in codebook order.
    public static let codeNames: [String] = (1...66).map { "Code \($0)" }

    /// Writes the study into `root` (created if missing).
    public func write(to root: String) throws -> Summary {
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/codings/anna", withIntermediateDirectories: true)
        try codebook().write(toFile: root + "/codebook.md", atomically: true, encoding: .utf8)
        try """
        {"codebook": "codebook.md", "primaryCoder": "anna", "private": ["leeftijd"],
         "participantNoun": {"singular": "professional", "plural": "professionals"}}
        """.write(toFile: root + "/qda.json", atomically: true, encoding: .utf8)
        var random = Random(seed: 20_250_312)
        var participants = "participant,sector,mode,leeftijd\n"
        let sectors = ["onderwijs", "gemeente", "zorg", "jeugdhulp"]
        var codings = 0
        var bytes = 0
        for index in 1...transcripts {
            let name = String(format: "t%04d", index)
            let participant = "P\(index)"
            participants +=
                "\(participant),\(sectors[random.next(sectors.count)]),\(random.next(2) == 0 ? "online" : "face-to-face"),\(25 + random.next(40))\n"
            let (text, turns) = transcript(participant: participant, index: index, random: &random)
            bytes += text.utf8.count
            try text.write(toFile: "\(root)/\(name).txt", atomically: false, encoding: .utf8)
            let (file, count) = codingFile(turns: turns, random: &random)
            codings += count
            try file.write(toFile: "\(root)/codings/anna/\(name).tsv", atomically: false, encoding: .utf8)
        }
        try participants.write(toFile: root + "/participants.csv", atomically: true, encoding: .utf8)
        return Summary(root: root, transcripts: transcripts, codings: codings, transcriptBytes: bytes)
    }

    private func codebook() -> String {
        var lines = ["# Benchmark codebook", ""]
        var code = 0
        // 9 themes; 19 subthemes spread over them; 66 codes spread over the subthemes.
        let subthemesPerTheme = [3, 2, 2, 2, 2, 2, 2, 2, 2]
        for (theme, subthemes) in subthemesPerTheme.enumerated() {
            lines += ["## Theme \(theme + 1)", ""]
            for subtheme in 0..<subthemes {
                lines += ["### Subtheme \(theme + 1).\(subtheme + 1)", ""]
                let codes = code < 47 ? 3 : 4
                for _ in 0..<codes where code < Self.codeNames.count {
                    lines += [
                        "#### \(Self.codeNames[code])", "origin: \(code % 3 == 0 ? "inductive" : "deductive")", "",
                    ]
                    code += 1
                }
            }
        }
        while code < Self.codeNames.count {
            lines += ["#### \(Self.codeNames[code])", ""]
            code += 1
        }
        return lines.joined(separator: "\n")
    }

    private static let words = [
        "school", "jongere", "begeleiding", "traject", "ouders", "groep", "mentor", "verzuim", "gesprek", "motivatie",
        "stage", "rooster", "rust", "vertrouwen", "structuur", "zorg", "gemeente", "afspraak", "evaluatie", "toekomst",
        "spanning", "vriendschap", "opleiding", "thuis", "verslag", "contact", "week", "dag", "plek", "tijd",
    ]

    private func sentence(_ random: inout Random) -> String {
        let count = 8 + random.next(8)
        var words: [String] = []
        for _ in 0..<count { words.append(Self.words[random.next(Self.words.count)]) }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    /// The transcript text and, per participant turn, its number and sentences.
    private func transcript(participant: String, index: Int, random: inout Random) -> (String, [(Int, [String])]) {
        let day = index % 28 + 1
        let month = (index / 28) % 12 + 1
        var text =
            "---\nparticipant: \(participant)\ndate: \(2000 + index / 336)-\(String(format: "%02d-%02d", month, day))\n---\n"
        var turns: [(Int, [String])] = []
        for turn in 0..<participantTurns {
            text +=
                "[00:\(String(format: "%02d", turn % 60)):00] Interviewer: \(sentence(&random)) Kun je daar iets over vertellen?\n"
            var sentences: [String] = []
            for _ in 0..<sentencesPerTurn { sentences.append(sentence(&random)) }
            text +=
                "[00:\(String(format: "%02d", turn % 60)):30] \(participant): " + sentences.joined(separator: " ")
                + "\n"
            turns.append((turn * 2 + 2, sentences))
        }
        return (text, turns)
    }

    /// A coding file with `codingsPerTranscript` codings: whole turns with one or two codes,
    /// then quotes inside coded turns.
    private func codingFile(turns: [(Int, [String])], random: inout Random) -> (String, Int) {
        var rows = ["turn\tcode\tquote\tmemo"]
        var count = 0
        func code() -> String {
            random.next(100) == 0 ? "Nieuwe code \(random.next(5))" : Self.codeNames[random.next(Self.codeNames.count)]
        }
        var turnIndex = 0
        let quoteCodings = codingsPerTranscript / 5
        while count < codingsPerTranscript - quoteCodings {
            let (number, _) = turns[turnIndex % turns.count]
            turnIndex += 1
            if random.next(3) == 0 && count + 2 <= codingsPerTranscript - quoteCodings {
                rows.append("\(number)\t\(code()); \(code())\t\t")
                count += 2
            } else {
                rows.append("\(number)\t\(code())\t\t")
                count += 1
            }
        }
        while count < codingsPerTranscript {
            let (number, sentences) = turns[random.next(min(turnIndex, turns.count))]
            rows.append("\(number)\t\(code())\t\(sentences[random.next(sentences.count)])\tmemo")
            count += 1
        }
        return (rows.joined(separator: "\n") + "\n", count)
    }
}

/// A small deterministic pseudo-random sequence (SplitMix64).
struct Random {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
