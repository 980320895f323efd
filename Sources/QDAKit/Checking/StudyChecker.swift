/// Validates a loaded study: everything the loader found, plus problems that need the
/// whole study in view (participants without transcripts, unknown codes, duplicates).
public enum StudyChecker {
    /// Loads the study at `path` and checks it: the library call behind `qda check`.
    public static func check(studyAt path: String, options: StudyLoader.Options = .init()) throws -> CheckReport {
        check(try StudyLoader(options: options).load(path))
    }

    /// Checks `study` and summarises it.
    public static func check(_ study: Study) -> CheckReport {
        let candidates = candidateCodes(study)
        return CheckReport(
            diagnostics: problems(study, candidates: candidates), summary: summarise(study, candidates: candidates))
    }

    /// The ``CheckReport/diagnostics`` of ``check(_:)`` without the summary (which counts every
    /// word), for commands that only need to know whether their data has errors.
    static func problems(_ study: Study) -> [Diagnostic] {
        problems(study, candidates: candidateCodes(study))
    }

    private static func problems(_ study: Study, candidates: [StudySummary.CandidateCode]) -> [Diagnostic] {
        var diagnostics = study.diagnostics
        diagnostics += participantProblems(study)
        diagnostics += privateAttributeProblems(study)
        diagnostics += codeProblems(study, candidates: candidates)
        diagnostics += duplicateCodings(study)
        diagnostics += emptyCodingFiles(study)
        return diagnostics.sortedByLocation()
    }

    static func participantProblems(_ study: Study) -> [Diagnostic] {
        guard let table = study.participantTable else { return [] }
        var diagnostics: [Diagnostic] = []
        let speaking = Set(study.participants)
        let listed = Set(table.participants)
        for participant in table.participants where !speaking.contains(participant) {
            let hint =
                EditDistance.closest(to: participant.rawValue, in: speaking.map(\.rawValue)).map {
                    "; did you mean `\($0)`?"
                } ?? ""
            diagnostics.append(
                .error(
                    "participant `\(participant)` is in participants.csv but speaks in no transcript\(hint)",
                    at: table.locations[participant]))
        }
        for transcript in study.transcripts {
            for participant in transcript.participants where !listed.contains(participant) {
                let turn = transcript.turns.first { $0.participant == participant }!
                diagnostics.append(
                    .error(
                        "participant `\(participant)` is not in participants.csv, so their attributes are unknown",
                        at: SourceLocation(path: transcript.path, line: turn.line, column: turn.labelColumn)))
            }
        }
        return diagnostics
    }

    static func privateAttributeProblems(_ study: Study) -> [Diagnostic] {
        guard let names = study.settings.private, !names.isEmpty else { return [] }
        let known = Set((study.participantTable?.attributes ?? []).map { $0.lowercased() })
        return names.filter { !known.contains($0.lowercased()) }.map {
            .warning(
                "private attribute `\($0)` is not a column of participants.csv",
                at: SourceLocation(path: StudyLoader().join(study.root, "qda.json")))
        }
    }

    static func candidateCodes(_ study: Study) -> [StudySummary.CandidateCode] {
        var order: [String] = []
        var groups: [String: [UnknownCodeUse]] = [:]
        for use in study.unknownCodeUses {
            let key = TextFolding.fold(use.code)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(use)
        }
        let codeNames = study.codebook?.codes.map(\.name) ?? []
        return order.map { key in
            let uses = groups[key]!
            let first = uses[0]
            return StudySummary.CandidateCode(
                name: first.code, uses: uses.count, coders: Array(Set(uses.map(\.coder))).sorted(),
                transcripts: Array(Set(uses.map(\.transcript))).sorted(), firstLocation: first.location,
                firstQuote: uses.compactMap(\.quote).first,
                similarCode: EditDistance.closest(to: first.code, in: codeNames))
        }
    }

    static func codeProblems(_ study: Study, candidates: [StudySummary.CandidateCode]) -> [Diagnostic] {
        guard study.codebook != nil else { return [] }
        if study.settings.deductiveOnly == true {
            return study.unknownCodeUses.map { use in
                .error(
                    "`\(use.code)` is not in the codebook, and this study is deductive-only",
                    at: use.location,
                    notes: EditDistance.closest(to: use.code, in: study.codebook!.codes.map(\.name)).map {
                        ["did you mean `\($0)`?"]
                    } ?? [])
            }
        }
        return candidates.map { candidate in
            let coders = candidate.coders.map(\.rawValue).joined(separator: ", ")
            var notes: [String] = []
            if let similar = candidate.similarCode { notes.append("did you mean `\(similar)`?") }
            if let quote = candidate.firstQuote { notes.append("first quote: “\(quote)”") }
            notes.append("to adopt it: qda codebook add \"\(candidate.name)\" --inductive")
            return .warning(
                "`\(candidate.name)` is not in the codebook: candidate inductive code (\(candidate.uses) use\(candidate.uses == 1 ? "" : "s") by \(coders) in \(candidate.transcripts.count) transcript\(candidate.transcripts.count == 1 ? "" : "s"))",
                at: candidate.firstLocation, notes: notes)
        }
    }

    static func duplicateCodings(_ study: Study) -> [Diagnostic] {
        struct Passage: Hashable {
            var code: String
            var range: Range<Int>
        }
        // Each file on its own (on all cores), in file order.
        return Parallel.map(study.codingFiles) { file in
            var diagnostics: [Diagnostic] = []
            var seen: [Passage: Int] = [:]  // the first coding's line
            seen.reserveCapacity(file.codings.count)
            for coding in file.codings {
                let key = Passage(code: coding.code, range: coding.range)
                if let firstLine = seen[key] {
                    diagnostics.append(
                        .warning(
                            "`\(coding.code)` is applied twice to the same passage (also on line \(firstLine)); it counts once",
                            at: coding.location))
                } else {
                    seen[key] = coding.location?.line ?? 0
                }
            }
            return diagnostics
        }.flatMap { $0 }
    }

    static func emptyCodingFiles(_ study: Study) -> [Diagnostic] {
        let transcripts = Set(study.transcripts.map(\.id))
        return study.codingFiles.filter { $0.codings.isEmpty && transcripts.contains($0.transcript) }.map {
            .note("no codings yet", at: SourceLocation(path: $0.path))
        }
    }

    static func summarise(_ study: Study, candidates: [StudySummary.CandidateCode]) -> StudySummary {
        let codebook = study.codebook
        let coders = study.coders.map { coder in
            var codings = 0
            var codes = Set<String>()
            for file in study.codingFiles where file.coder == coder {
                codings += file.codings.count
                for coding in file.codings { codes.insert(coding.code) }
            }
            return StudySummary.CoderWork(
                coder: coder, transcripts: study.transcriptsCoded(by: coder).count, codings: codings,
                codesUsed: codes.count)
        }
        var codesUsed = Set<String>()
        for file in study.codingFiles {
            for coding in file.codings { codesUsed.insert(coding.code) }
        }
        let counts = Parallel.map(study.transcripts) { ($0.participantTurnCount, $0.participantWordCount) }
        return StudySummary(
            study: study.root, transcripts: study.transcripts.count, participants: study.participants.count,
            turns: study.transcripts.reduce(0) { $0 + $1.turns.count },
            participantTurns: counts.reduce(0) { $0 + $1.0 },
            participantWords: counts.reduce(0) { $0 + $1.1 },
            codebook: study.codebookPath, themes: codebook?.themes.count ?? 0,
            subthemes: codebook?.themes.reduce(0) { $0 + $1.subthemes.count } ?? 0, codes: codebook?.codes.count ?? 0,
            coders: coders, codesUsed: codesUsed.count,
            candidateCodes: candidates)
    }
}
