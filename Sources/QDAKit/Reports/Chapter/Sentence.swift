/// A sentence under construction: text, code labels and lists of pseudonyms. Kept apart
/// from ``ReportInline`` so the chapter can attach the pseudonym footnote to the first name
/// it prints.
enum SentencePiece: Hashable {
    case text(String)
    case code(String)
    case names([String], both: Bool)
}

/// Count sentences for one code, varied but always stating the computed numbers.
struct CodeSentences {
    let language: ReportLanguage
    let noun: ParticipantNoun
    /// The number of participants analysed (the denominator).
    let total: Int

    var isDutch: Bool { language == .dutch }

    /// The sentence saying how many participants mention `code`, and who.
    ///
    /// - Parameter variant: a rotating number that picks among equivalent phrasings.
    func count(code: String, participants names: [String], mentions: Int, variant: Int) -> [SentencePiece] {
        let n = names.count
        let times: [SentencePiece] = mentions > n ? [.text(" (\(language.timesMentioned(mentions)))")] : []
        if n == total && n >= 2 {
            return isDutch
                ? [.text("Alle \(language.numberWord(n)) \(noun.plural) noemen "), .code(code)] + times + [.text(".")]
                : [.text("All \(language.numberWord(n)) \(noun.plural) mention "), .code(code)] + times + [.text(".")]
        }
        if n == 1 {
            if isDutch {
                return [
                    .text("Eén \(noun.singular), "), .names(names, both: false), .text(", noemt als enige "),
                    .code(code),
                ]
                    + times + [.text(".")]
            }
            return [
                .text("Only one \(noun.singular), "), .names(names, both: false), .text(", mentions "), .code(code),
            ]
                + times + [.text(".")]
        }
        if 2 * n == total {
            return isDutch
                ? [
                    .text("De helft van de \(noun.plural) noemt "), .code(code), .text(": "),
                    .names(names, both: false),
                ]
                    + times + [.text(".")]
                : [.text("Half of the \(noun.plural) mention "), .code(code), .text(": "), .names(names, both: false)]
                    + times + [.text(".")]
        }
        let count = language.count(n, noun)
        let capitalisedCount = language.count(n, noun, capitalised: true)
        var options: [[SentencePiece]] = []
        if isDutch {
            options.append([.text("\(capitalisedCount) noemen "), .code(code), .text(": "), .names(names, both: false)])
            options.append([.code(code), .text(" komt naar voren bij \(count): "), .names(names, both: false)])
            if n <= 6 {
                options.append([.code(code), .text(" wordt door \(count) genoemd: "), .names(names, both: true)])
            }
            options.append([
                .text("Door \(count) wordt "), .code(code), .text(" genoemd, namelijk door "),
                .names(names, both: false),
            ])
            if 2 * n > total {
                options.append([
                    .text(
                        "\(language.capitalisedNumberWord(n)) van de \(language.numberWord(total)) \(noun.plural) noemen "
                    ),
                    .code(code), .text(": "), .names(names, both: false),
                ])
            }
        } else {
            options.append([
                .text("\(capitalisedCount) mention "), .code(code), .text(": "), .names(names, both: false),
            ])
            options.append([
                .code(code), .text(" comes up in the interviews with \(count): "), .names(names, both: false),
            ])
            if n == 2 {
                options.append([.code(code), .text(" is mentioned by two \(noun.plural): "), .names(names, both: true)])
            }
            options.append([.code(code), .text(" is mentioned by \(count), namely "), .names(names, both: false)])
            if 2 * n > total {
                options.append([
                    .text(
                        "\(language.capitalisedNumberWord(n)) of the \(language.numberWord(total)) \(noun.plural) mention "
                    ),
                    .code(code), .text(": "), .names(names, both: false),
                ])
            }
        }
        return options[variant % options.count] + times + [.text(".")]
    }

    /// The sentence for codes nobody mentions.
    func none(codes: [String]) -> [SentencePiece] {
        var pieces: [SentencePiece] = [
            .text(isDutch ? "Geen van de \(noun.plural) noemt " : "None of the \(noun.plural) mentions ")
        ]
        for (index, code) in codes.enumerated() {
            if index > 0 {
                pieces.append(.text(index == codes.count - 1 ? (isDutch ? " of " : " or ") : ", "))
            }
            pieces.append(.code(code))
        }
        pieces.append(.text("."))
        return pieces
    }

    /// The sentence saying that everyone who mentions a code shares an attribute value.
    func sameGroup(attribute: String, value: String, count: Int) -> [SentencePiece] {
        let everyone = count == 2 ? (isDutch ? "Beiden" : "Both of them") : (isDutch ? "Zij" : "All of them")
        if attribute.lowercased() == "sector" {
            return isDutch
                ? [.text(" \(everyone) werken\(count == 2 ? "" : " allemaal") in de sector \(value).")]
                : [.text(" \(everyone) work in the \(value) sector.")]
        }
        return isDutch
            ? [.text(" \(everyone) hebben\(count == 2 ? "" : " allemaal") als \(attribute) \(value).")]
            : [.text(" \(everyone) have \(value) as \(attribute).")]
    }

    /// The words that introduce a quote.
    func quoteIntroduction(name: String, block: Bool, variant: Int) -> (before: String, after: String) {
        if isDutch {
            let inline = [
                ("", " zegt hierover: "), ("Zo vertelt ", ": "), ("", " verwoordt het zo: "), ("", " vertelt: "),
            ]
            let blocks = [("", " vertelt hierover het volgende:"), ("", " licht dit toe:"), ("Zo zegt ", ":")]
            return block ? blocks[variant % blocks.count] : inline[variant % inline.count]
        }
        let inline = [("", " says: "), ("As ", " puts it: "), ("", " explains: "), ("", " recalls: ")]
        let blocks = [("", " explains:"), ("", " describes it as follows:"), ("As ", " puts it:")]
        return block ? blocks[variant % blocks.count] : inline[variant % inline.count]
    }
}
