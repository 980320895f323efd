import Foundation
import FuzzDriver
import QDAKit

/// Parses the input as a Markdown codebook, lints it, writes it in every format and reads each
/// result back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCodebookMarkdown(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Data(fuzzBytes(data, count))
    guard let text = try? TextDecoding.decode(bytes, path: "fuzz.markdown").text else { return 0 }
    guard let document = try? CodebookIO.parse(text, path: "fuzz.markdown", format: .markdown) else { return 0 }
    for diagnostic in CodebookLint.lint(document) { _ = diagnostic.rendered }
    _ = CodebookOutline.render(document.codebook)
    _ = document.codebook.entries
    let resolver = CodeResolver(document.codebook)
    for code in document.codebook.codes { _ = resolver.canonicalName(code.name) }
    for format in [CodebookFormat.markdown, .csv, .json] {
        guard let (written, _) = try? CodebookIO.format(document.codebook, as: format) else { continue }
        _ = try? CodebookIO.parse(written, path: "again", format: format)
    }
    return 0
}

@_cdecl("FuzzCodebookMarkdown_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc: argc, argv: argv, fuzzCodebookMarkdown)
}
