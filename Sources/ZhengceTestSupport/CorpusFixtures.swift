import Foundation
import ZhengceCore
import ZhengceParser

/// The repository's bundled corpus, read and parsed once per test process.
public enum CorpusFixtures {
  /// The five shipped documents by stem.
  public static let hunan = "hunan-2018-deep-poverty-plan"
  public static let xiangxi = "hunan-xiangxi-2016-precision-poverty-opinions"
  public static let ankang = "shaanxi-ankang-2020-consolidation-plan"
  public static let nanning = "guangxi-nanning-2015-precision-poverty-plan"
  public static let liaoning = "liaoning-2019-three-year-action-opinions"
  public static let all = [hunan, xiangxi, ankang, nanning, liaoning]

  /// The repository root (this file is Sources/ZhengceTestSupport/CorpusFixtures.swift).
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static func path(_ stem: String) -> String {
    root.appendingPathComponent("corpus/\(stem).txt").path
  }

  public static func bytes(_ stem: String) throws -> [UInt8] {
    try FileBytes.read(path(stem))
  }

  private static let cache = ParseCache()

  /// The parse of a corpus document with the given parser (default: generic only).
  public static func parse(_ stem: String, parser: Parser = Parser(registry: .genericOnly)) throws -> ParseResult {
    if let hit = cache.get(stem), parser.registry.plugins.isEmpty { return hit }
    let source = try SourceText.plainText(bytes: bytes(stem), path: "corpus/\(stem).txt")
    let result = parser.parse(source)
    if parser.registry.plugins.isEmpty { cache.set(stem, result) }
    return result
  }

  /// The parse of a document of the real-world corpus (Tests/Fixtures/realworld/docs), by file name.
  public static func parse(realWorld name: String) throws -> ParseResult {
    let path = root.appendingPathComponent("Tests/Fixtures/realworld/docs/\(name)").path
    return Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: try FileBytes.read(path), path: path))
  }

  /// The measure at `path` (markers joined by "/"); the `occurrence`-th when several share it.
  public static func measure(_ result: ParseResult, _ path: String, occurrence: Int = 0) -> Measure? {
    let matches = result.document.measures.filter { $0.path.joined(separator: "/") == path }
    return occurrence < matches.count ? matches[occurrence] : nil
  }
}

private final class ParseCache: @unchecked Sendable {
  private var results: [String: ParseResult] = [:]
  private let lock = NSLock()
  func get(_ key: String) -> ParseResult? { lock.withLock { results[key] } }
  func set(_ key: String, _ value: ParseResult) { lock.withLock { results[key] = value } }
}
