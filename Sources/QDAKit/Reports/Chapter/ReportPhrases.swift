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
        isDutch
            ? "In dit hoofdstuk worden de resultaten van de \(language.numberWord(interviews)) interviews gepresenteerd. De thema's uit de analyse komen achtereenvolgens aan bod, elk met de bijbehorende subthema's en citaten van de \(noun.plural)."
            : "This chapter presents the results of the \(language.numberWord(interviews)) interviews. The themes of the analysis are discussed in turn, each with its subthemes and quotes from the \(noun.plural)."
    }
}
