import Foundation
import Testing

@testable import QDAKit

@Suite("Paths")
struct PathsTests {
    @Test("Many paths made relative at once give what each made relative alone gives")
    func relativeBatch() {
        let study = TestSupport.sampleStudy.path
        let paths = [
            study + "/01-bo.txt", study + "/codings/anna/01-bo.tsv", study + "/codings/anna/02-mika.tsv",
            study + "/codings/bram/01-bo.tsv", study + "/./qda.json", study + "/codings/../participants.csv",
            study + "/codings/anna/", study + "/codings//anna/x.tsv", study + "/codings/anna/..",
            study + "/codings/anna/.", "relative/file.txt", "file.txt", "./file.txt", "../up/Één café.txt",
            "/", "/etc/hosts", study + "/transcripts met spatie/ü.txt",
        ]
        for base in [study, (study as NSString).deletingLastPathComponent, "/", ".", "relative", "/tmp/elders"] {
            #expect(Paths.relative(paths, to: base) == paths.map { Paths.relative($0, to: base) }, "\(base)")
        }
    }
}
