import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce search` with no index named: the cached index of the bundled corpus
/// follows the data manifests on `ZHENGCE_PLUGIN_PATH`, so a changed manifest
/// is never answered from records parsed under the old one.
@Suite struct SearchCacheCommandTests {
  @Test func changedManifestRebuildsTheCachedIndex() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let plugin = root.appendingPathComponent("plugins/monitoring")
    try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
    let manifest = plugin.appendingPathComponent("manifest.json")
    func topic(_ phrase: String) throws {
      try Data("{\"manifestVersion\": 1, \"id\": \"hunan\", \"topics\": {\"监测帮扶\": {\"\(phrase)\": 20}}}".utf8)
        .write(to: manifest)
    }
    let cache = ["XDG_CACHE_HOME": root.appendingPathComponent("cache").path]
    let withPlugins = cache.merging(["ZHENGCE_PLUGIN_PATH": root.appendingPathComponent("plugins").path]) { $1 }
    func firstLine(_ environment: [String: String]) throws -> String {
      let run = try CommandRunner.run(["search", "topic:监测帮扶", "--limit", "1"], environment: environment)
      // Exit status 1 when nothing matched, as grep.
      #expect(run.status == (run.stdout.hasPrefix("0 matches") ? 1 : 0), "\(run.stderr)")
      return run.stdout.split(separator: "\n").first.map(String.init) ?? ""
    }

    // The generation the cache holds: a rebuild publishes a new one.
    func generation() throws -> String {
      try String(contentsOf: root.appendingPathComponent("cache/zhengce/index/CURRENT"), encoding: .utf8)
    }

    try topic("返贫")
    #expect(try firstLine(withPlugins) == "4 matches for topic:监测帮扶 (1–1)")
    let first = try generation()
    #expect(try firstLine(withPlugins) == "4 matches for topic:监测帮扶 (1–1)")
    #expect(try generation() == first, "an unchanged manifest reuses the index")
    try topic("深度贫困")
    // 31 with the Hunan plan's preamble (前言), which names 深度贫困.
    #expect(try firstLine(withPlugins) == "31 matches for topic:监测帮扶 (1–1)")
    #expect(try generation() != first, "a changed manifest rebuilds it")
    #expect(try firstLine(cache) == "0 matches for topic:监测帮扶")
  }
}
