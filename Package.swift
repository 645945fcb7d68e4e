// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Zhengce",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "zhengce", targets: ["zhengce"]),
    .library(name: "ZhengceCore", targets: ["ZhengceCore"]),
    .library(name: "ZhengceParser", targets: ["ZhengceParser"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // Core library: the shared vocabulary
    .target(name: "ZhengceCore"),
    // Parser: bytes → outline → measures
    .target(
      name: "ZhengceParser",
      dependencies: ["ZhengceCore"],
      resources: [.process("Rules")]),
    // Corpus: files on disk → parsed documents → index and answers
    .target(name: "ZhengceCorpus", dependencies: ["ZhengceCore", "ZhengceParser"]),
    // Tools
    .executableTarget(
      name: "zhengce",
      dependencies: [
        "ZhengceCore", "ZhengceParser", "ZhengceCorpus",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Tests
    .target(name: "ZhengceTestSupport", dependencies: ["ZhengceCore", "ZhengceParser"]),
    .testTarget(name: "ZhengceCoreTests", dependencies: ["ZhengceCore", "ZhengceTestSupport"]),
    .testTarget(
      name: "ZhengceParserTests",
      dependencies: ["ZhengceParser", "ZhengceTestSupport"]),
    .testTarget(name: "ZhengceCorpusTests", dependencies: ["ZhengceCorpus", "ZhengceTestSupport"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["zhengce", "ZhengceCore", "ZhengceTestSupport"],
      resources: [.copy("Fixtures")]),
  ]
)
