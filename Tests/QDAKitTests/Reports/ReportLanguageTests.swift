import Testing

@testable import QDAKit

@Suite("Report language")
struct ReportLanguageTests {
    @Test("Dutch number words 0–20, digits beyond")
    func dutchNumbers() {
        let words = (0...21).map { ReportLanguage.dutch.numberWord($0) }
        #expect(
            words == [
                "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
                "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "21",
            ])
        #expect(ReportLanguage.dutch.numberWord(1234) == "1.234")
        #expect(ReportLanguage.dutch.capitalisedNumberWord(1) == "Eén")
        #expect(ReportLanguage.dutch.capitalisedNumberWord(6) == "Zes")
        #expect(ReportLanguage.dutch.capitalisedNumberWord(35) == "35")
    }

    @Test("English number words 0–20, digits beyond")
    func englishNumbers() {
        let words = (0...21).map { ReportLanguage.english.numberWord($0) }
        #expect(
            words == [
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "21",
            ])
        #expect(ReportLanguage.english.numberWord(1234) == "1,234")
        #expect(ReportLanguage.english.capitalisedNumberWord(1) == "One")
    }

    @Test("Counts with singular and plural nouns")
    func counts() {
        let noun = ParticipantNoun(singular: "professional", plural: "professionals")
        #expect(ReportLanguage.dutch.count(6, noun, capitalised: true) == "Zes professionals")
        #expect(ReportLanguage.dutch.count(1, noun) == "één professional")
        #expect(ReportLanguage.english.count(1, noun, capitalised: true) == "One professional")
        #expect(ReportLanguage.dutch.timesMentioned(6) == "zes keer genoemd")
        #expect(ReportLanguage.english.timesMentioned(1) == "mentioned once")
        #expect(ReportLanguage.english.timesMentioned(2) == "mentioned twice")
        #expect(ReportLanguage.english.timesMentioned(8) == "mentioned eight times")
    }

    @Test("Name lists of one, two, three and many")
    func nameLists() {
        #expect(ReportLanguage.dutch.list(["Bo"]) == "Bo")
        #expect(ReportLanguage.dutch.list(["Bo", "Kim"]) == "Bo en Kim")
        #expect(ReportLanguage.dutch.list(["Bo", "Kim", "Noa"]) == "Bo, Kim en Noa")
        #expect(ReportLanguage.english.list(["Bo", "Kim", "Noa", "Jip"]) == "Bo, Kim, Noa and Jip")
        #expect(ReportLanguage.dutch.bothList(["Bo", "Kim"]) == "zowel Bo als Kim")
        #expect(
            ReportLanguage.dutch.bothList(["Alex", "Lotte", "Mette", "Dagmar", "Beau", "Luca"])
                == "zowel Alex, Lotte, Mette, Dagmar, Beau als Luca")
        #expect(ReportLanguage.english.bothList(["Bo", "Kim"]) == "both Bo and Kim")
        #expect(ReportLanguage.english.bothList(["Bo", "Kim", "Noa"]) == "Bo, Kim and Noa")
    }

    @Test("Decimals, percentages and intervals")
    func decimals() {
        #expect(ReportLanguage.dutch.decimal(0.5234) == "0,52")
        #expect(ReportLanguage.english.decimal(0.5234) == "0.52")
        #expect(ReportLanguage.dutch.decimal(-0.0001) == "0,00")
        #expect(ReportLanguage.dutch.decimal(-0.25) == "-0,25")
        #expect(ReportLanguage.dutch.percent(0.588) == "59%")
        #expect(ReportLanguage.dutch.percent(0.588, digits: 1) == "58,8%")
        #expect(ReportLanguage.dutch.interval(0.41, 0.63) == "0,41–0,63")
        #expect(ReportLanguage.english.interval(0.41, 0.63) == "0.41–0.63")
    }

    @Test("Quotations use typographic marks; double quotes inside become single")
    func quotations() {
        #expect(ReportLanguage.dutch.quoted("Het is een warme plek.") == "“Het is een warme plek.”")
        #expect(ReportLanguage.english.quoted("she said “no”") == "“she said ‘no’”")
    }
}
