// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Beat",
    products: [
        .executable(name: "beat", targets: ["BeatTUI"]),
        .library(name: "BeatCore", targets: ["BeatCore"]),
        .executable(name: "beat-bench", targets: ["BeatBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 for backups: a maintained implementation instead of our own.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3" ..< "5.0.0"),
        // The PostgreSQL backend's client (issue 16): the wire protocol, TLS, SCRAM and LISTEN.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // Only to silence postgres-nio's logging (a no-op handler); already in its graph.
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "BeatCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/BeatCore"
        ),
        .target(
            name: "BeatPostgres",
            dependencies: [
                "BeatCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/BeatPostgres"
        ),
        // The demo pilot and the synthetic stores: data built through BeatCore's public API.
        .target(
            name: "BeatDemo",
            dependencies: ["BeatCore"],
            path: "Sources/BeatDemo"
        ),
        .executableTarget(
            name: "BeatTUI",
            dependencies: [
                "BeatCore",
                "BeatPostgres",
                "BeatDemo",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/BeatTUI"
        ),
        .executableTarget(
            name: "BeatBench",
            dependencies: ["BeatCore", "BeatDemo", "BeatPostgres"],
            path: "Sources/BeatBench"
        ),
        .testTarget(
            name: "BeatCoreTests",
            dependencies: ["BeatCore", "BeatDemo"],
            path: "Tests/BeatCoreTests",
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "BeatStoreTests",
            dependencies: ["BeatCore", "BeatDemo", "BeatPostgres"],
            path: "Tests/BeatStoreTests"
        ),
        .testTarget(
            name: "BeatTUITests",
            dependencies: ["BeatTUI", "BeatCore", "BeatDemo", "BeatPostgres"],
            path: "Tests/BeatTUITests"
        ),
        .testTarget(
            name: "BeatDemoTests",
            dependencies: ["BeatDemo", "BeatCore"],
            path: "Tests/BeatDemoTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
