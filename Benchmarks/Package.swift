// swift-tools-version: 6.1
// Benchmarks for QDAKit, kept out of the main package so `swift test` never builds them.
// Run from this folder: swift run -c release AgreementBenchmark
//                       swift run -c release FrequencyBenchmark
//                       swift run -c release AutoCodingBenchmark
import PackageDescription

let package = Package(
    name: "QDAKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "QDAKit", path: "..")],
    targets: [
        .executableTarget(
            name: "AgreementBenchmark",
            dependencies: [.product(name: "QDAKit", package: "QDAKit")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(name: "StudyGenerator", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "generate-study", dependencies: ["StudyGenerator"], swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "FrequencyBenchmark",
            dependencies: ["StudyGenerator", .product(name: "QDAKit", package: "QDAKit")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "AutoCodingBenchmark",
            dependencies: [.product(name: "QDAKit", package: "QDAKit")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
