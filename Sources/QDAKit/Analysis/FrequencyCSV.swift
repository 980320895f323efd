/// Renders one table of ``CodeFrequencies`` as CSV for spreadsheets and statistics software:
/// a header row of plain column names, one row per record, fields quoted where needed.
struct FrequencyCSV {
    let frequencies: CodeFrequencies
    /// The decimal separator for the c-coefficient.
    let decimalComma: Bool

    func rows(_ table: FrequencyTable) -> [[String]] {
        switch table {
        case .codes: return codes()
        case .groups: return groups()
        case .matrix: return matrix(presence: false)
        case .presence: return matrix(presence: true)
        case .cooccurrence: return cooccurrence()
        case .saturation: return saturation()
        }
    }

    /// One record per outline row: level, place, counts and the participants' names.
    private struct Record {
        var level: String
        var theme: String
        var subtheme: String
        var code: String
        var reported: Bool
        var participants: Int
        var mentions: Int
        var codeMentions: Int
        var transcripts: Int
        var perParticipant: [ParticipantMentions]
        var byAttribute: [AttributeCounts]
    }

    private var records: [Record] {
        var result: [Record] = []
        for item in frequencies.outline {
            switch item {
            case .theme(let index):
                let theme = frequencies.themes[index]
                result.append(record("theme", theme, theme: theme.theme, subtheme: "", code: ""))
            case .subtheme(let index):
                let subtheme = frequencies.subthemes[index]
                result.append(
                    record("subtheme", subtheme, theme: subtheme.theme, subtheme: subtheme.subtheme ?? "", code: ""))
            case .code(let index):
                result.append(record(frequencies.codes[index], level: "code"))
            }
        }
        result += frequencies.candidateCodes.map { record($0, level: "candidate") }
        return result
    }

    private func record(_ count: ThemeCount, theme: String, subtheme: String, code: String) -> Record {
        Record(
            level: count.subtheme == nil ? "theme" : "subtheme", theme: theme, subtheme: subtheme, code: code,
            reported: count.isReported, participants: count.participantCount, mentions: count.mentions,
            codeMentions: count.codeMentions, transcripts: count.transcriptCount, perParticipant: count.participants,
            byAttribute: count.byAttribute)
    }

    private func record(_ level: String, _ count: ThemeCount, theme: String, subtheme: String, code: String) -> Record {
        var result = record(count, theme: theme, subtheme: subtheme, code: code)
        result.level = level
        return result
    }

    private func record(_ count: CodeCount, level: String) -> Record {
        Record(
            level: level, theme: count.theme ?? "", subtheme: count.subtheme ?? "", code: count.code,
            reported: count.isReported, participants: count.participantCount, mentions: count.mentions,
            codeMentions: count.mentions, transcripts: count.transcriptCount, perParticipant: count.participants,
            byAttribute: count.byAttribute)
    }

    private func codes() -> [[String]] {
        var rows = [
            [
                "level", "theme", "subtheme", "code", "reported", "participants", "participants_total", "mentions",
                "code_mentions", "transcripts", "participant_names",
            ]
        ]
        let total = "\(frequencies.participants.count)"
        for record in records {
            rows.append([
                record.level, record.theme, record.subtheme, record.code, record.reported ? "yes" : "no",
                "\(record.participants)", total, "\(record.mentions)", "\(record.codeMentions)",
                "\(record.transcripts)",
                record.perParticipant.map(\.participant.rawValue).joined(separator: "; "),
            ])
        }
        return rows
    }

    private func groups() -> [[String]] {
        var rows = [
            ["attribute", "group", "group_size", "level", "theme", "subtheme", "code", "participants", "mentions"]
        ]
        for (index, breakdown) in frequencies.breakdowns.enumerated() {
            for record in records {
                for group in record.byAttribute[index].groups {
                    rows.append([
                        breakdown.attribute, group.group ?? "", "\(group.size)", record.level, record.theme,
                        record.subtheme, record.code, "\(group.participants)", "\(group.mentions)",
                    ])
                }
            }
        }
        return rows
    }

    private func matrix(presence: Bool) -> [[String]] {
        let participants = frequencies.participants
        var rows = [["level", "theme", "subtheme", "code"] + participants.map(\.rawValue)]
        for record in records {
            rows.append(
                [record.level, record.theme, record.subtheme, record.code]
                    + record.perParticipant.mentions(of: participants).map { count in
                        presence ? (count > 0 ? "1" : "0") : "\(count)"
                    })
        }
        return rows
    }

    private func cooccurrence() -> [[String]] {
        var rows = [["code_1", "code_2", "theme_1", "theme_2", "n1", "n2", "n12", "c", "transcripts"]]
        for pair in frequencies.cooccurrences {
            let coefficient = ReportLanguage.english.decimal(pair.coefficient, digits: 4)
            rows.append([
                pair.code1, pair.code2, frequencies.code(named: pair.code1)?.theme ?? "",
                frequencies.code(named: pair.code2)?.theme ?? "", "\(pair.n1)", "\(pair.n2)", "\(pair.n12)",
                decimalComma ? coefficient.replacingOccurrences(of: ".", with: ",") : coefficient,
                "\(pair.transcripts)",
            ])
        }
        return rows
    }

    private func saturation() -> [[String]] {
        var rows = [
            ["order", "transcript", "date", "participants", "codes_used", "new_codes", "cumulative", "new_code_names"]
        ]
        for (index, step) in frequencies.saturation.steps.enumerated() {
            rows.append([
                "\(index + 1)", step.transcript.rawValue, step.date ?? "",
                step.participants.map(\.rawValue).joined(separator: "; "), "\(step.codesUsed)",
                "\(step.newCodes.count)",
                "\(step.cumulative)", step.newCodes.joined(separator: "; "),
            ])
        }
        return rows
    }
}
