import Foundation
import Testing

@testable import QDAKit

@Suite("Participant attributes")
struct StudyAttributeTests {
    @Test("participants.csv first, then the first transcript header with a value; one lookup for many gives the same")
    func headersAndTable() throws {
        // `mode` is not in participants.csv: it comes from the headers. Sam has two transcripts;
        // the first in file order (04-sam) says "online", so the second's "face-to-face" is not
        // used. Alex's header says "zorg" for sector, but participants.csv's "onderwijs" wins.
        // Mette and Dagmar share their focus group's header. Lotte's header has no mode.
        let study = try FrequencyFixture.load(changing: [
            "01-alex.txt": """
            ---
            participant: Alex
            mode: online
            sector: zorg
            ---
            Interviewer: Vraag?
            Alex: Antwoord.
            """,
            "03-group.txt": """
            ---
            participants: Mette, Dagmar
            mode: face-to-face
            ---
            Interviewer: Vraag?
            Mette: Antwoord.
            Dagmar: Antwoord.
            """,
            "04-sam.txt": """
            ---
            participant: Sam
            mode: online
            ---
            Interviewer: Vraag?
            Sam: Antwoord.
            """,
            "05-sam-again.txt": """
            ---
            participant: Sam
            mode: face-to-face
            ---
            Interviewer: Vraag?
            Sam: Nog een antwoord.
            """,
        ])
        let everyone = ["Alex", "Lotte", "Mette", "Dagmar", "Sam", "Nobody"].map { ParticipantID(rawValue: $0) }
        let modes = study.attribute("mode", of: everyone)
        #expect(modes == ["online", nil, "face-to-face", "face-to-face", "online", nil])
        #expect(study.attribute("sector", of: everyone) == ["onderwijs", "zorg", "onderwijs", "gemeente", "zorg", nil])
        for name in ["mode", "sector", "age", "date", "unknown"] {
            #expect(study.attribute(name, of: everyone) == everyone.map { study.attribute(name, of: $0) }, "\(name)")
        }
    }
}
