import Foundation
import FuzzDriver
import QDAKit

/// The transcript the fuzzed coding files code: a header, timestamps, interviewer turns,
/// a turn over several lines and paragraphs, diacritics and typographic quotes.
private let transcriptText = """
    ---
    participant: Bo
    mode: online
    minutes: 46
    ---
    [00:00:04] Interviewer: Hoe kom je in contact met jongeren die dreigen uit te vallen?
    [00:00:11] Bo: Meestal via de mentor. Als een jongere veel verzuimt,
    gaan we eerst het gesprek aan.

    Dan kijken we samen wat er nodig is. Het is een hele “warme” plek, écht.
    [00:01:02] Interviewer: En dan?
    [00:01:09] Bo: Dan bellen we [oprichter Back on Traxx] — gewoon via de app… korte lijntjes.
    [00:02:30] Bo: Ze moest eerst weer wennen aan mensen om zich heen.
    """

/// A codebook with themes, a subtheme, identifiers and former names.
private let codebookText = """
    # Codeerschema
    ## Signalering
    ### Herkenning van uitval
    #### Ouderbetrokkenheid
    origin: deductive
    aliases: Ouders; Betrokkenheid ouders
    #### Korte lijntjes
    id: kort
    origin: inductive
    ## Aanpak
    #### Warme en veilige groepsdynamiek
    keywords: warm*; veilig
    #### Jongeren komen tot rust
    """

private let transcript = TranscriptParser().parse(transcriptText, path: "01-bo.txt").transcript!
private let resolver = CodeResolver(CodebookMarkdown.parse(codebookText, path: "codebook.md").codebook)

/// Parses the input as a coding file (as TSV and as CSV, with and without its transcript
/// and codebook) and checks that every coding points into the transcript.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCodingFile(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Data(fuzzBytes(data, count))
    guard let text = try? TextDecoding.decode(bytes, path: "fuzz.tsv").text else { return 0 }
    let fileLength = transcriptText.unicodeScalars.count
    for path in ["codings/anna/01-bo.tsv", "codings/anna/01-bo.csv"] {
        for parser in [CodingFileParser(resolver: resolver), CodingFileParser()] {
            let result = parser.parse(
                text, path: path, coder: "anna", transcript: transcript, transcriptID: transcript.id)
            for diagnostic in result.diagnostics { _ = diagnostic.rendered }
            for coding in result.file.codings {
                precondition(coding.range.lowerBound >= 0 && coding.range.upperBound <= fileLength)
                precondition(coding.turns.lowerBound >= 1 && coding.turns.upperBound <= transcript.turns.count)
            }
            let orphan = parser.parse(text, path: path, coder: "anna", transcript: nil, transcriptID: "01-bo")
            for diagnostic in orphan.diagnostics { _ = diagnostic.rendered }
        }
    }
    return 0
}

@_cdecl("FuzzCodingFile_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc: argc, argv: argv, fuzzCodingFile)
}
