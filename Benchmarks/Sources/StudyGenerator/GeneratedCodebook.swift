import Foundation

/// The codebook of a generated study: 9 themes, 19 subthemes and 66 codes in Dutch, the shape of
/// the reference thesis (two themes without subthemes), each code with keywords for auto-coding,
/// some with former names (aliases) that a second coder still uses, and for every code the
/// phrases ("cues") a participant says when talking about it, which contain a keyword.
public struct GeneratedCodebook: Sendable {
    /// One code.
    public struct Code: Sendable {
        /// The code's name.
        public var name: String
        /// The theme it belongs to.
        public var theme: String
        /// The subtheme, if any.
        public var subtheme: String?
        /// Whether the code emerged from the data (inductive) rather than the interview guide.
        public var inductive: Bool
        /// The `keywords:` line's items.
        public var keywords: [String]
        /// What participants say about it; each contains one of the keywords.
        public var cues: [String]
        /// Former names (`aliases:`), used by the second coder now and then.
        public var aliases: [String]
        /// The index of the code's subtheme (or theme) among all groups, for choosing a sibling.
        public var group: Int
    }

    /// The codes, in codebook order.
    public let codes: [Code]

    /// The built-in codebook.
    public static let standard = GeneratedCodebook(table: table)

    init(table: String) {
        var codes: [Code] = []
        var theme = ""
        var subtheme: String?
        var group = -1
        for line in table.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            let kind = trimmed.prefix(2)
            let rest = String(trimmed.dropFirst(2))
            switch kind {
            case "T ":
                theme = rest
                subtheme = nil
                group += 1
            case "S ":
                subtheme = rest
                group += 1
            case "C ", "I ":
                let fields = rest.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                codes.append(
                    Code(
                        name: fields[0], theme: theme, subtheme: subtheme, inductive: kind == "I ",
                        keywords: fields[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) },
                        cues: fields[2].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) },
                        aliases: fields.count > 3 ? [fields[3]] : [], group: group))
            default: continue
            }
        }
        self.codes = codes
    }

    /// The codebook in QDAKit's Markdown format.
    public func markdown(title: String = "Codeerschema (gegenereerd)") -> String {
        var lines = [
            "# \(title)", "",
            "Gegenereerd codeerschema voor benchmarks: de vorm van het referentieonderzoek (9 thema's, 19 subthema's, 66 codes).",
            "",
        ]
        var theme = ""
        var subtheme: String?
        for code in codes {
            if code.theme != theme {
                theme = code.theme
                subtheme = nil
                lines += ["## \(theme)", ""]
            }
            if let name = code.subtheme, name != subtheme {
                subtheme = name
                lines += ["### \(name)", ""]
            }
            lines += [
                "#### \(code.name)",
                "origin: \(code.inductive ? "inductive" : "deductive")",
                "description: De professional noemt \(code.cues[0]) in verband met \(lowercasedFirst(code.subtheme ?? code.theme)).",
                "keywords: " + code.keywords.joined(separator: "; "),
            ]
            if !code.aliases.isEmpty { lines.append("aliases: " + code.aliases.joined(separator: "; ")) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A codebook with `rules` codes that have keywords: these 66 codes, then generated codes
    /// whose keywords are the compound words of ``DutchText/compounds`` (each occurs now and then
    /// in the transcripts), for timing `qda autocode` with a large rule set.
    public func largeMarkdown(rules: Int, seed: UInt64) -> String {
        var lines = [markdown(title: "Codeerschema met \(rules) regels (gegenereerd)")]
        var random = SplitMix64(seed: seed, stream: 0xC0DE)
        let extra = max(0, rules - codes.count)
        let compounds = DutchText.compounds
        if extra > 0 { lines += ["## Aanvullende codes", ""] }
        for index in 0..<extra {
            let head = compounds[index % compounds.count]
            let frame = Self.frames[(index / compounds.count) % Self.frames.count]
            var keywords = [head.word]
            for _ in 0..<random.within(1...3) {
                let other = random.pick(compounds).word
                if !keywords.contains(other) { keywords.append(other) }
            }
            if random.chance(0.3) { keywords[0] = String(head.word.prefix(max(5, head.word.count - 2))) + "*" }
            if random.chance(0.2) { keywords.append("-" + random.pick(compounds).word) }
            lines += [
                "#### \(frame) \(head.word)", "origin: inductive", "keywords: " + keywords.joined(separator: "; "), "",
            ]
        }
        return lines.joined(separator: "\n")
    }

    private static let frames = ["Ervaringen met het", "Zorgen over het", "Belang van het", "Gebrek aan een"]

    private func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }

    // T theme, S subtheme, C deductive code, I inductive code: name | keywords | cues | alias
    private static let table = """
        T Signalering
        S Herkenning van uitval
        C Herkenning van de risicojongere | verzuim*; spijbel*; uitval*; "niet meer op school" | het verzuim; het spijbelen; de dreigende uitval; dat ze niet meer op school komen | Signalen van uitval
        C Afnemende motivatie | motivatie; gemotiveerd; ongemotiveerd; "geen zin" | de motivatie; dat ze geen zin meer hebben; een ongemotiveerde houding
        C Onderwijs sluit niet aan | "passend onderwijs"; "past niet"; maatwerk; aansluit* | passend onderwijs; dat het onderwijs niet aansluit; het gebrek aan maatwerk
        C Persoonlijke omstandigheden | thuissituatie; scheiding; mantelzorg*; rouw | de thuissituatie; een scheiding van de ouders; de mantelzorgtaken thuis | Problemen thuis
        S Ondersteuning vóór verwijzing
        C Eigen begeleiding vóór verwijzing | "aangepast rooster"; zorgteam; zorgoverleg | een aangepast rooster; het zorgoverleg; het zorgteam op school
        C Rol van de mentor | mentor*; zorgcoördinator; coördinator | de mentor; de zorgcoördinator; een mentorgesprek
        T Overwegingen bij doorverwijzing
        S Redenen voor verwijzing
        C Nog niet klaar voor school | "stap te ver"; "nog niet klaar"; "brug te ver" | dat school nog een stap te ver is; dat ze nog niet klaar zijn voor school; dat een opleiding een brug te ver is
        C Behoefte aan dagstructuur | dagstructuur; dagritme; ritme; "uit bed" | een vast dagritme; dagstructuur; dat ze weer uit bed komen
        C Weer meedoen in de maatschappij | maatschappij; meedoen; isolement; geïsoleerd | weer meedoen in de maatschappij; het sociale isolement; dat ze zo geïsoleerd zijn
        I Tussenstap naar hulpverlening | hulpverlening; tussenstap; ggz; behandelaar* | een tussenstap naar de hulpverlening; de wachtlijst bij de ggz; een behandelaar
        S Afweging bij geschiktheid
        C Niet bij te zware problematiek | "te zwaar"; psychiatri*; crisis*; behandeling | problematiek die te zwaar is; een psychiatrische diagnose; een crisissituatie
        C Niet bij alleen een studiekeuzevraag | studiekeuze*; loopbaanoriëntatie; keuzetraject* | een studiekeuzevraag; loopbaanoriëntatie; een keuzetraject
        C Niet bij jongeren die geen groep aankunnen | "niet in een groep"; agressie*; "sociale angst" | agressief gedrag; sociale angst; dat ze echt niet in een groep kunnen
        I Nog niet toe aan het traject | "niet toe aan"; weerstand; "nog niet open" | weerstand tegen hulp; dat de jongere nog niet toe aan een traject is; dat ze nog niet open staan
        S Praktische overwegingen
        C Locatie dichtbij huis | dichtbij; "om de hoek"; "op de fiets" | dat het dichtbij is; dat het om de hoek zit; dat ze er op de fiets heen kunnen
        I Oprichter betrokken bij de verwijzing | oprichter; "persoonlijk contact" | [oprichter Back on Traxx]; het persoonlijk contact met de oprichter
        T Bekendheid met het traject
        I Eerste kennismaking met het traject | kennismaking; "via via"; "voor het eerst" | de eerste kennismaking; dat ik er via via over hoorde; dat ik er voor het eerst over las
        C Informatie over het aanbod | folder*; website; informatiebijeenkomst | de folder; de website; een informatiebijeenkomst
        I Verwarring na de verhuizing | verhuizing; verhuisd; "nieuwe locatie" | de verhuizing; de nieuwe locatie; dat ze verhuisd zijn
        T Communicatie en samenwerking
        S Tijdens het traject
        C Korte lijntjes | appje*; whatsapp; bellen; "korte lijntjes" | een appje; de korte lijntjes; even bellen; een berichtje via WhatsApp
        C Tussentijdse evaluatie | tussenevaluatie; "tussentijdse evaluatie"; voortgangsgesprek; halverwege | de tussenevaluatie; een voortgangsgesprek; het gesprek halverwege
        C Afstemming met school | afstem*; "contact met school"; schoolcontact | de afstemming met school; het contact met school; afstemmen met de mentor
        I Privacy en gegevens delen | privacy; toestemming; gegevens | de privacy; toestemming van ouders; het delen van gegevens
        S Afronding en terugkoppeling
        C Eindevaluatie | eindevaluatie; eindgesprek; eindverslag | de eindevaluatie; het eindgesprek; het eindverslag
        I Afspraken niet nagekomen | "niet nagekomen"; vergeten; "niks meer gehoord" | afspraken die niet nagekomen werden; dat het vergeten was; dat ik niks meer gehoord heb
        C Warme overdracht | overdracht; "warme overdracht"; dossier* | een warme overdracht; het dossier; de overdracht naar school
        T Succesfactoren
        S Kenmerken van de begeleiding
        C Ouderbetrokkenheid | ouders; oudertraject; ouderavond*; "vader en moeder" | de ouders; het oudertraject; een ouderavond; vader en moeder
        C Begeleiders met verschillende achtergronden | ervaringsdeskundig*; "eigen ervaring"; "zelf meegemaakt"; divers* | ervaringsdeskundige begeleiders; hun eigen ervaring; dat ze het zelf meegemaakt hebben | Divers begeleidersteam
        C Persoonlijke betrokkenheid van de begeleider | betrokken*; "echt gezien"; aandacht | de betrokkenheid van de begeleiders; dat ze zich echt gezien voelen; de persoonlijke aandacht
        I Aansluiten bij de leefwereld | leefwereld; "hun taal"; aansluiten | de leefwereld van jongeren; dat ze hun taal spreken; aansluiten bij wat ze bezighoudt
        S Programma en aanpak
        C Geen schoolsetting | "geen school"; schools; klaslokaal; "geen les" | dat het geen school is; een klaslokaal; dat het niet zo schools is
        C Afwisselend programma | afwissel*; gevarieerd; sport*; creatie* | het afwisselende programma; de sport; de creatieve opdrachten | Sport en beweging
        I Samen eten | lunch*; ontbijt; "samen eten" | de lunch; het ontbijt; dat ze samen eten
        I Buiten bezig zijn | buiten; natuur; boerderij; dieren | buiten zijn; de natuur; de dieren op de boerderij
        S Groepsdynamiek en sfeer
        C Warme en veilige groepsdynamiek | warm*; veilig*; sfeer; welkom | de warme sfeer; een veilige groep; dat ze zich welkom voelen
        C Jongeren steunen elkaar | "elkaar steunen"; "voor elkaar"; leeftijdsgenoten | dat ze elkaar steunen; leeftijdsgenoten; dat ze er voor elkaar zijn
        I Jongeren komen tot rust | rust*; "tot rust"; ontspann* | de rust; dat ze tot rust komen; ontspanning
        T Knelpunten
        S Procesmatige knelpunten
        C Beperkte tussentijdse communicatie en verslaglegging | terugkoppeling; verslag*; "op de hoogte" | de terugkoppeling; het verslag; dat ik niet op de hoogte was | Geen tussenrapportage ontvangen
        I Initiatief moest van de verwijzer komen | initiatief; "zelf achteraan"; navragen | het initiatief; dat ik er zelf achteraan moest; navragen
        C Onduidelijk vervolgplan | vervolgplan; vervolgstap*; "na het traject" | het vervolgplan; de vervolgstappen; wat er na het traject gebeurt
        C Geen nazorg | nazorg; terugkommoment*; nabellen | nazorg; een terugkommoment; nabellen | Nazorg komt niet van de grond
        S Organisatie en professionaliteit
        C Gebrek aan structuur en professionaliteit | projectplan; ongestructureerd; improvis*; professionaliteit | het projectplan; een ongestructureerde indruk; het improviseren
        C Onduidelijkheid over financiering en aanmelding | financier*; beschikking; aanmeld* | de financiering; een beschikking van de gemeente; de aanmelding | Onduidelijke financiering
        S Structurele knelpunten
        C Locatie slecht bereikbaar | bus*; reistijd; "ver weg"; bereikba* | de bus; de reistijd; dat het zo ver weg is | Reisafstand
        C Traject te kort | "te kort"; "twaalf weken"; "langer duren" | dat twaalf weken te kort is; dat het langer moet duren
        I Wachtlijst | wachtlijst*; wachttijd; "lang wachten" | de wachtlijst; de wachttijd; dat ze lang moeten wachten
        T Ervaren effect op jongeren
        S Persoonlijke ontwikkeling
        C Meer zelfinzicht en zelfvertrouwen | zelfvertrouwen; zelfinzicht; zelfbeeld; "meer lef" | meer zelfvertrouwen; zelfinzicht; een positiever zelfbeeld | Zelfvertrouwen
        I Angsten overwonnen | angst*; durven; spannend | hun angsten; dat ze weer durven; iets wat eerst spannend was
        I Leren praten over gevoelens | gevoelens; emoties; "praten over" | hun gevoelens; emoties; leren praten over wat er speelt
        S Sociale relaties
        C Sterkere sociale vaardigheden | "sociale vaardigheden"; "contact maken"; samenwerk* | sociale vaardigheden; contact maken met anderen; samenwerken
        I Vriendschappen in de groep | vriendschap*; vrienden; vriendin | vriendschappen; nieuwe vrienden; een vriendin uit de groep
        C Beter begrepen door ouders | begrip; "beter begrijpen"; "thuis beter" | meer begrip thuis; dat ouders hen beter begrijpen; dat het thuis beter gaat
        S Stappen na het traject
        C Terug naar school | "terug naar school"; "weer naar school"; ingeschreven; herstart | dat ze terug naar school gingen; weer naar school; ingeschreven bij een opleiding
        C Niet terug naar school | "niet terug"; "aan het werk"; baan | dat ze niet terug gingen; aan het werk; een baan
        C Oriëntatie op een vervolgopleiding | oriënt*; vervolgopleiding; "open dag"; meeloopdag* | de oriëntatie op een vervolgopleiding; een open dag; een meeloopdag
        I Openstaan voor zorg | "open voor"; hulpvraag; "hulp accepteren" | dat ze meer open voor hulp zijn; een hulpvraag; hulp accepteren
        T Verbeterpunten
        S Samenwerking met verwijzers
        C Verwijzers meer betrekken | betrekken; "meer contact"; "op de hoogte houden" | verwijzers meer betrekken; meer contact; ons op de hoogte houden
        C Tussentijds verslag met meerwaarde | tussenverslag; rapportage; meerwaarde | een tussenverslag; de rapportage; een verslag met meerwaarde
        S Organisatie en uitvoering
        C Duidelijkheid over financiering | "wie betaalt"; financiering; aanmeldprocedure | wie betaalt; duidelijkheid over de financiering; de aanmeldprocedure
        C Twee begeleiders op de groep | "twee begeleiders"; bezetting; "extra handen" | twee begeleiders op de groep; de bezetting; extra handen
        I Meer plekken | "meer plekken"; uitbreid*; capaciteit | meer plekken; uitbreiding; de capaciteit
        S Ondersteuning van de doelgroep
        C Hulp bij vervoer | vervoer; taxi; opgehaald | het vervoer; een taxi; dat ze opgehaald worden
        C Duidelijke afspraken over nazorg | "afspraken over nazorg"; "na afloop"; borging | afspraken over nazorg; wat er na afloop gebeurt; de borging
        I Eerder verwijzen | "eerder verwijzen"; preventie*; "vroeg signaleren" | eerder verwijzen; preventie; vroeg signaleren
        T Algemeen
        I Moeizame samenwerking tussen professionals | "langs elkaar heen"; "eigen eiland"; samenwerking | dat we langs elkaar heen werken; ieder op zijn eigen eiland; de samenwerking tussen professionals
        I Werkdruk van de verwijzer | werkdruk; "geen tijd"; caseload | de werkdruk; dat ik er eigenlijk geen tijd voor heb; mijn caseload
        """
}
