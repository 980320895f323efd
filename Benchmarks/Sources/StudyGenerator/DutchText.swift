import Foundation

/// Spoken Dutch for generated transcripts: questions, answers built from interchangeable parts
/// (so that thousands of transcripts do not repeat each other), sentences that mention a code's
/// cue, backchannels, placeholders such as `[naam school]` and the diacritics of real Dutch
/// (`één`, `ideeën`, `coördinator`).
public enum DutchText {
    /// A compound noun with its article, as used in object position.
    public struct Compound: Sendable {
        /// The word (`zorgplan`).
        public var word: String
        /// `de` or `het`.
        public var article: String
    }

    /// 225 compound nouns (`schoolrooster`, `jeugdwerker`): each occurs now and then, which makes
    /// them good keywords for the generated codes of a large auto-coding codebook.
    public static let compounds: [Compound] = {
        let heads = [
            "school", "jeugd", "zorg", "werk", "huis", "buurt", "sport", "leer", "stage", "ouder", "groep", "dag",
            "week", "klas", "team",
        ]
        let tails: [(String, String)] = [
            ("plan", "het"), ("gesprek", "het"), ("werker", "de"), ("traject", "het"), ("moment", "het"),
            ("rooster", "het"), ("verslag", "het"), ("aanpak", "de"), ("overleg", "het"), ("doel", "het"),
            ("vraag", "de"), ("plek", "de"), ("dossier", "het"), ("route", "de"), ("budget", "het"),
        ]
        return heads.flatMap { head in tails.map { Compound(word: head + $0.0, article: $0.1) } }
    }()

    static let questions = [
        "Hoe kom je in contact met jongeren die dreigen uit te vallen?",
        "Kun je daar een voorbeeld van geven?",
        "Wat bedoel je precies met dat laatste?",
        "En hoe ging dat verder?",
        "Wat zou je anders willen zien?",
        "Hoe verliep de samenwerking met het traject?",
        "Wanneer verwijs je een jongere door?",
        "Wat maakt dat je aan dit traject denkt?",
        "Hoe merk je dat een jongere vastloopt?",
        "Wat hoorde je tijdens het traject van de begeleiders?",
        "Hoe ging de overdracht aan het eind?",
        "Wat heeft het de jongere opgeleverd, denk je?",
        "Zijn er dingen die beter kunnen?",
        "Hoe reageerden de ouders?",
        "Wat vond je van de locatie?",
        "Hoe is het nu met die jongere?",
        "Heb je nog iets wat je kwijt wilt?",
        "Hoe lang werk je al in deze functie?",
        "Kun je iets vertellen over je eigen rol?",
        "Wat gebeurde er na het traject?",
        "Wie nam het initiatief?",
        "Hoe was het contact met school in die periode?",
        "Hoe kijk je daar nu op terug?",
        "Wat zou je tegen een collega zeggen die twijfelt?",
    ]

    static let followUps = [
        "Kun je daar iets meer over vertellen?", "Oké.", "Ja.", "Mm-hm.", "Dat is helder.", "En toen?",
        "Wat bedoel je daarmee?", "Herkenbaar.", "Interessant, ga door.",
    ]

    static let backchannels = ["Ja.", "Klopt.", "Precies.", "Dat denk ik wel.", "Nee, niet echt.", "Ja, zeker."]

    static let openers = [
        "", "", "", "", "Ja, ", "Nou, ", "Eh, ", "Kijk, ", "Weet je, ", "En ", "Maar ", "Dus ", "Ja, en ",
        "Nou ja, ",
    ]

    static let subjects = [
        "de jongere", "zo'n jongere", "de mentor", "de groep", "de begeleider", "mijn collega", "de school",
        "de gemeente", "het team", "de leerling", "de zorgcoördinator", "[naam school]", "[oprichter Back on Traxx]",
        "die jongen", "dat meisje", "de coördinator", "de huisarts", "de leerplichtambtenaar",
    ]

    static let verbPhrases = [
        "heeft veel gehad aan", "loopt vaak vast op", "praat graag over", "heeft moeite met",
        "kijkt samen met ons naar", "vindt het belangrijk om te werken aan", "begint dan weer met",
        "zoekt hulp bij", "maakt zich zorgen over", "had geen idee van", "sprak uitgebreid over",
        "heeft toen gekozen voor", "twijfelde nog over", "kwam pas later met", "hield zich vast aan",
    ]

    static let objects = [
        "het rooster", "de stage", "het huiswerk", "de planning", "de opleiding", "het gesprek", "de afspraken",
        "de vrijdagmiddag", "het contact met thuis", "de overstap", "de begeleiding", "het dagprogramma",
        "het eerste gesprek", "de praktijklessen", "de examens", "een bijbaan", "de ideeën van de groep",
        "een reünie", "het café in het dorp", "de privésituatie", "het cliëntdossier", "de coördinatie",
        "één vaste dag in de week", "de financiële kant", "de oriëntatiefase", "het beëindigen van de stage",
    ]

    static let tails = [
        "", "", "", " eigenlijk", " wel", " hoor", ", denk ik", ", zeg maar", " in het begin",
        " na een paar weken", ", dat vond ik mooi om te zien", ", maar dat verschilt per jongere",
        " en dat zie je terug in de groep", ", en dat had ik niet verwacht",
    ]

    static let firstPerson = [
        "Ik heb daar veel over nagedacht.", "Ik zie dat vaker gebeuren.", "Ik vind dat eerlijk gezegd lastig.",
        "Ik werk nu een jaar of zes in deze functie.", "Ik kreeg daar pas later zicht op.",
        "Ik heb dat met collega's besproken.", "Ik weet het eerlijk gezegd niet precies meer.",
        "We hebben toen samen een plan gemaakt.", "We zijn daarna gaan kijken wat er mogelijk was.",
        "We spraken elke week af.", "We hebben het ook met [naam school] besproken.",
        "Dat verschilt echt per jongere.", "Het is niet altijd zo zwart-wit.", "Dat was voor mij een eye-opener.",
        "Maar goed, dat is mijn ervaring.", "Je moet het echt per situatie bekijken.",
        "In het begin was ik daar wat sceptisch over.", "Daar hebben we best veel ideeën over.",
        "Het is één van de weinige plekken waar dat kan.", "Dat zeg ik ook altijd tegen collega's.",
        "Daar zit voor mij het verschil.", "Dat heeft even geduurd, hoor.", "Eh, even denken.",
        "Ja, dat is een goede vraag.", "Dat vond ik wel bijzonder [...] echt.",
    ]

    static let cueFrames = [
        "Wat je vaak ziet is {c}, en dan weet je eigenlijk al dat het misgaat.",
        "Bij deze jongere speelde {c} echt een grote rol.",
        "Ik denk dat {c} een van de belangrijkste dingen is.",
        "Eh, {c}, dat merk je meestal pas als het al te laat is.",
        "Nou, {c} is bij ons echt een terugkerend thema.",
        "En dan heb je het over {c}, dat zie je bij bijna iedereen terug.",
        "Voor mij is {c} eigenlijk de kern van het verhaal.",
        "We hebben het toen ook met de mentor over {c} gehad.",
        "Zonder {c} was het traject heel anders gelopen.",
        "Ik vind dat {c} nog te weinig aandacht krijgt.",
        "Daar hoort {c} natuurlijk ook gewoon bij.",
        "Ja, {c}, dat is echt iets waar we tegenaan lopen.",
        "Wat mij opviel was {c}.",
        "Het ging eigenlijk vooral over {c}.",
    ]

    /// First names for pseudonyms (gender-neutral, as in the reference study).
    static let names = [
        "Mette", "Lotte", "Alex", "Dagmar", "Beau", "Luca", "Noa", "Kim", "Jamie", "Quinn", "Charlie", "Jesse",
        "Jip", "Kai", "Bo", "Mika", "Sam", "Robin", "Sasha", "Eli", "Floor", "Lou", "Ruben", "Senna", "Tijn",
        "Fenna", "Isa", "Daan", "Sanne", "Joris", "Maud", "Teun", "Roos", "Stijn", "Lieke", "Jens", "Femke",
        "Niels", "Anouk", "Bram",
    ]

    /// A sentence that mentions `cue`.
    static func cueSentence(_ cue: String, _ random: inout SplitMix64) -> String {
        let frame = random.pick(cueFrames)
        var sentence = frame.replacingFirst("{c}", with: cue)
        if frame.hasPrefix("{c}") { sentence = sentence.prefix(1).uppercased() + sentence.dropFirst() }
        return sentence
    }

    /// A sentence about nothing in particular (no code's cue, but now and then a compound noun).
    static func fillerSentence(_ random: inout SplitMix64) -> String {
        switch random.below(10) {
        case 0...2: return random.pick(firstPerson)
        default:
            let opener = random.pick(openers)
            var subject = random.pick(subjects)
            if opener.isEmpty { subject = subject.prefix(1).uppercased() + subject.dropFirst() }
            let object: String
            if random.chance(0.15) {
                let compound = random.pick(compounds)
                object = compound.article + " " + compound.word
            } else {
                object = random.pick(objects)
            }
            return opener + subject + " " + random.pick(verbPhrases) + " " + object + random.pick(tails) + "."
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replaceSubrange(range, with: replacement)
    }

    private func replaceSubrange(_ range: Range<String.Index>, with replacement: String) -> String {
        String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
