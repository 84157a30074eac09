// swift-tools-version:6.0
import PackageDescription

/// Crosscheck: independent stage executables over ZeroMQ, each a thin `main` over a library.
///
/// Layout mirrors the architecture: `Shared/` holds what every process speaks (the libzmq shim,
/// our Swift wrapper, the message schema, the knowledge base, the worker runtime); `Services/`
/// holds one folder per stage, each with its library (`…Kit`) and its executable.
let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "crosscheck", targets: ["crosscheck"]),
        .executable(name: "crosscheck-coordinator", targets: ["crosscheck-coordinator"]),
        .executable(name: "crosscheck-parser", targets: ["crosscheck-parser"]),
        .executable(name: "crosscheck-resolver", targets: ["crosscheck-resolver"]),
        .executable(name: "crosscheck-matcher", targets: ["crosscheck-matcher"]),
        .executable(name: "crosscheck-writer", targets: ["crosscheck-writer"]),
        .executable(name: "crosscheck-encoder", targets: ["crosscheck-encoder"]),
        // Libraries for the benchmark package (Benchmarks/Package.swift), which is built only by
        // scripts/bench, as swift-nio keeps its benchmarks in a package of their own.
        .library(name: "CrosscheckSchema", targets: ["CrosscheckSchema"]),
        .library(name: "Knowledge", targets: ["Knowledge"]),
        .library(name: "ZeroMQ", targets: ["ZeroMQ"]),
        .library(name: "StageRuntime", targets: ["StageRuntime"]),
        .library(name: "ParserKit", targets: ["ParserKit"]),
        .library(name: "ResolverKit", targets: ["ResolverKit"]),
        .library(name: "MatcherKit", targets: ["MatcherKit"]),
        .library(name: "ReportKit", targets: ["ReportKit"]),
        .library(name: "EncoderKit", targets: ["EncoderKit"]),
        .library(name: "CoordinatorKit", targets: ["CoordinatorKit"]),
        .library(name: "CrosscheckKit", targets: ["CrosscheckKit"]),
        .library(name: "CrosscheckTestKit", targets: ["CrosscheckTestKit"]),
        .library(name: "BenchmarkSupport", targets: ["BenchmarkSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: Shared
        .systemLibrary(
            name: "CZeroMQ",
            path: "Shared/CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"], path: "Shared/ZeroMQ"),
        .systemLibrary(
            name: "COpenBLAS",
            path: "Shared/COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        // A cache-prefetch hint for the matcher's hot loops (a static inline C function).
        .target(name: "CPrefetch", path: "Shared/CPrefetch"),
        .target(name: "CrosscheckSchema", path: "Shared/Schema"),
        .target(name: "TextCore", path: "Shared/TextCore"),
        .target(
            name: "Knowledge",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            path: "Shared/Knowledge",
            exclude: ["README.md"],
            resources: [.copy("Data")]
        ),
        .target(
            name: "StageRuntime",
            dependencies: [
                "ZeroMQ", "CrosscheckSchema", "Knowledge",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Shared/StageRuntime"
        ),

        // MARK: Stage libraries
        .target(
            name: "ParserKit",
            dependencies: ["CrosscheckSchema", "Knowledge", "TextCore"],
            path: "Services/Parser/ParserKit"
        ),
        .target(
            name: "ResolverKit",
            dependencies: ["CrosscheckSchema", "Knowledge", "TextCore"],
            path: "Services/EntityResolver/ResolverKit"
        ),
        .target(
            name: "MatcherKit",
            dependencies: [
                "CPrefetch", "CrosscheckSchema", "Knowledge", "TextCore",
                .product(name: "Collections", package: "swift-collections"),
            ],
            path: "Services/ClaimMatcher/MatcherKit"
        ),
        .target(
            name: "ReportKit",
            dependencies: ["CrosscheckSchema", "Knowledge"],
            path: "Services/ReportWriter/ReportKit"
        ),
        .target(
            name: "EncoderKit",
            dependencies: ["CrosscheckSchema", "COpenBLAS"],
            path: "Services/Encoder/EncoderKit"
        ),
        .target(
            name: "CoordinatorKit",
            dependencies: [
                "ZeroMQ", "CrosscheckSchema", "StageRuntime",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            path: "Services/Coordinator/CoordinatorKit"
        ),
        .target(
            name: "CrosscheckKit",
            dependencies: [
                "ZeroMQ", "CrosscheckSchema", "StageRuntime", "CoordinatorKit",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Services/Crosscheck/CrosscheckKit"
        ),

        .target(
            name: "StoryKit",
            dependencies: [
                "CrosscheckKit", "CrosscheckSchema", "ReportKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Services/Crosscheck/StoryKit"
        ),

        // MARK: Executables (thin mains)
        .executableTarget(
            name: "crosscheck-parser",
            dependencies: ["ParserKit", "StageRuntime"],
            path: "Services/Parser/Main"
        ),
        .executableTarget(
            name: "crosscheck-resolver",
            dependencies: ["ResolverKit", "StageRuntime"],
            path: "Services/EntityResolver/Main"
        ),
        .executableTarget(
            name: "crosscheck-matcher",
            dependencies: ["MatcherKit", "StageRuntime"],
            path: "Services/ClaimMatcher/Main"
        ),
        .executableTarget(
            name: "crosscheck-writer",
            dependencies: ["ReportKit", "StageRuntime"],
            path: "Services/ReportWriter/Main"
        ),
        .executableTarget(
            name: "crosscheck-encoder",
            dependencies: ["EncoderKit", "StageRuntime"],
            path: "Services/Encoder/Main"
        ),
        .executableTarget(
            name: "crosscheck-coordinator",
            dependencies: [
                "CoordinatorKit", "StageRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Services/Coordinator/Main"
        ),
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "CrosscheckKit", "StoryKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Services/Crosscheck/Main"
        ),

        .target(
            name: "TrainingSupport",
            dependencies: ["ParserKit", "ResolverKit", "Knowledge", "CrosscheckSchema"],
            path: "Services/ClaimMatcher/TrainingSupport"
        ),
        .executableTarget(
            name: "crosscheck-train-features",
            dependencies: ["TrainingSupport", "MatcherKit", "Knowledge", "CrosscheckSchema", "EncoderKit"],
            path: "Services/ClaimMatcher/TrainFeatures"
        ),
        .executableTarget(
            name: "crosscheck-trigger-features",
            dependencies: ["TrainingSupport", "MatcherKit", "Knowledge", "CrosscheckSchema"],
            path: "Services/ClaimMatcher/TriggerFeaturesMain"
        ),
        // MARK: Tests
        .target(
            name: "BenchmarkSupport",
            dependencies: ["CrosscheckSchema"],
            path: "Tests/BenchmarkSupport"
        ),
        .target(
            name: "CrosscheckTestKit",
            dependencies: ["ZeroMQ", "CrosscheckSchema", "StageRuntime", "CoordinatorKit", "CrosscheckKit"],
            path: "Tests/CrosscheckTestKit"
        ),
        .testTarget(
            name: "SchemaTests",
            dependencies: ["CrosscheckSchema", "CrosscheckTestKit"],
            path: "Tests/SchemaTests"
        ),
        .testTarget(
            name: "TransportTests",
            dependencies: [
                "ZeroMQ", "StageRuntime", "CoordinatorKit", "CrosscheckKit", "CrosscheckSchema", "CrosscheckTestKit",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ],
            path: "Tests/TransportTests"
        ),
        .testTarget(
            name: "TextCoreTests",
            dependencies: ["TextCore"],
            path: "Tests/TextCoreTests"
        ),
        .testTarget(
            name: "KnowledgeTests",
            dependencies: ["Knowledge"],
            path: "Tests/KnowledgeTests"
        ),
        .testTarget(
            name: "ParserTests",
            dependencies: ["ParserKit", "Knowledge", "CrosscheckSchema", "BenchmarkSupport"],
            path: "Tests/ParserTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ResolverTests",
            dependencies: ["ResolverKit", "Knowledge", "TextCore", "CrosscheckSchema"],
            path: "Tests/ResolverTests"
        ),
        .testTarget(
            name: "MatcherTests",
            dependencies: ["MatcherKit", "Knowledge", "CrosscheckSchema", "BenchmarkSupport"],
            path: "Tests/MatcherTests"
        ),
        .testTarget(
            name: "ReportTests",
            dependencies: ["ReportKit", "MatcherKit", "ResolverKit", "ParserKit", "Knowledge", "CrosscheckSchema", "CrosscheckTestKit"],
            path: "Tests/ReportTests"
        ),
        .testTarget(
            name: "EncoderTests",
            dependencies: ["EncoderKit", "CrosscheckSchema", "CrosscheckTestKit"],
            path: "Tests/EncoderTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CrosscheckKitTests",
            dependencies: ["CrosscheckKit", "CrosscheckSchema", "CrosscheckTestKit"],
            path: "Tests/CrosscheckKitTests"
        ),
        .testTarget(
            name: "StoryTests",
            dependencies: [
                "StoryKit", "CrosscheckSchema", "CoordinatorKit", "CrosscheckTestKit",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/StoryTests"
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["CrosscheckKit", "CrosscheckSchema", "ZeroMQ", "CrosscheckTestKit", "StoryKit"],
            path: "Tests/IntegrationTests"
        ),
    ]
)
