import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// Temporary plugin directories and short documents for plugin tests.
enum PluginFixtures {
  /// A data-only plugin for a province without a built-in one.
  static let guizhou = """
    {
      "manifestVersion": 1,
      "id": "guizhou",
      "name": "贵州",
      "province": "贵州省",
      "regions": ["贵阳市", "毕节市", "黔西南布依族苗族自治州"],
      "cues": { "docNumberPrefixes": ["黔", "毕府"] },
      "bodies": [ { "name": "生态移民局", "aliases": ["移民局"], "family": "扶贫" } ]
    }
    """

  /// A short Guizhou-style plan.
  static let guizhouPlan = """
    毕节市巩固易地扶贫搬迁成果实施方案
    一、总体要求
    坚持精准方略,巩固搬迁成果。
    二、重点任务
    (一)推进后续扶持。加强安置点配套设施建设,完善社区服务。(市移民局牵头负责)
    (二)加强就业帮扶。由市人社局牵头,市移民局、市财政局配合,开展技能培训。
    """

  /// Writes `manifest` as `<new temp dir>/<name>/manifest.json`; returns the temp dir.
  static func pluginDirectory(_ manifests: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-plugins-\(UUID().uuidString)")
    for (name, json) in manifests {
      let dir = root.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try Data(json.utf8).write(to: dir.appendingPathComponent("manifest.json"))
    }
    return root.path
  }

  static func parse(_ text: String, registry: PluginRegistry, pluginID: String? = nil) throws -> ParseResult {
    let source = try SourceText.plainText(bytes: Array(text.utf8), path: "plan.txt")
    return Parser(registry: registry).parse(source, pluginID: pluginID)
  }

  static func builtins() throws -> PluginRegistry { try PluginSetup.registry(pluginDirectories: []) }
}
