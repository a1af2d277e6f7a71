// swift-tools-version:6.0
import PackageDescription

// The targets follow the pipeline: each stage depends only on BibModel and earlier stages.
// parse → extract → normalize → match → merge → store → export; BibPipeline composes them, and the inbox
// (BibInbox), the server (BibServe) and the command line (bibd) sit on it. Every target, tests included, lists
// each module it imports.
let package = Package(
    name: "bibd",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bibd", targets: ["bibd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CLinux"),
        .target(name: "BibModel"),
        .target(name: "BibParse", dependencies: ["BibModel", "CLibXML2"]),
        .target(name: "BibExtract", dependencies: ["BibModel", "BibParse"]),
        .target(name: "BibNormalize", dependencies: ["BibModel"]),
        .target(name: "BibMatch", dependencies: ["BibModel"]),
        .target(name: "BibMerge", dependencies: ["BibModel"]),
        .target(name: "BibStore", dependencies: [
            "BibModel",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "BibExport", dependencies: ["BibModel"], exclude: ["CITEKEYS.md", "Resources/README.md"],
                resources: [.copy("Resources/LTWA_20170914.tsv")]),
        .target(name: "BibPipeline", dependencies: [
            "BibModel", "BibParse", "BibExtract", "BibNormalize", "BibMatch", "BibMerge", "BibStore", "BibExport",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "BibInbox", dependencies: [
            "BibModel", "BibParse", "BibPipeline", "CLinux",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "BibServe", dependencies: [
            "BibModel", "BibStore", "BibExport", "BibPipeline", "BibInbox",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "bibd", dependencies: [
            "BibModel", "BibParse", "BibExtract", "BibNormalize", "BibMatch", "BibMerge", "BibStore", "BibExport",
            "BibPipeline", "BibInbox", "BibServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "BibModelTests", dependencies: ["BibModel"]),
        .testTarget(name: "BibParseTests", dependencies: ["BibParse"]),
        .testTarget(name: "BibExtractTests", dependencies: ["BibExtract", "BibParse", "BibNormalize", "BibModel"]),
        .testTarget(name: "BibNormalizeTests", dependencies: ["BibNormalize", "BibModel"]),
        .testTarget(name: "BibMatchTests", dependencies: ["BibMatch", "BibModel"]),
        .testTarget(name: "BibMergeTests", dependencies: ["BibMerge", "BibModel"]),
        .testTarget(name: "BibStoreTests", dependencies: ["BibStore", "BibModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "BibExportTests", dependencies: ["BibExport", "BibModel"]),
        .testTarget(name: "BibPipelineTests", dependencies: [
            "BibPipeline", "BibInbox", "BibMatch", "BibModel", "BibParse", "BibStore", "BibExport",
        ]),
        .testTarget(name: "BibInboxTests", dependencies: [
            "BibInbox", "BibPipeline", .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "BibServeTests", dependencies: [
            "BibServe", "BibPipeline", "BibStore", "BibModel", "BibExport",
            .product(name: "Logging", package: "swift-log"),
        ]),
    ]
)

// libFuzzer targets, one per parser family (Sources/Fuzz). They exist only when BIBD_FUZZ=1, so a plain
// `swift build` or `swift test` never builds them; scripts/fuzz.sh sets it and builds them with
// -sanitize=fuzzer,address in their own scratch path (.build-fuzz).
let fuzzFamilies = ["HTML", "Text", "BibTeX", "RIS", "Tagged", "JSON", "XML", "CSV"]
if Context.environment["BIBD_FUZZ"] == "1" {
    package.targets.append(.target(name: "FuzzSupport", dependencies: ["BibModel", "BibParse", "BibExtract", "BibNormalize"],
                                   path: "Sources/Fuzz/FuzzSupport"))
    for family in fuzzFamilies {
        package.targets.append(.executableTarget(name: "Fuzz\(family)", dependencies: ["FuzzSupport"],
                                                 path: "Sources/Fuzz/Fuzz\(family)"))
    }
}
