// swift-tools-version: 6.1
// libFuzzer targets for QDAKit's parsers. Not part of `swift test`: build and run them with
// `Fuzz/run.sh` (see RELIABILITY.md), which passes the sanitizer flags.
import Foundation
import PackageDescription

/// The root package's identity is the name of its folder, which differs between clones.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver", .product(name: "QDAKit", package: root)],
        swiftSettings: [.swiftLanguageMode(.v6)]
    )
}

let package = Package(
    name: "QDAKitFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver", swiftSettings: [.swiftLanguageMode(.v6)]),
        fuzzTarget("FuzzTranscript"),
        fuzzTarget("FuzzCodebookMarkdown"),
        fuzzTarget("FuzzCodebookCSV"),
        fuzzTarget("FuzzCodingFile"),
        fuzzTarget("FuzzPseudonymise"),
    ]
)
