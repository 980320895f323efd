import Dispatch
import Foundation

/// Writes a realistic synthetic study for benchmarks, deterministic for a seed.
///
/// - Transcripts in Dutch: individual interviews and (one in ten) focus groups of 3–6
///   participants, 40–100 minutes each (about 60 KB, so 1,000 transcripts are about 60 MB), a
///   header with participants, mode, minutes and date; interviewer questions and participant
///   answers whose lengths vary like real ones (log-normal: many short answers, a few of 40
///   sentences), paragraphs, timestamps in three styles or none, placeholders such as
///   `[naam school]`, a few files hard-wrapped at 90 columns and a few with CRLF line endings.
/// - A codebook of 9 themes, 19 subthemes and 66 codes with keywords and aliases
///   (``GeneratedCodebook``), and optionally a second one with more codes for auto-coding.
/// - `participants.csv` with attributes (one private), `qda.json`.
/// - One coding file per coder per transcript, with controlled agreement between the coders
///   (see ``GeneratedCodings``).
///
/// Each transcript depends only on the seed and its number, so a study of 100 transcripts is
/// the first 100 of a study of 1,000 with the same seed.
public struct StudyGenerator: Sendable {
    /// What to generate.
    public struct Configuration: Sendable {
        /// The number of transcripts.
        public var transcripts: Int = 1_000
        /// The seed: the same seed and parameters give the same files, byte for byte.
        public var seed: UInt64 = 1
        /// The number of coders (`anna`, `bram`, `chris`, …); at least 1.
        public var coders: Int = 2
        /// The probability that a later coder applies a code where the first coder did.
        public var agreement: Double = 0.8
        /// The share of transcripts that the second and later coders code too.
        public var doubleCoded: Double = 1.0
        /// The share of transcripts that are focus groups.
        public var focusGroupShare: Double = 0.1
        /// The number of codes with keywords in the extra auto-coding codebook
        /// (`codebook-<rules>.md`); 0 for none.
        public var autocodeRules: Int = 300

        /// Creates a configuration.
        public init() {}

        /// How often each code is talked about: Zipf-like weights over a seed-dependent order.
        func codePopularity(_ count: Int) -> WeightedChoice {
            var random = SplitMix64(seed: seed, stream: 0xF00D)
            var order = Array(0..<count)
            for index in stride(from: count - 1, to: 0, by: -1) { order.swapAt(index, random.below(index + 1)) }
            var weights = [Double](repeating: 0, count: count)
            for (rank, code) in order.enumerated() { weights[code] = 1 / Double(rank + 3) }
            return WeightedChoice(weights: weights)
        }
    }

    /// What was written.
    public struct Summary: Sendable {
        /// The study folder.
        public var root: String
        /// Transcripts written.
        public var transcripts: Int
        /// Participants (focus groups have several).
        public var participants: Int
        /// Turns, interviewer turns included.
        public var turns: Int
        /// Participant turns.
        public var participantTurns: Int
        /// Coding-file rows with a code, per coder.
        public var rows: [Int]
        /// Bytes of transcript text.
        public var transcriptBytes: Int
        /// Bytes of coding files.
        public var codingBytes: Int
    }

    /// The coder names, in order.
    public static let coderNames = ["anna", "bram", "chris", "dana", "eva", "finn", "gijs", "hanna"]

    /// The configuration.
    public var configuration: Configuration

    /// Creates a generator.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The transcript identifier (file stem) of transcript `index` (from 1).
    public func transcriptID(_ index: Int) -> String {
        let width = max(4, String(configuration.transcripts).count)
        let digits = String(index)
        return "t" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Writes the study into `root` (created if missing; existing files are replaced).
    public func write(to root: String) throws -> Summary {
        precondition(configuration.coders >= 1 && configuration.coders <= Self.coderNames.count)
        let manager = FileManager.default
        let coders = Array(Self.coderNames.prefix(configuration.coders))
        for coder in coders {
            try manager.createDirectory(atPath: root + "/codings/" + coder, withIntermediateDirectories: true)
        }
        let codebook = GeneratedCodebook.standard
        try write(codebook.markdown(), to: root + "/codebook.md")
        if configuration.autocodeRules > 0 {
            try write(
                codebook.largeMarkdown(rules: configuration.autocodeRules, seed: configuration.seed),
                to: root + "/codebook-\(configuration.autocodeRules).md")
        }
        try write(
            """
            {
              "codebook": "codebook.md",
              "language": "nl",
              "primaryCoder": "anna",
              "private": ["leeftijd"],
              "participantNoun": {"singular": "professional", "plural": "professionals"}
            }

            """, to: root + "/qda.json")

        let configuration = self.configuration
        let slots = Slots<
            (rows: [String], turns: Int, participantTurns: Int, codings: [Int], bytes: Int, codingBytes: Int)
        >(
            count: configuration.transcripts)
        let failures = Slots<String>(count: configuration.transcripts)
        DispatchQueue.concurrentPerform(iterations: configuration.transcripts) { offset in
            let index = offset + 1
            let id = transcriptID(index)
            let transcript = GeneratedTranscript(
                index: index, id: id, configuration: configuration, codebook: codebook)
            let files = GeneratedCodings.files(
                for: transcript, index: index, configuration: configuration, codebook: codebook)
            var counts = [Int](repeating: 0, count: coders.count)
            var codingBytes = 0
            do {
                try Self.write(transcript.text, to: "\(root)/\(id).txt")
                for (coder, file) in files.enumerated() {
                    guard let file else { continue }
                    counts[coder] = file.split(separator: "\n").count - 1
                    codingBytes += file.utf8.count
                    try Self.write(file, to: "\(root)/codings/\(coders[coder])/\(id).tsv")
                }
            } catch {
                failures.set(offset, "\(error)")
            }
            let rows = transcript.participants.map {
                "\($0.name),\($0.sector),\($0.role),\($0.years),\($0.age)"
            }
            slots.set(
                offset,
                (
                    rows, transcript.turns.count, transcript.participantTurns.count, counts, transcript.text.utf8.count,
                    codingBytes
                ))
        }
        if let failure = failures.values().compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
        }
        var summary = Summary(
            root: root, transcripts: configuration.transcripts, participants: 0, turns: 0, participantTurns: 0,
            rows: [Int](repeating: 0, count: coders.count), transcriptBytes: 0, codingBytes: 0)
        var participants = "participant,sector,functie,ervaring,leeftijd\n"
        for case let part? in slots.values() {
            participants += part.rows.joined(separator: "\n") + "\n"
            summary.participants += part.rows.count
            summary.turns += part.turns
            summary.participantTurns += part.participantTurns
            summary.transcriptBytes += part.bytes
            summary.codingBytes += part.codingBytes
            for coder in coders.indices { summary.rows[coder] += part.codings[coder] }
        }
        try write(participants, to: root + "/participants.csv")
        return summary
    }

    private func write(_ text: String, to path: String) throws {
        try Self.write(text, to: path)
    }

    private static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// Draws indices with probability proportional to their weights.
struct WeightedChoice: Sendable {
    private var cumulative: [Double]

    init(weights: [Double]) {
        var total = 0.0
        cumulative = weights.map {
            total += $0
            return total
        }
    }

    func draw(_ random: inout SplitMix64) -> Int {
        let target = random.unit() * cumulative.last!
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// Results written once each from concurrent iterations (each index by exactly one).
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [T?] { storage }
}
