import Foundation
import Testing
import ZhengceCore
import ZhengceCorpus

/// `--plugins DIR` pointing at a folder without manifests: one line, no bogus line number.
@Suite struct PluginPathErrorTests {
  @Test func aFolderWithoutManifestsIsNamedWithoutALineNumber() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-plugins-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    do {
      _ = try PluginSetup.registry(pluginDirectories: [dir])
      Issue.record("an empty plugin folder was accepted")
    } catch {
      #expect("\(error)" == "\(dir): expected manifest.json in this directory or in its subdirectories")
    }
  }
}
