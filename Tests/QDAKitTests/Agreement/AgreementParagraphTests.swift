import Foundation
import Testing

@testable import QDAKit

@Suite("The results chapter's agreement paragraph")
struct AgreementParagraphTests {
    @Test("Leaving out the list of disagreements changes no figure of the paragraph")
    func paragraphWithoutDisagreements() throws {
        let study = try StudyLoader().load(TestSupport.sampleStudy.path)
        let options = AgreementOptions(coders: ["anna", "bram"])
        let full = try AgreementAnalysis.analyse(study, options: options)
        let lean = try AgreementAnalysis.analyse(study, options: options, listingDisagreements: false)
        #expect(!full.disagreements.isEmpty)
        #expect(lean.disagreements.isEmpty)
        for language in ReportLanguage.allCases {
            #expect(
                AgreementParagraph.render(full, language: language)
                    == AgreementParagraph.render(lean, language: language))
        }
        #expect(lean.statistics == full.statistics)
    }
}
