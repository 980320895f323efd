// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "QDAKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "QDAKit", targets: ["QDAKit"]),
        .executable(name: "qda", targets: ["qda"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .target(
            name: "QDAKit",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "qda",
            dependencies: [
                "QDAKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "QDAKitTests",
            dependencies: ["QDAKit"],
            exclude: ["Codebooks/Golden"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "qdaTests",
            dependencies: ["qda", "QDAKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
