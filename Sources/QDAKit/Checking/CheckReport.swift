/// What `qda check` found: every problem, and a summary of the study.
public struct CheckReport: Sendable, Codable {
    /// Every problem, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// The study in numbers.
    public var summary: StudySummary

    /// Whether any problem is an error (exit status 1).
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// The diagnostics, each in full (with the offending line and a caret), followed by the
    /// summary.
    public var rendered: String {
        var parts = diagnostics.map(\.rendered)
        if !parts.isEmpty { parts.append("") }
        parts.append(summary.rendered)
        let errors = diagnostics.count(of: .error)
        let warnings = diagnostics.count(of: .warning)
        parts.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return parts.joined(separator: "\n")
    }
}

/// A study in numbers, as `qda check` prints it.
public struct StudySummary: Sendable, Codable, Hashable {
    /// One coder's work.
    public struct CoderWork: Sendable, Codable, Hashable {
        /// The coder.
        public var coder: CoderID
        /// The transcripts with at least one coding.
        public var transcripts: Int
        /// The number of codings (one per code applied to a segment).
        public var codings: Int
        /// The number of distinct codes used.
        public var codesUsed: Int
    }

    /// A code used in coding files but absent from the codebook.
    public struct CandidateCode: Sendable, Codable, Hashable {
        /// The code as written.
        public var name: String
        /// How often it was applied.
        public var uses: Int
        /// Who used it.
        public var coders: [CoderID]
        /// In which transcripts.
        public var transcripts: [TranscriptID]
        /// The first use.
        public var firstLocation: SourceLocation
        /// The first quote coded with it, if any.
        public var firstQuote: String?
        /// A codebook code with a very similar name (a probable typo), if any.
        public var similarCode: String?
    }

    /// The study folder.
    public var study: String
    /// The number of transcripts read.
    public var transcripts: Int
    /// The number of distinct participants who speak.
    public var participants: Int
    /// All turns, interviewer turns included.
    public var turns: Int
    /// Turns spoken by participants.
    public var participantTurns: Int
    /// Words spoken by participants.
    public var participantWords: Int
    /// The codebook's path, if any.
    public var codebook: String?
    /// Themes, subthemes and codes in the codebook.
    public var themes: Int, subthemes: Int, codes: Int
    /// Each coder's work.
    public var coders: [CoderWork]
    /// Distinct codes used by anyone (after mapping former names).
    public var codesUsed: Int
    /// Codes used but not in the codebook.
    public var candidateCodes: [CandidateCode]

    /// The summary as aligned text lines.
    public var rendered: String {
        var lines = ["Study \(study)"]
        func row(_ label: String, _ value: String) {
            lines.append("  " + label.padding(toLength: 14, withPad: " ", startingAt: 0) + value)
        }
        row("transcripts", "\(transcripts) (\(turns.grouped) turns, \(participantTurns.grouped) by participants)")
        row("participants", "\(participants), \(participantWords.grouped) words spoken")
        if let codebook {
            row("codebook", "\(codebook): \(themes) themes, \(subthemes) subthemes, \(codes) codes")
        } else {
            row("codebook", "none (pass --codebook or set \"codebook\" in qda.json)")
        }
        if coders.isEmpty {
            row("coders", "none yet (codings/<coder>/<transcript>.tsv)")
        }
        for (index, work) in coders.enumerated() {
            row(
                index == 0 ? "coders" : "",
                "\(work.coder): \(work.transcripts) transcript\(work.transcripts == 1 ? "" : "s"), \(work.codings.grouped) codings, \(work.codesUsed) codes"
            )
        }
        row("codes used", codebook == nil ? "\(codesUsed)" : "\(codesUsed - candidateCodes.count) of \(codes)")
        if !candidateCodes.isEmpty {
            let list = candidateCodes.map { "\($0.name) (\($0.uses)×)" }.joined(separator: ", ")
            row(
                "candidates",
                "\(candidateCodes.count) inductive code\(candidateCodes.count == 1 ? "" : "s") not in the codebook: \(list)"
            )
        }
        return lines.joined(separator: "\n")
    }
}

extension Int {
    /// The number with a thin grouping of thousands (`12,345`).
    var grouped: String {
        let digits = String(abs(self))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}
