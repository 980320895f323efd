/// Whose codings the frequencies count, why, and which transcripts that leaves out.
public struct CoderChoice: Hashable, Sendable, Codable {
    /// Why these coders were used.
    public enum Basis: String, Hashable, Sendable, Codable {
        /// Named on the command line (`--coder`) or in the options.
        case option
        /// `primaryCoder` in `qda.json`.
        case primaryCoder
        /// The only coder of the study.
        case onlyCoder
    }

    /// Where one transcript's codings come from.
    public struct Source: Hashable, Sendable, Codable {
        /// The transcript.
        public var transcript: TranscriptID
        /// The coder whose codings are counted; `nil` when none of the chosen coders coded it
        /// (the transcript is then not counted).
        public var coder: CoderID?
        /// The other coders who coded the transcript (their codings are not counted).
        public var otherCoders: [CoderID]

        /// Creates a source.
        public init(transcript: TranscriptID, coder: CoderID?, otherCoders: [CoderID]) {
            self.transcript = transcript
            self.coder = coder
            self.otherCoders = otherCoders
        }
    }

    /// The chosen coders, in order of preference.
    public var coders: [CoderID]
    /// Why they were chosen.
    public var basis: Basis
    /// Every transcript of the study, in study order, with the coder counted for it.
    public var sources: [Source]

    /// The transcripts that are counted, in study order.
    public var countedTranscripts: [TranscriptID] { sources.filter { $0.coder != nil }.map(\.transcript) }

    /// The transcripts that are not counted because none of the chosen coders coded them.
    public var uncountedTranscripts: [Source] { sources.filter { $0.coder == nil } }

    /// Decides whose codings to count.
    ///
    /// - Throws: ``QDAError/usage(_:)`` for a coder without codings, or when several coders
    ///   coded the study and none was chosen; ``QDAError/invalidData(_:)`` when the study has
    ///   no codings at all or `primaryCoder` names a coder without codings.
    public static func choose(in study: Study, preferring requested: [CoderID]) throws -> CoderChoice {
        let available = study.coders.filter { !study.transcriptsCoded(by: $0).isEmpty }
        guard !available.isEmpty else {
            throw QDAError.invalidData([
                .error(
                    "there are no codings to count; coding files go in codings/<coder>/<transcript>.tsv",
                    at: SourceLocation(path: Paths.join(study.root, "codings")))
            ])
        }
        let coders: [CoderID]
        let basis: Basis
        if !requested.isEmpty {
            for coder in requested where !available.contains(coder) {
                let hint =
                    EditDistance.closest(to: coder.rawValue, in: available.map(\.rawValue))
                    .map { "; did you mean `\($0)`?" } ?? ""
                throw QDAError.usage(
                    "`\(coder)` has no codings in this study\(hint) (coders: \(list(available)))")
            }
            coders = unique(requested)
            basis = .option
        } else if let primary = study.settings.primaryCoder, !primary.trimmingWhitespace().isEmpty {
            let coder = CoderID(rawValue: primary.trimmingWhitespace())
            guard available.contains(coder) else {
                throw QDAError.invalidData([
                    .error(
                        "`primaryCoder` is `\(coder)`, who has no codings in this study (coders: \(list(available)))",
                        at: SourceLocation(path: Paths.join(study.root, "qda.json")))
                ])
            }
            coders = [coder]
            basis = .primaryCoder
        } else if available.count == 1 {
            coders = available
            basis = .onlyCoder
        } else {
            throw QDAError.usage(
                "\(list(available)) coded this study; say whose codings to count with --coder "
                    + "\(available[0]) (or several in order of preference: --coder \(available.map(\.rawValue).joined(separator: ","))), "
                    + "or set \"primaryCoder\" in qda.json")
        }
        var codedBy: [TranscriptID: [CoderID]] = [:]
        for coder in available {
            for transcript in study.transcriptsCoded(by: coder) { codedBy[transcript, default: []].append(coder) }
        }
        let sources = study.transcripts.map { transcript -> Source in
            let all = codedBy[transcript.id] ?? []
            let chosen = coders.first { all.contains($0) }
            return Source(transcript: transcript.id, coder: chosen, otherCoders: all.filter { $0 != chosen })
        }
        return CoderChoice(coders: coders, basis: basis, sources: sources)
    }

    private static func list(_ coders: [CoderID]) -> String {
        coders.map(\.rawValue).joined(separator: ", ")
    }

    private static func unique(_ coders: [CoderID]) -> [CoderID] {
        var seen = Set<CoderID>()
        return coders.filter { seen.insert($0).inserted }
    }
}
