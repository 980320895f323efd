// swift-tools-version: 6.1
// Benchmarks live in their own package so that `swift test` never builds them.
// Run: swift run -c release --package-path Benchmarks autocoding-benchmark
import PackageDescription

let package = Package(
    name: "QDAKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "QDAKit", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "autocoding-benchmark",
            dependencies: [.product(name: "QDAKit", package: "QDAKit")],
            path: "AutoCoding",
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
