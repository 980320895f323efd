/// Words that are often capitalised in the middle of a Dutch or English sentence without
/// being a person's, school's, organisation's or place's name: days, months, languages,
/// holidays, apps, school types and national services. `qda pseudonymise --suggest` does
/// not propose them as names.
///
/// Place names are deliberately absent: the reference study's ethics committee asked for
/// places to be removed too, so they should be suggested.
enum CommonWords {
    /// The words, folded (lower case, without accents).
    static let folded: Set<String> = {
        var words = Set<String>()
        for list in [dutch, english, shared] {
            for word in list.split(separator: " ") { words.insert(TextFolding.fold(String(word))) }
        }
        return words
    }()

    /// Whether `word` (folded) is on the list.
    static func contains(_ folded: String) -> Bool { Self.folded.contains(folded) }

    private static let dutch = """
        maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli \
        augustus september oktober november december nederland nederlands nederlandse nederlander nederlanders \
        engels engelse duits duitse frans franse arabisch turks marokkaans surinaams pools europa europees europese \
        kerst kerstmis kerstvakantie pasen pinksteren ramadan suikerfeest offerfeest sinterklaas koningsdag \
        herfstvakantie voorjaarsvakantie meivakantie zomervakantie god allah jezus mevrouw meneer juf meester dhr mw \
        ja nee nou oké okay oh eh ehm uhm hè hoor zeg jeugdzorg jeugdwet leerplicht leerplichtwet participatiewet \
        wmo gemeente rijksoverheid ministerie onderwijsinspectie inspectie veilig thuis vmbo havo vwo mbo hbo wo \
        pro vso so sbo bso roc bbl bol entree mavo atheneum gymnasium lyceum cito ggd cjg uwv duo rmc svb gga \
        ggz jggz ggd'en avg wgbo vog bsn digid corona covid lockdown interviewer onderzoeker interviewster \
        respondent deelnemer professional jongere jongeren
        """

    private static let english = """
        monday tuesday wednesday thursday friday saturday sunday january february march may june july august \
        october december english dutch french german european christmas easter i im ive id ill mr mrs ms dr sir \
        madam okay yes yeah no oh god internet covid coronavirus participant researcher
        """

    private static let shared = """
        ok whatsapp facebook instagram tiktok snapchat youtube google teams zoom netflix spotify linkedin twitter \
        x gmail outlook word excel powerpoint iphone android ai ict hr pdf sms app ipad laptop wifi
        """
}
