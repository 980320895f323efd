import Foundation

/// Code saturation: the transcripts in interview order, how many codes each one used for the
/// first time, and the running total — the curve a researcher uses to argue that later
/// interviews brought no new codes.
public struct Saturation: Hashable, Sendable, Codable {
    /// How the transcripts were put in interview order.
    public enum Order: String, Hashable, Sendable, Codable {
        /// By the `date` in each transcript's header (same dates in file order).
        case date
        /// In file order, because not every transcript has a date.
        case file
    }

    /// One transcript's contribution.
    public struct Step: Hashable, Sendable, Codable {
        /// The transcript.
        public var transcript: TranscriptID
        /// Its `date` header, as written.
        public var date: String?
        /// The participants who speak in it.
        public var participants: [ParticipantID]
        /// The number of distinct codes it uses.
        public var codesUsed: Int
        /// The codes used here for the first time, in codebook order.
        public var newCodes: [String]
        /// The number of distinct codes used so far.
        public var cumulative: Int
    }

    /// How the transcripts were ordered.
    public var order: Order
    /// Counted transcripts without a usable `date` (when there are any, the order is the file order).
    public var undated: [TranscriptID]
    /// The steps, in interview order.
    public var steps: [Step]

    /// The number of transcripts at the end that added no new code.
    public var trailingTranscriptsWithoutNewCodes: Int {
        steps.reversed().prefix { $0.newCodes.isEmpty }.count
    }

    /// Orders `transcripts` (given in file order) by interview date when every one of them
    /// has a date that can be read, else keeps the file order.
    static func interviewOrder(_ transcripts: [Transcript]) -> (order: Order, undated: [TranscriptID], indices: [Int]) {
        let keys = transcripts.map { $0.date.flatMap(InterviewDate.sortKey) }
        let undated = zip(transcripts, keys).filter { $0.1 == nil }.map(\.0.id)
        guard undated.isEmpty, !transcripts.isEmpty else { return (.file, undated, Array(transcripts.indices)) }
        let indices = transcripts.indices.sorted { (keys[$0]!, $0) < (keys[$1]!, $1) }
        return (.date, [], indices)
    }
}

/// Reads interview dates as written in transcript headers.
enum InterviewDate {
    /// A sortable number for `2025-03-12` (optionally followed by a time), `12-03-2025` or
    /// `12/03/2025` (day first, as in Dutch), or `nil` when the text is not such a date.
    static func sortKey(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        let datePart = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? ""
        let fields = datePart.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        let parts = fields.map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let (year, month, day) = fields[0].count == 4 ? (a, b, c) : (c, b, a)
        guard (1...12).contains(month), (1...31).contains(day), year >= 1000 else { return nil }
        var minutes = 0
        let rest = trimmed.dropFirst(datePart.count).drop { $0 == " " || $0 == "T" }
        let time = rest.split(separator: ":").prefix(2).compactMap { Int($0.prefix(2)) }
        if time.count == 2 { minutes = time[0] * 60 + time[1] }
        return ((year * 100 + month) * 100 + day) * 1440 + minutes
    }
}
