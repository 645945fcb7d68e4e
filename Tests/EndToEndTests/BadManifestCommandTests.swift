import Foundation
import Testing
import ZhengceTestSupport

/// A manifest on `ZHENGCE_PLUGIN_PATH` that cannot be used stops every command
/// the same way: one line naming the manifest, a non-zero status, nothing
/// parsed or indexed with the plugins it would have changed.
@Suite struct BadManifestCommandTests {
  @Test func everyCommandPrintsTheSameLine() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let manifest = try scratch.write("plugins/broken/manifest.json", "{\"manifestVersion\": 1, \"id\": \"hunan\", \"topics\": ")
    let environment = [
      "ZHENGCE_PLUGIN_PATH": scratch.path + "/plugins", "XDG_CACHE_HOME": scratch.path + "/cache", "ZHENGCE_INDEX": "",
    ]
    let document = CorpusFixtures.path(CorpusFixtures.hunan)
    let runs = [
      ["parse", document],
      ["index", document, "--index", scratch.path + "/named"],
      ["search", "扶贫"],
      ["tasks", "--dept", "水利"],
    ]
    var lines: [String] = []
    for args in runs {
      let run = try CommandRunner.run(args, environment: environment)
      #expect(run.status != 0, "\(args[0]) exited 0")
      #expect(run.stdout.isEmpty, "\(args[0]) printed \(run.stdout)")
      lines.append(run.stderr)
    }
    let first = try #require(lines.first)
    #expect(first.hasPrefix("zhengce: \(manifest):") && first.hasSuffix("\n") && first.filter { $0 == "\n" }.count == 1, "\(first)")
    for (args, line) in zip(runs, lines) { #expect(line == first, "\(args[0])") }
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/cache/zhengce/index"), "the cached index was built")
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/named"), "the named index was built")
  }
}
