import Foundation

@testable import QDAKit

/// A small hand-made study whose every count is worked out by hand in the tests.
///
/// Codebook (codebook order, codes numbered for the comments):
///
///     Signals                       theme
///       Early signs                 subtheme
///         [0] Absence
///         [1] Low motivation        alias: Demotivation
///       Home                        subtheme
///         [2] Family stress
///     Programme                     theme, codes directly under it
///       [3] Warm group
///       [4] Short lines             alias: Quick contact
///       [5] Transport               (never used)
///     General                       theme, report: no
///       [6] Other
///
/// Transcripts (file order) and their turns (I = interviewer):
///
///     01-alex   date 2025-03-10   1 I, 2 Alex, 3 I, 4 Alex, 5 I, 6 Alex
///     02-lotte  date 2025-03-03   1 I, 2 Lotte, 3 I, 4 Lotte
///     03-group  date 2025-03-12   1 I, 2 Mette, 3 Dagmar, 4 I, 5 Mette, 6 Dagmar   (focus group)
///     04-sam    date 2025-03-01   1 I, 2 Sam
///
/// participants.csv: Alex onderwijs 30, Lotte zorg 40, Mette onderwijs 50, Dagmar gemeente 35,
/// Sam zorg 28; `age` is private. qda.json makes `ann` the primary coder.
///
/// ann's codings (segments after alias mapping and removing the repeat):
///
///     01-alex   s1  turn 2    Absence                      Alex
///               s2  turn 2    Low motivation (same row)    Alex      same segment as s1
///               --  turn 2    Absence again                          duplicate, counted once
///               s3  turn 4    Warm group, quote A          Alex      quote A and quote B overlap
///               s4  turn 4    Short lines, quote B         Alex      on "iedereen hielp elkaar."
///               s5  turn 6    Demotivation → Low motivation  Alex
///               --  turn 5    Family stress                          interviewer turn: not counted
///     02-lotte  s6  turn 2    Family stress                Lotte
///               s7  turn 2    Warm group, quote C          Lotte     quote C inside turn 2
///               s8  turn 4    Absence                      Lotte
///               s9  turn 4    Mentor, first to notice      Lotte     not in the codebook
///     03-group  s10 turn 2    Absence                      Mette
///               s11 turns 2-3 Short lines                  Mette and Dagmar
///               s12 turn 3    Family stress, quote D       Dagmar
///               s13 turn 5    Quick contact → Short lines, quote  Mette
///               s14 turn 6    Other                        Dagmar
///
/// ben coded 01-alex (turn 2 Absence, turn 4 Warm group) and 04-sam (turn 2 Absence).
enum FrequencyFixture {
    static let codebook = """
        # Test codebook

        ## Signals

        ### Early signs

        #### Absence
        origin: deductive

        #### Low motivation
        origin: deductive
        aliases: Demotivation

        ### Home

        #### Family stress
        origin: inductive

        ## Programme

        #### Warm group
        origin: deductive

        #### Short lines
        origin: deductive
        aliases: Quick contact

        #### Transport
        origin: deductive

        ## General
        report: no

        #### Other
        """

    static let files: [String: String] = [
        "qda.json": """
        {"codebook": "codebook.md", "primaryCoder": "ann", "private": ["age"],
         "participantNoun": {"singular": "professional", "plural": "professionals"}}
        """,
        "participants.csv": """
        participant,sector,age
        Alex,onderwijs,30
        Lotte,zorg,40
        Mette,onderwijs,50
        Dagmar,gemeente,35
        Sam,zorg,28
        """,
        "codebook.md": codebook,
        "01-alex.txt": """
        ---
        participant: Alex
        date: 2025-03-10
        ---
        Interviewer: Hoe gaat het op school?
        Alex: Ik kwam steeds minder. Ik had er geen zin meer in.
        Interviewer: Hoe was de groep?
        Alex: De groep was warm en iedereen hielp elkaar. Ik kon de begeleider altijd appen.
        Interviewer: Hoe is het thuis?
        Alex: Thuis was het druk, maar ik had weer zin om te leren.
        """,
        "02-lotte.txt": """
        ---
        participant: Lotte
        date: 2025-03-03
        ---
        Interviewer: Waarom verwees je?
        Lotte: Er speelde veel thuis. De sfeer in de groep was fijn.
        Interviewer: En op school?
        Lotte: Ze verzuimde veel. De mentor merkte het als eerste.
        """,
        "03-group.txt": """
        ---
        participants: Mette, Dagmar
        date: 2025-03-12
        ---
        Interviewer: Wat zien jullie?
        Mette: Leerlingen blijven weg.
        Dagmar: Thuis is het onrustig. En we bellen dan snel met de ouders.
        Interviewer: Wat werkt?
        Mette: Ik app de begeleider gewoon. Dat gaat snel.
        Dagmar: Eerlijk gezegd weet ik het niet.
        """,
        "04-sam.txt": """
        ---
        participant: Sam
        date: 2025-03-01
        ---
        Interviewer: Vertel eens.
        Sam: Ik ging niet meer naar school.
        """,
        "codings/ann/01-alex.tsv": """
        turn\tcode\tquote\tmemo
        2\tAbsence; Low motivation\t\t
        2\tAbsence\t\trepeated by mistake
        4\tWarm group\tDe groep was warm en iedereen hielp elkaar.\t
        4\tShort lines\tiedereen hielp elkaar. Ik kon de begeleider altijd appen.\t
        6\tDemotivation\t\told name
        5\tFamily stress\t\tinterviewer turn
        """,
        "codings/ann/02-lotte.tsv": """
        turn\tcode\tquote\tmemo
        2\tFamily stress\t\t
        2\tWarm group\tDe sfeer in de groep was fijn.\t
        4\tAbsence; Mentor, first to notice\t\t
        """,
        "codings/ann/03-group.tsv": """
        turn\tcode\tquote\tmemo
        2\tAbsence\t\t
        2-3\tShort lines\t\t
        3\tFamily stress\tThuis is het onrustig.\t
        5\tQuick contact\tIk app de begeleider gewoon.\t
        6\tOther\t\t
        """,
        "codings/ben/01-alex.tsv": """
        turn\tcode\tquote\tmemo
        2\tAbsence\t\t
        4\tWarm group\t\t
        """,
        "codings/ben/04-sam.tsv": """
        turn\tcode\tquote\tmemo
        2\tAbsence\t\t
        """,
    ]

    /// Writes the study into a new temporary folder, applying `changes` (a file's new text,
    /// or `nil` to leave the file out), and returns the folder.
    static func write(changing changes: [String: String?] = [:]) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        var files = self.files
        for (name, text) in changes { files[name] = text }
        for (name, text) in files { try TestSupport.write(text, to: name, in: folder) }
        return folder
    }

    /// Loads the fixture study (with `changes`).
    static func load(changing changes: [String: String?] = [:]) throws -> Study {
        try StudyLoader().load(write(changing: changes).path)
    }

    /// The fixture's frequencies with `options`.
    static func frequencies(
        _ options: FrequencyOptions = FrequencyOptions(), changing changes: [String: String?] = [:]
    ) throws -> CodeFrequencies {
        try CodeFrequencies.compute(load(changing: changes), options: options)
    }
}
