// swift-tools-version:6.0
import PackageDescription

/// libFuzzer harnesses, kept out of the main package so its build is untouched.
/// Build with `swift build -c release -Xswiftc -sanitize=fuzzer` (see run.sh).
let package = Package(
  name: "ZhengceFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Zhengce", path: "..")],
  targets: [
    // libFuzzer's entry point, declared for Swift (SwiftPM links its own `main`).
    .target(name: "CFuzzDriver"),
    .target(
      name: "FuzzSupport",
      dependencies: [
        "CFuzzDriver", .product(name: "ZhengceSearch", package: "Zhengce"),
        .product(name: "ZhengceCorpus", package: "Zhengce"),
      ]),
    // Harnesses: one executable each
    .executableTarget(
      name: "FuzzDecode",
      dependencies: ["FuzzSupport", .product(name: "ZhengceParser", package: "Zhengce")]),
    .executableTarget(
      name: "FuzzParse",
      dependencies: ["FuzzSupport", .product(name: "ZhengceParser", package: "Zhengce")]),
    .executableTarget(
      name: "FuzzHTML",
      dependencies: ["FuzzSupport", .product(name: "ZhengceHTML", package: "Zhengce")]),
    .executableTarget(
      name: "FuzzQuery",
      dependencies: [
        "FuzzSupport", .product(name: "ZhengceSearch", package: "Zhengce"), .product(name: "ZhengceCorpus", package: "Zhengce"),
      ]),
    .executableTarget(
      name: "FuzzManifest",
      dependencies: ["FuzzSupport", .product(name: "ZhengceCore", package: "Zhengce")]),
    .executableTarget(
      name: "FuzzIndexReader",
      dependencies: [
        "FuzzSupport", .product(name: "ZhengceSearch", package: "Zhengce"), .product(name: "ZhengceCorpus", package: "Zhengce"),
      ]),
  ]
)
