// swift-tools-version: 6.1
// Benchmarks for QDAKit, kept out of the main package so `swift test` never builds them.
//
// With ordo-one/benchmark (wall time, CPU, allocations, peak memory of each stage):
//   swift package benchmark                        (from this folder; release build)
// Plain timing executables and tools (run from this folder):
//   swift run -c release generate-study --transcripts 1000 <folder>
//   swift run -c release AgreementBenchmark | FrequencyBenchmark | AutoCodingBenchmark
//   swift run -c release agreement-peers <folder>  (used by Scripts/compare-agreement-peers.sh)
import PackageDescription

let package = Package(
    name: "QDAKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "QDAKit", path: ".."),
        // The trait leaves out the runtime interposer, which is not available here.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "QDAKitBenchmarks",
            dependencies: [
                "StudyGenerator",
                .product(name: "QDAKit", package: "QDAKit"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/QDAKitBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AgreementBenchmark",
            dependencies: ["StudyGenerator", .product(name: "QDAKit", package: "QDAKit")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(name: "StudyGenerator", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "generate-study", dependencies: ["StudyGenerator"], swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "agreement-peers", dependencies: ["StudyGenerator", .product(name: "QDAKit", package: "QDAKit")],
            swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "FrequencyBenchmark",
            dependencies: ["StudyGenerator", .product(name: "QDAKit", package: "QDAKit")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "AutoCodingBenchmark",
            dependencies: ["StudyGenerator", .product(name: "QDAKit", package: "QDAKit")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
