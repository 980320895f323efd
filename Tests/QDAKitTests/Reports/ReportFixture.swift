import Foundation

@testable import QDAKit

/// A small study whose report is checked line by line against golden files.
///
/// Three professionals: Ada (onderwijs), Ben (zorg), Cas (zorg); `leeftijd` is private.
/// anna's codings and the counts they give (worked out by hand):
/// - Warme groep: Ada turn 2 and turn 4 (two passages), Ben turn 2, Cas turn 2 →
///   3 of 3 professionals ("Alle drie"), 4 mentions ("vier keer genoemd").
/// - Samen eten: Ben turn 4 (a long quote → block quote) → 1 professional ("als enige").
/// - Locatie ver weg: Ada turn 4 → 1 professional.
/// - Geen nazorg: nobody → "Geen van de professionals noemt".
/// - Samenwerking algemeen: Cas turn 2, theme Algemeen has `report: no` → not in the results.
/// - Mentor nodig: Cas turn 4, not in the codebook → a new inductive code, 1 professional.
enum ReportFixture {
    static let codebook = """
        # Codeboek test

        ## Succesfactoren
        question: Hoofdvraag

        ### Sfeer

        #### Warme groep
        origin: deductive
        description: De groep voelt warm en veilig.
        example: Het is er gewoon warm.

        #### Samen eten
        origin: inductive
        description: Samen eten verbindt de jongeren.

        ## Knelpunten
        question: Hoofdvraag

        #### Locatie ver weg
        origin: deductive
        description: De locatie is slecht bereikbaar.

        #### Geen nazorg
        origin: deductive
        description: Na afloop is er geen nazorg.

        ## Algemeen
        question: Algemeen
        report: no

        #### Samenwerking algemeen
        origin: inductive
        description: Samenwerking tussen professionals in het algemeen.

        """

    static let settings = """
        {
          "language": "nl",
          "participantNoun": { "singular": "professional", "plural": "professionals" },
          "codebook": "codeboek.md",
          "private": ["leeftijd"],
          "primaryCoder": "anna"
        }
        """

    static let participants = "participant,sector,leeftijd\nAda,onderwijs,31\nBen,zorg,44\nCas,zorg,58\n"

    static let transcripts: [(String, String)] = [
        (
            "01-ada.txt",
            """
            ---
            participant: Ada
            mode: face-to-face
            minutes: 40
            date: 2025-03-03
            ---
            [00:00:05] Interviewer: Wat valt je op aan de groep?
            [00:00:20] Ada: Het is er gewoon warm. Iedereen hoort erbij.
            [00:10:00] Interviewer: En wat vond je lastig?
            [00:10:15] Ada: Het is ver weg, de bus rijdt maar één keer per uur. Maar de groep is echt een warm bad.
            """
        ),
        (
            "02-ben.txt",
            """
            ---
            participant: Ben
            mode: online
            minutes: 35
            date: 2025-03-05
            ---
            [00:00:05] Interviewer: Wat valt je op aan de groep?
            [00:00:30] Ben: Ze steunen elkaar, dat zie je meteen.
            [00:12:00] Interviewer: Wat werkt er nog meer?
            [00:12:10] Ben: Op donderdag koken ze samen en eten ze met z'n allen aan één lange tafel. Dat klinkt klein, maar daar gebeurt het eigenlijk: ze praten, ze lachen, ze helpen elkaar met afwassen. Voor jongeren die thuis nooit aan tafel eten is dat heel wat.
            """
        ),
        (
            "03-cas.txt",
            """
            ---
            participant: Cas
            mode: face-to-face
            minutes: 50
            date: 2025-03-07
            ---
            [00:00:05] Interviewer: Wat valt je op aan de groep?
            [00:00:25] Cas: Het is een veilige plek. En eerlijk gezegd werken wij als professionals in het algemeen slecht samen.
            [00:20:00] Interviewer: Wat zou helpen?
            [00:20:10] Cas: Dat de mentor erbij blijft. Zonder mentor valt alles weg.
            """
        ),
    ]

    static let codings: [(String, String)] = [
        (
            "codings/anna/01-ada.tsv",
            "turn\tcode\tquote\tmemo\n2\tWarme groep\tHet is er gewoon warm.\t\n4\tLocatie ver weg\tde bus rijdt maar één keer per uur\t\n4\tWarme groep\tde groep is echt een warm bad\t\n"
        ),
        (
            "codings/anna/02-ben.tsv",
            "turn\tcode\tquote\tmemo\n2\tWarme groep\t\t\n4\tSamen eten\tOp donderdag koken ze samen en eten ze met z'n allen aan één lange tafel. Dat klinkt klein, maar daar gebeurt het eigenlijk: ze praten, ze lachen, ze helpen elkaar met afwassen. Voor jongeren die thuis nooit aan tafel eten is dat heel wat.\t\n"
        ),
        (
            "codings/anna/03-cas.tsv",
            "turn\tcode\tquote\tmemo\n2\tWarme groep\tHet is een veilige plek.\t\n2\tSamenwerking algemeen\twerken wij als professionals in het algemeen slecht samen\t\n4\tMentor nodig\tDat de mentor erbij blijft.\t\n"
        ),
    ]

    /// Writes the study into a new temporary folder and returns the study folder's path.
    static func write() throws -> String {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("Fixture")
        try TestSupport.write(codebook, to: "codeboek.md", in: folder)
        try TestSupport.write(settings, to: "qda.json", in: folder)
        try TestSupport.write(participants, to: "participants.csv", in: folder)
        for (name, text) in transcripts + codings {
            try TestSupport.write(text + (text.hasSuffix("\n") ? "" : "\n"), to: name, in: folder)
        }
        return folder.path
    }
}

/// Golden files: compare, or record them when `QDA_RECORD_GOLDEN=1`.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["QDA_RECORD_GOLDEN"] == "1" }

    /// The golden file's text, after recording it first when asked.
    static func text(_ path: URL, actual: String) throws -> String {
        if recording {
            try FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: path)
        }
        return try String(contentsOf: path, encoding: .utf8)
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ lhs: String, _ rhs: String) -> String? {
        let left = lhs.components(separatedBy: "\n")
        let right = rhs.components(separatedBy: "\n")
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? left[index] : "<end>"
            let r = index < right.count ? right[index] : "<end>"
            if l != r { return "line \(index + 1):\n  expected: \(r)\n  actual:   \(l)" }
        }
        return nil
    }
}
