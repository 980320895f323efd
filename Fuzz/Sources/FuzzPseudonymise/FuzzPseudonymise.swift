import Foundation
import FuzzDriver
import QDAKit

/// The input is a key file, a NUL byte, and a text. Parses the key, replaces its names in
/// the text, and checks that no real name is left: whenever no replacement shares a word
/// with a real name, the pseudonymised text must contain no real name at all.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPseudonymise(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let keyText = String(decoding: bytes[..<split], as: UTF8.self)
    let text = split < bytes.count ? String(decoding: bytes[(split + 1)...], as: UTF8.self) : ""
    let (key, diagnostics) = PseudonymKey.parse(keyText, path: "key.csv")
    for diagnostic in diagnostics { _ = diagnostic.rendered }
    let matcher = NameMatcher(key: key)
    let (replaced, matches) = matcher.replace(in: text)
    for match in matches {
        precondition(match.line >= 1 && match.column >= 1, "matches have a place")
    }
    _ = LeakCheck.scan(text, path: "fuzz.txt", matcher: matcher)
    let realWords = Set(key.entries.flatMap { NameMatcher.words(of: $0.real) })
    let replacementWords = Set(key.entries.flatMap { NameMatcher.words(of: $0.replacement) + ["s"] })
    if realWords.isDisjoint(with: replacementWords) {
        let left = matcher.matches(in: replaced)
        precondition(left.isEmpty, "a real name is left after pseudonymising: \(left.map(\.text))")
    }
    return 0
}

@_cdecl("FuzzPseudonymise_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc: argc, argv: argv, fuzzPseudonymise)
}
