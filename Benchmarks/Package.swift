// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Crosscheck's benchmarks: `crosscheck-bench`, built only when asked (`scripts/bench`), in a
/// package of its own that uses the main package by path, the way swift-nio keeps its
/// `Benchmarks/`. The synthetic corpora and the peak-memory reader live in the main package's
/// `BenchmarkSupport` target, which the tests use too.
///
/// A path dependency is known by its folder's name (a clone may be called anything).
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "CrosscheckBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "crosscheck-bench",
            dependencies: [
                .product(name: "BenchmarkSupport", package: root),
                .product(name: "CrosscheckKit", package: root),
                .product(name: "CrosscheckTestKit", package: root),
                .product(name: "CoordinatorKit", package: root),
                .product(name: "StageRuntime", package: root),
                .product(name: "ZeroMQ", package: root),
                .product(name: "ParserKit", package: root),
                .product(name: "ResolverKit", package: root),
                .product(name: "MatcherKit", package: root),
                .product(name: "ReportKit", package: root),
                .product(name: "Knowledge", package: root),
                .product(name: "EncoderKit", package: root),
                .product(name: "CrosscheckSchema", package: root),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/crosscheck-bench"
        )
    ]
)
