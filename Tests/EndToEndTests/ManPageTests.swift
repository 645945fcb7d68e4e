import Foundation
import Testing
import ZhengceTestSupport

/// `scripts/man-page.sh` (what `scripts/install.sh` installs as zhengce.1):
/// swift-argument-parser's generator keeps only ASCII, so the script has the
/// Chinese text put back as roff escapes, and the page shows it.
@Suite struct ManPageTests {
  /// `tasks`'s discussion: "CSV and Markdown have Chinese headers (单位, 其他牵头单位, 配合单位, …".
  static let headers = "单位, 其他牵头单位, 配合单位"

  @Test func chineseTextComesThroughAsRoffEscapes() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let page = scratch.path + "/man1/zhengce.1"
    let script = CorpusFixtures.root.appendingPathComponent("scripts/man-page.sh")
    let run = try CommandRunner.run([try CommandRunner.binary().path, page], executable: script)
    #expect(run.status == 0, "\(run.stderr)")
    let mdoc = try String(contentsOfFile: page, encoding: .utf8)
    #expect(mdoc.contains("\n.Dt ZHENGCE 1\n"))
    #expect(mdoc.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(!mdoc.contains("ZHENGCEU"))
    #expect(mdoc.contains(Self.escaped(Self.headers)))

    // Rendered, the escapes are the characters again (where groff is installed).
    let groff = URL(fileURLWithPath: "/usr/bin/groff")
    guard FileManager.default.isExecutableFile(atPath: groff.path) else { return }
    let rendered = try CommandRunner.run(["-mandoc", "-Tutf8", "-P-cbou", page], executable: groff)
    #expect(rendered.status == 0, "\(rendered.stderr)")
    #expect(rendered.stdout.filter { !$0.isWhitespace }.contains(Self.headers.filter { !$0.isWhitespace }))
  }

  /// `text` as the page writes it: each non-ASCII character as `\[uXXXX]`.
  static func escaped(_ text: String) -> String {
    text.unicodeScalars.map { $0.isASCII ? String($0) : "\\[u" + String($0.value, radix: 16, uppercase: true) + "]" }.joined()
  }
}
