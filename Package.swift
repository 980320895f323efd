// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "QDAKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "QDAKit", targets: ["QDAKit"]),
        .library(name: "QDAInterop", targets: ["QDAInterop"]),
        .executable(name: "qda", targets: ["qda"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "QDAKit",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "QDAInterop",
            dependencies: [
                "QDAKit",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "qda",
            dependencies: [
                "QDAKit",
                "QDAInterop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "QDAKitTests",
            dependencies: ["QDAKit"],
            exclude: ["Codebooks/Golden", "Reports/Golden"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "QDAInteropTests",
            dependencies: ["QDAInterop", "QDAKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "qdaTests",
            dependencies: ["qda", "QDAKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
