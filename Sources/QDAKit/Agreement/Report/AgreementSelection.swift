/// Which transcripts a comparison covers.
struct Selection {
    let study: Study
    let coders: [CoderID]
    var compared: [TranscriptID] = []
    var leftOut: [AgreementReport.LeftOutTranscript] = []

    init(study: Study, coders: [CoderID]) {
        self.study = study
        self.coders = coders
    }

    /// Keeps the transcripts coded by at least two of the coders (all of `names`, or every
    /// transcript in the study) and lists the others.
    mutating func chooseTranscripts(_ names: [String]?) throws {
        let codedBy = Dictionary(uniqueKeysWithValues: coders.map { ($0, Set(study.transcriptsCoded(by: $0))) })
        var candidates = study.transcripts.map(\.id)
        if let names {
            candidates = try names.map { try resolve($0) }
        }
        var seen = Set<TranscriptID>()
        for transcript in candidates where seen.insert(transcript).inserted {
            let coders = coders.filter { codedBy[$0]!.contains(transcript) }
            if coders.count >= 2 {
                compared.append(transcript)
            } else if coders.count == 1 || names != nil {
                leftOut.append(AgreementReport.LeftOutTranscript(transcript: transcript, codedBy: coders))
            }
        }
        guard !compared.isEmpty else {
            throw AgreementError.noSharedTranscripts(
                coded: Dictionary(uniqueKeysWithValues: coders.map { ($0, study.transcriptsCoded(by: $0)) }))
        }
    }

    /// A transcript by its name, file name or path.
    private func resolve(_ name: String) throws -> TranscriptID {
        let trimmed = name.trimmingWhitespace()
        let stem = Paths.stem(trimmed)
        for candidate in [trimmed, stem] {
            if let transcript = study.transcripts.first(where: { $0.id.rawValue == candidate }) { return transcript.id }
        }
        if let transcript = study.transcripts.first(where: {
            TextFolding.fold($0.id.rawValue) == TextFolding.fold(stem)
        }) {
            return transcript.id
        }
        throw AgreementError.unknownTranscript(trimmed, available: study.transcripts.map(\.id))
    }
}

/// Which codes a comparison covers, in codebook order, and the groups tried as mutually
/// exclusive categories.
struct CodeScope {
    let study: Study
    private(set) var codes: [String] = []
    private(set) var description = ""
    private let used: Set<String>

    init(study: Study, codings: [Coding], codes names: [String]?, theme: String?) throws {
        self.study = study
        used = Set(codings.map(\.code))
        let order = study.codebook?.codes.map(\.name) ?? []
        if let theme {
            let found = try Self.theme(theme, in: study)
            codes = found.codes.map(\.name) + found.subthemes.flatMap { $0.codes.map(\.name) }
            description = "the codes of theme “\(found.name)”"
        } else if let names {
            var chosen: [String] = []
            for name in names where !name.trimmingWhitespace().isEmpty {
                let code = try resolve(name)
                if !chosen.contains(code) { chosen.append(code) }
            }
            codes = chosen
            description = "the codes named with --codes"
        } else {
            let inCodebook = order.filter { used.contains($0) }
            codes = inCodebook + used.subtracting(order).sorted()
            description = "every code applied by at least one coder"
        }
        if theme != nil || names != nil {
            let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            codes = codes.enumerated().sorted { lhs, rhs in
                (rank[lhs.element] ?? Int.max, lhs.offset) < (rank[rhs.element] ?? Int.max, rhs.offset)
            }.map(\.element)
        }
    }

    private static func theme(_ name: String, in study: Study) throws -> Theme {
        let themes = study.codebook?.themes ?? []
        if let found = themes.first(where: { TextFolding.fold($0.name) == TextFolding.fold(name.trimmingWhitespace()) })
        {
            return found
        }
        throw AgreementError.unknownTheme(name, available: themes.map(\.name))
    }

    /// The canonical name of a code named by the user.
    func resolve(_ name: String) throws -> String {
        let trimmed = name.trimmingWhitespace()
        if let codebook = study.codebook, let code = CodeResolver(codebook).canonicalName(trimmed) { return code }
        if let code = used.first(where: { TextFolding.fold($0) == TextFolding.fold(trimmed) }) { return code }
        let known = (study.codebook?.codes.map(\.name) ?? []) + used.sorted()
        throw AgreementError.unknownCode(trimmed, suggestion: EditDistance.closest(to: trimmed, in: known))
    }

    /// The groups to try as mutually exclusive categories: the given theme, else every theme
    /// with at least two codes in scope; then the user's sets.
    func groups(user: [[String]], theme: String?) throws -> [(
        name: String, source: GroupAgreement.Source, codes: [Int]
    )] {
        let index = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [(name: String, source: GroupAgreement.Source, codes: [Int])] = []
        var themes = study.codebook?.themes ?? []
        if let theme { themes = [try Self.theme(theme, in: study)] }
        for theme in themes {
            let members = (theme.codes + theme.subthemes.flatMap(\.codes)).compactMap { index[$0.name] }
                .filter { used.contains(codes[$0]) }
            if members.count >= 2 { result.append((theme.name, .theme, members)) }
        }
        for set in user {
            var members: [Int] = []
            for name in set where !name.trimmingWhitespace().isEmpty {
                let code = try resolve(name)
                if let position = index[code], !members.contains(position) { members.append(position) }
            }
            if !members.isEmpty {
                result.append((members.map { codes[$0] }.joined(separator: " / "), .user, members))
            }
        }
        return result
    }
}
