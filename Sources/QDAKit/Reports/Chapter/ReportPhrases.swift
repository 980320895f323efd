/// The fixed wording of a results chapter in each language.
struct ReportPhrases {
    let language: ReportLanguage

    var isDutch: Bool { language == .dutch }

    var defaultTitle: String { isDutch ? "Resultaten" : "Results" }
    var methodHeading: String { isDutch ? "Methode en analyse" : "Method and analysis" }
    var summaryHeading: String { isDutch ? "Samenvatting" : "Summary" }
    var tablesHeading: String { isDutch ? "Tabellen en figuren" : "Tables and figures" }
    var appendixHeading: String { isDutch ? "Bijlage: codeerschema" : "Appendix: codebook" }
    var mentionsColumn: String { isDutch ? "Vermeldingen" : "Mentions" }
    var themeColumn: String { isDutch ? "Thema" : "Theme" }
    var subthemeColumn: String { isDutch ? "Subthema" : "Subtheme" }
    var codeColumn: String { "Code" }
    var questionColumn: String { isDutch ? "Hoofd- of deelvraag" : "Research question" }
    var descriptionColumn: String {
        isDutch ? "Beschrijving en/of voorbeeldcitaat" : "Description and/or example quote"
    }
    var originColumn: String { isDutch ? "D/I" : "D/I" }
    var totalColumn: String { isDutch ? "Totaal" : "Total" }
    var example: String { isDutch ? "Voorbeeld" : "Example" }
    var originLegend: String {
        isDutch
            ? "D = deductieve code (vooraf bepaald, op basis van de interviewleidraad); I = inductieve code (ontstaan tijdens het coderen)."
            : "D = deductive code (defined in advance, from the interview guide); I = inductive code (emerged while coding)."
    }
    /// The column of participants without a value of the grouping attribute.
    var noValue: String { isDutch ? "geen waarde" : "no value" }
    /// Why a large study's code × participant table has a column per group.
    func matrixByGroup(participants: Int, noun: ParticipantNoun, attribute: String) -> [ReportInline] {
        let count = language.integer(participants)
        return pointingAtMatrix(
            isDutch
                ? "Met \(count) \(noun.plural) is een kolom per \(noun.singular) niet leesbaar; tabel 2 en de figuur tellen daarom per \(attribute)."
                : "With \(count) \(noun.plural) a column per \(noun.singular) cannot be read, so Table 2 and the figure count by \(attribute).",
            noun: noun)
    }

    /// Why a large study without a grouping attribute has no code × participant table.
    func matrixLeftOut(participants: Int, noun: ParticipantNoun) -> [ReportInline] {
        let count = language.integer(participants)
        return pointingAtMatrix(
            isDutch
                ? "Met \(count) \(noun.plural) is een tabel met een kolom per \(noun.singular) niet leesbaar, en er is geen kenmerk om op te groeperen (report.groupBy in qda.json)."
                : "With \(count) \(noun.plural) a table with a column per \(noun.singular) cannot be read, and there is no attribute to group by (report.groupBy in qda.json).",
            noun: noun)
    }

    /// `reason`, then where the matrix per participant is.
    private func pointingAtMatrix(_ reason: String, noun: ParticipantNoun) -> [ReportInline] {
        isDutch
            ? [.text(reason + " De matrix per \(noun.singular) geeft "), .emphasis(Self.matrixCommand), .text(".")]
            : [.text(reason + " "), .emphasis(Self.matrixCommand), .text(" gives the matrix per \(noun.singular).")]
    }

    /// The command that gives the full code × participant matrix.
    static let matrixCommand = "qda freq --table matrix --format csv"

    var notInReport: String { isDutch ? "niet in de resultaten" : "not in the results" }

    func pseudonymFootnote(_ noun: ParticipantNoun) -> String {
        isDutch
            ? "Alle namen van \(noun.plural) in dit hoofdstuk zijn willekeurig gekozen pseudoniemen; de namen zeggen niets over het geslacht van de deelnemers."
            : "All names of \(noun.plural) in this chapter are randomly chosen pseudonyms; they say nothing about the participants' gender."
    }

    func interpretationNote(_ heading: String) -> String {
        isDutch
            ? "Interpretatie \(heading): wat betekenen deze bevindingen samen, en hoe verhouden ze zich tot de literatuur?"
            : "Interpretation \(heading): what do these findings mean together, and how do they relate to the literature?"
    }

    func introduction(interviews: Int, noun: ParticipantNoun) -> String {
        let which =
            interviews == 1
            ? (isDutch ? "het interview" : "the interview")
            : (isDutch
                ? "de \(language.numberWord(interviews)) interviews"
                : "the \(language.numberWord(interviews)) interviews")
        return isDutch
            ? "In dit hoofdstuk worden de resultaten van \(which) gepresenteerd. De thema's uit de analyse komen achtereenvolgens aan bod, elk met de bijbehorende subthema's en citaten van de \(noun.plural)."
            : "This chapter presents the results of \(which). The themes of the analysis are discussed in turn, each with its subthemes and quotes from the \(noun.plural)."
    }
}
