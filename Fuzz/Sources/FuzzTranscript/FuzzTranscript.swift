import Foundation
import FuzzDriver
import QDAKit

/// Decodes the input as a transcript file, parses it, renders everything `qda show` and
/// `qda worksheet` would print, and checks the parser's invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Data(fuzzBytes(data, count))
    for encoding in [nil, TextEncoding.windows1252] {
        guard let decoded = try? TextDecoding.decode(bytes, path: "fuzz.txt", assuming: encoding) else { continue }
        check(decoded.text)
    }
    return 0
}

private func check(_ text: String) {
    let result = TranscriptParser().parse(text, path: "fuzz.txt")
    for diagnostic in result.diagnostics { _ = diagnostic.rendered }
    guard let transcript = result.transcript else { return }
    _ = TranscriptListing.render(transcript)
    _ = Worksheet.render(transcript)
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for (index, turn) in transcript.turns.enumerated() {
        precondition(turn.number == index + 1, "turns are numbered 1, 2, 3 … in file order")
        precondition(turn.range.lowerBound >= previousEnd, "turns do not overlap and are in file order")
        precondition(turn.range.upperBound <= scalars.count, "a turn lies inside the file")
        var stored = ""
        stored.unicodeScalars.append(contentsOf: scalars[turn.range])
        precondition(stored == turn.text, "a turn's range covers exactly its text")
        for paragraph in turn.paragraphs {
            precondition(turn.range.contains(paragraph.lowerBound) || paragraph.isEmpty, "paragraphs lie in their turn")
            precondition(paragraph.upperBound <= turn.range.upperBound, "paragraphs lie in their turn")
        }
        _ = turn.displayText
        _ = turn.wordCount
        previousEnd = turn.range.upperBound
    }
    _ = transcript.minutes
    _ = transcript.participants
}

@_cdecl("FuzzTranscript_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc: argc, argv: argv, fuzzTranscript)
}
