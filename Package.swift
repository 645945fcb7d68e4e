// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The built-in plugins: each folder of plugins/ with a manifest.json. A new
/// province is a new folder; SwiftPM caches this file's evaluation, so an
/// existing build directory sees a new folder after `touch Package.swift`.
let pluginFolders: [String] = {
  let root = Context.packageDirectory + "/plugins"
  let folders = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
  return folders.filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/manifest.json") }.sorted()
}()

let package = Package(
  name: "Zhengce",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "zhengce", targets: ["zhengce"]),
    .library(name: "ZhengceCore", targets: ["ZhengceCore"]),
    .library(name: "ZhengceParser", targets: ["ZhengceParser"]),
    .library(name: "ZhengceHTML", targets: ["ZhengceHTML"]),
    .library(name: "ZhengceSearch", targets: ["ZhengceSearch"]),
    // The pipeline over many files, with the policy index schema (the fuzz harnesses query with it)
    .library(name: "ZhengceCorpus", targets: ["ZhengceCorpus"]),
    .library(name: "ZhengceScript", targets: ["ZhengceScript"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // The web app's HTTP server; only ZhengceServe depends on it (no swift-configuration trait).
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
  ],
  targets: [
    // Core library: the shared vocabulary, and every resource file of the package embedded
    .target(
      name: "ZhengceCore",
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")],
      plugins: ["EmbedResources"]),
    // Script: Traditional → Simplified folding through OpenCC (no policy words; parser and search share it)
    .systemLibrary(name: "COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
    .target(name: "ZhengceScript", dependencies: ["COpenCC"]),
    // Parser: bytes → outline → measures
    .target(
      name: "ZhengceParser",
      dependencies: ["ZhengceCore", "ZhengceScript"],
      resources: [.process("Rules")],
      // Foundation's String search (contains, range(of:)) bridges to NSString and is
      // slow on Linux; only the files that import Foundation may call it.
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
    // HTML pages: libxml2 → article text and metadata hints
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(name: "ZhengceHTML", dependencies: ["ZhengceCore", "CLibXML2"]),
    // Search: our inverted index (core model only, never the parser; zlib for its CRC-32)
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // zstd for the stored records (`store.zx`), compressed in blocks.
    .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
    // Two Linux calls Swift's Glibc module leaves out (mallopt, copy_file_range), for the index writer
    .target(name: "CLinuxExtras"),
    .target(name: "ZhengceSearch", dependencies: ["ZhengceCore", "ZhengceScript", "CZlib", "CZstd", "CLinuxExtras"]),
    // Export: SQLite databases for analysts, through the system library
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    // Corpus: files on disk → parsed documents → index and answers
    .target(
      name: "ZhengceCorpus", dependencies: ["ZhengceCore", "ZhengceParser", "ZhengceScript", "ZhengceHTML", "ZhengceSearch", "BuiltinPlugins", "CSQLite"]),
    // Plugins: every plugins/<id>/ folder holding a manifest.json is built in as data;
    // the compiled stages manifests may name live in plugins/BuiltinPlugins
    .target(
      name: "BuiltinPlugins", dependencies: ["ZhengceCore", "ZhengceParser"], path: "plugins", exclude: ["README.md"],
      sources: ["BuiltinPlugins"], resources: pluginFolders.map { .copy($0) }),
    // Build plugin: resource files → Swift source, so the binary needs no resource bundles
    .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
    .executableTarget(name: "EmbedResourcesTool"),
    // Web app: pages and JSON API over an index (`zhengce serve`); the only target that knows HTTP
    .target(
      name: "ZhengceServe",
      dependencies: [
        "ZhengceCore", "ZhengceParser", "ZhengceSearch", "ZhengceCorpus",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]),
    // Tools
    .executableTarget(
      name: "zhengce",
      dependencies: [
        "ZhengceCore", "ZhengceParser", "ZhengceHTML", "ZhengceSearch", "ZhengceCorpus", "ZhengceServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Tests
    .target(name: "ZhengceTestSupport", dependencies: ["ZhengceCore", "ZhengceParser", "CSQLite"]),
    .testTarget(name: "ZhengceCoreTests", dependencies: ["ZhengceCore"]),
    .testTarget(name: "ZhengceScriptTests", dependencies: ["ZhengceScript"]),
    .testTarget(
      name: "ZhengceParserTests",
      dependencies: ["ZhengceParser", "ZhengceTestSupport", "BuiltinPlugins"], exclude: ["Golden"]),
    .testTarget(name: "ZhengceCorpusTests", dependencies: ["ZhengceCorpus", "ZhengceSearch", "ZhengceTestSupport"]),
    .testTarget(name: "PluginTests", dependencies: ["ZhengceCorpus", "BuiltinPlugins", "ZhengceTestSupport"]),
    .testTarget(
      name: "ZhengceHTMLTests",
      dependencies: ["ZhengceHTML", "ZhengceParser", "ZhengceTestSupport"]),
    .testTarget(name: "ZhengceSearchTests", dependencies: ["ZhengceSearch"]),
    .testTarget(name: "ZhengceServeTests", dependencies: ["ZhengceServe", "ZhengceCorpus", "ZhengceSearch"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["zhengce", "ZhengceCore", "ZhengceTestSupport"],
      resources: [.copy("Fixtures")]),
  ]
)
