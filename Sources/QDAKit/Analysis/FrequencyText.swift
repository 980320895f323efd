/// The words of `qda freq`'s Markdown output, in Dutch or English.
struct FrequencyText {
    let language: ReportLanguage
    let noun: ParticipantNoun

    private var dutch: Bool { language == .dutch }

    func pick(_ english: String, _ dutch: String) -> String { self.dutch ? dutch : english }

    var singular: String { noun.singular }
    var plural: String { noun.plural }
    var capitalPlural: String { plural.prefix(1).uppercased() + plural.dropFirst() }

    func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(language.integer(value)) \(value == 1 ? singular : plural)"
    }

    func transcripts(_ value: Int) -> String {
        count(value, pick("transcript", "transcript"), pick("transcripts", "transcripten"))
    }

    func codings(_ value: Int) -> String { count(value, pick("coding", "codering"), pick("codings", "coderingen")) }

    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + pick(" and ", " en ") + items.last!
        }
    }

    func title(_ study: String) -> String { pick("Code frequencies: ", "Codefrequenties: ") + study }

    func basis(_ basis: CoderChoice.Basis) -> String {
        switch basis {
        case .option: return pick("chosen with --coder", "gekozen met --coder")
        case .primaryCoder: return pick("primary coder in qda.json", "primaire codeur in qda.json")
        case .onlyCoder: return pick("the only coder", "de enige codeur")
        }
    }

    func codingsOf(_ coders: [CoderID]) -> String {
        pick("Codings of ", "Coderingen van ")
            + coders.map { "**\($0)**" }.joined(separator: pick(", else ", ", anders "))
    }

    func countedLine(transcripts counted: Int, of total: Int, participants: Int) -> String {
        pick(
            "\(counted) of \(total) transcripts counted, \(participants) \(participants == 1 ? singular : plural).",
            "\(counted) van \(total) transcripten geteld, \(participants) \(participants == 1 ? singular : plural).")
    }

    var countingNote: String {
        pick(
            "A *mention* is one coded segment: the turn(s) or quote a code was applied to; the same code on the same "
                + "segment counts once. *\(capitalPlural)*: the distinct \(plural) with at least one mention; interviewer turns "
                + "never count. Theme and subtheme rows count each \(singular) and each segment once, however many of "
                + "their codes apply: they are not sums of the code rows.",
            "Een *vermelding* is één gecodeerd fragment: de beurt(en) of het citaat waaraan een code is toegekend; "
                + "dezelfde code op hetzelfde fragment telt één keer. *\(capitalPlural)*: de verschillende \(plural) met ten "
                + "minste één vermelding; beurten van de interviewer tellen nooit mee. Rijen van thema's en subthema's "
                + "tellen elke \(singular) en elk fragment één keer, hoeveel van hun codes er ook op van toepassing "
                + "zijn: het zijn geen sommen van de coderijen.")
    }

    var mentionsHeader: String { pick("Mentions", "Vermeldingen") }
    var transcriptsHeader: String { pick("Transcripts", "Transcripten") }
    var whoHeader: String { pick("Who", "Wie") }
    var totalHeader: String { pick("Total", "Totaal") }
    var outlineHeader: String { pick("Theme / subtheme / code", "Thema / subthema / code") }
    var codeHeader: String { "Code" }
    var notReportedNote: String {
        pick("† not in the results chapter (`report: no`).", "† niet in het resultatenhoofdstuk (`report: no`).")
    }
    var noValue: String { pick("(no value)", "(geen waarde)") }
    func of(_ part: Int, _ whole: Int) -> String { "\(part)" + pick(" of ", " van ") + "\(whole)" }
    func more(_ count: Int) -> String { pick("and \(count) more", "en nog \(count)") }
}
