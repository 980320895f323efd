/// The method section: the sample, the interviews, the coding and the agreement, from the data.
extension ChapterBuilder {
    mutating func appendMethod() {
        document.append(.heading(level: 2, text: phrases.methodHeading))
        var sample: [String] = [sampleSentence()]
        if let groups = groupSentence() { sample.append(groups) }
        if let modes = modeSentence() { sample.append(modes) }
        if let durations = durationSentence() { sample.append(durations) }
        document.append(.paragraph([.text(sample.joined(separator: " "))]))
        document.append(.paragraph(codingParagraph()))
        if let agreement = inputs.agreementParagraph, !agreement.isEmpty {
            document.append(.paragraph([.text(agreement)]))
        }
    }

    func sampleSentence() -> String {
        let interviews = inputs.study.transcripts.count
        let people = inputs.study.participants.count
        let inTotal = interviews == people ? "" : (language == .dutch ? "in totaal " : "")
        if language == .dutch {
            let verb = interviews == 1 ? "is" : "zijn"
            let noun = interviews == 1 ? "interview" : "interviews"
            return
                "Er \(verb) \(language.numberWord(interviews)) \(noun) afgenomen met \(inTotal)\(language.count(people, self.noun))."
        }
        let held = interviews == 1 ? "interview was" : "interviews were"
        let total = interviews == people ? "" : " in total"
        return
            "\(language.capitalisedNumberWord(interviews)) \(held) held with \(language.count(people, noun))\(total)."
    }

    /// Values of `key` with how often each occurs, most frequent first (ties in order of appearance).
    func distribution(_ values: [String]) -> [(value: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        return order.enumerated().sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }
            .map { ($0.element, counts[$0.element]!) }
    }

    func groupSentence() -> String? {
        guard let attribute = groupAttribute() else { return nil }
        let values = inputs.study.attribute(attribute, of: inputs.study.participants).compactMap { $0 }
        guard !values.isEmpty else { return nil }
        let groups = distribution(values)
        let items = groups.map { "\($0.value) (\(language.numberWord($0.count)))" }
        if attribute.lowercased() == "sector" && groups.count == 1 {
            if values.count == 1 {
                return language == .dutch
                    ? "De \(noun.singular) werkt in de sector \(groups[0].value)."
                    : "The \(noun.singular) works in the \(groups[0].value) sector."
            }
            return language == .dutch
                ? "De \(noun.plural) werken allemaal in de sector \(groups[0].value)."
                : "The \(noun.plural) all work in the \(groups[0].value) sector."
        }
        if attribute.lowercased() == "sector" {
            return language == .dutch
                ? "De \(noun.plural) werken in de sectoren \(language.list(items))."
                : "The \(noun.plural) work in the sectors \(language.list(items))."
        }
        return language == .dutch
            ? "Naar \(attribute): \(language.list(items))." : "By \(attribute): \(language.list(items))."
    }

    /// Each transcript's value of `name`: its header's, else its first participant's attribute.
    func transcriptAttribute(_ name: String) -> [String?] {
        let study = inputs.study
        let first = study.transcripts.map { $0.participants.first }
        let participants = first.compactMap { $0 }
        let values = Dictionary(
            zip(participants, study.attribute(name, of: participants)), uniquingKeysWith: { value, _ in value })
        return zip(study.transcripts, first).map { transcript, participant in
            if let value = transcript.header[name], !value.isEmpty { return value }
            return participant.flatMap { values[$0] ?? nil }
        }
    }

    func modeSentence() -> String? {
        let transcripts = inputs.study.transcripts
        let modes = transcriptAttribute("mode").compactMap { $0 }
        guard modes.count == transcripts.count, !modes.isEmpty else { return nil }
        let groups = distribution(modes)
        if groups.count == 1 && transcripts.count == 1 {
            return language == .dutch
                ? "Het interview is \(groups[0].value) afgenomen."
                : "The interview was conducted \(groups[0].value)."
        }
        if groups.count == 1 {
            return language == .dutch
                ? "Alle interviews zijn \(groups[0].value) afgenomen."
                : "All interviews were conducted \(groups[0].value)."
        }
        let rest = groups.dropFirst().map { "\(language.numberWord($0.count)) \($0.value)" }
        if language == .dutch {
            return
                "\(language.capitalisedNumberWord(groups[0].count)) interviews zijn \(groups[0].value) afgenomen en \(language.list(Array(rest)))."
        }
        return
            "\(language.capitalisedNumberWord(groups[0].count)) interviews were conducted \(groups[0].value) and \(language.list(Array(rest)))."
    }

    /// Each transcript's duration in minutes: from its header, else its first participant's
    /// `minutes` attribute.
    func transcriptMinutes() -> [Double?] {
        zip(inputs.study.transcripts, transcriptAttribute("minutes")).map { transcript, value in
            transcript.minutes ?? value.flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) }
        }
    }

    func durationSentence() -> String? {
        let durations = transcriptMinutes().compactMap { $0 }
        guard !durations.isEmpty else { return nil }
        let mean = Int((durations.reduce(0, +) / Double(durations.count)).rounded())
        let shortest = Int(durations.min()!.rounded())
        let longest = Int(durations.max()!.rounded())
        let missing = inputs.study.transcripts.count - durations.count
        if durations.count == 1 && missing == 0 {
            return language == .dutch
                ? "Het interview duurde \(mean) minuten." : "The interview lasted \(mean) minutes."
        }
        var sentence: String
        if language == .dutch {
            sentence =
                "De interviews duurden gemiddeld \(mean) minuten; het kortste interview duurde \(shortest) en het langste \(longest) minuten."
            if missing > 0 {
                sentence +=
                    " Van \(language.numberWord(missing)) interview\(missing == 1 ? "" : "s") is de duur niet bekend."
            }
        } else {
            sentence =
                "The interviews lasted \(mean) minutes on average; the shortest took \(shortest) and the longest \(longest) minutes."
            if missing > 0 {
                sentence +=
                    " The duration of \(language.numberWord(missing)) interview\(missing == 1 ? " is" : "s is") unknown."
            }
        }
        return sentence
    }

    mutating func codingParagraph() -> [ReportInline] {
        let study = inputs.study
        let frequencies = inputs.frequencies
        let coders = frequencies.coderChoice.coders.map(\.rawValue)
        var pieces: [SentencePiece] = []
        let codes = study.codebook?.codes ?? []
        let deductive = codes.filter { $0.origin == .deductive }.count
        let inductive = codes.filter { $0.origin == .inductive }.count
        let themes = study.codebook?.themes.count ?? 0
        let subthemes = study.codebook?.themes.reduce(0) { $0 + $1.subthemes.count } ?? 0
        if language == .dutch {
            pieces.append(
                .text(
                    "\(inputs.study.transcripts.count == 1 ? "Het transcript is thematisch geanalyseerd. Het is" : "De transcripten zijn thematisch geanalyseerd. Ze zijn") gecodeerd door \(language.list(coders)) met een codeerschema van \(counted(codes.count, "code", "codes")), verdeeld over \(counted(themes, "thema", "thema's")) en \(counted(subthemes, "subthema", "subthema's"))"
                ))
            if deductive + inductive > 0 {
                pieces.append(
                    .text(
                        " (\(counted(deductive, "deductieve code", "deductieve codes")), vooraf afgeleid uit de interviewleidraad, en \(counted(inductive, "inductieve code", "inductieve codes")), ontstaan tijdens het coderen)"
                    ))
            }
            pieces.append(.text("; het codeerschema staat in de bijlage."))
        } else {
            pieces.append(
                .text(
                    "\(inputs.study.transcripts.count == 1 ? "The transcript was analysed thematically. It was" : "The transcripts were analysed thematically. They were") coded by \(language.list(coders)) with a codebook of \(counted(codes.count, "code", "codes")) in \(counted(themes, "theme", "themes")) and \(counted(subthemes, "subtheme", "subthemes"))"
                ))
            if deductive + inductive > 0 {
                pieces.append(
                    .text(
                        " (\(counted(deductive, "deductive code", "deductive codes")), derived in advance from the interview guide, and \(counted(inductive, "inductive code", "inductive codes")), which emerged while coding)"
                    ))
            }
            pieces.append(.text("; the codebook is in the appendix."))
        }
        let candidates = frequencies.candidateCodes.filter { $0.mentions > 0 }.map(\.code)
        if !candidates.isEmpty {
            pieces.append(
                .text(
                    language == .dutch
                        ? " Daarnaast \(candidates.count == 1 ? "is" : "zijn") tijdens het coderen \(counted(candidates.count, "nieuwe inductieve code", "nieuwe inductieve codes")) gebruikt die nog niet in het codeerschema \(candidates.count == 1 ? "is" : "zijn") opgenomen: "
                        : " In addition, \(language.numberWord(candidates.count)) new inductive code\(candidates.count == 1 ? " was" : "s were") used while coding that \(candidates.count == 1 ? "is" : "are") not yet in the codebook: "
                ))
            for (index, code) in candidates.enumerated() {
                if index > 0 { pieces.append(.text(index == candidates.count - 1 ? " \(language.and) " : ", ")) }
                pieces.append(.code(code))
            }
            pieces.append(.text("."))
        }
        let uncounted = frequencies.coderChoice.uncountedTranscripts.count
        if uncounted > 0 {
            pieces.append(
                .text(
                    language == .dutch
                        ? " \(language.capitalisedNumberWord(uncounted)) transcript\(uncounted == 1 ? " is" : "en zijn") niet door \(language.list(coders)) gecodeerd en tel\(uncounted == 1 ? "t" : "len") in dit hoofdstuk niet mee."
                        : " \(language.capitalisedNumberWord(uncounted)) transcript\(uncounted == 1 ? " was" : "s were") not coded by \(language.list(coders)) and \(uncounted == 1 ? "is" : "are") not counted in this chapter."
                ))
        }
        pieces.append(
            .text(
                language == .dutch
                    ? " Bij elke code staat hoeveel \(noun.plural) de code minstens één keer noemen; ‘keer genoemd’ telt de gecodeerde fragmenten."
                    : " For each code the chapter gives the number of \(noun.plural) who mention it at least once; ‘mentioned … times’ counts the coded passages."
            ))
        return inlines(pieces)
    }

    /// A number in words with the singular or plural noun.
    func counted(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(language.numberWord(value)) \(value == 1 ? singular : plural)"
    }
}
