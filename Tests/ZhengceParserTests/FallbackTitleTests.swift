import Testing
import ZhengceCore
import ZhengceParser

/// When no line reads like a title, the first line stands in for it, never megabytes long.
@Suite struct FallbackTitleTests {
  static func title(of text: String) throws -> String {
    try Parser().parse(SourceText.plainText(bytes: Array(text.utf8), path: "x.txt")).document.title ?? "-"
  }

  @Test func aOneLineFileOfMegabytesGetsATitleOf200Characters() throws {
    let line = String(repeating: "扶贫搬迁政策", count: 200_000)
    #expect(try Self.title(of: line) == String(repeating: "扶贫搬迁政策", count: 34).prefix(200) + "…")
  }

  @Test func aShortFirstLineIsTheTitleAsItIs() throws {
    #expect(try Self.title(of: "各地各部门要落实工作\n") == "各地各部门要落实工作")
  }

  @Test func aPageHeadingOfMegabytesIsCutToo() throws {
    let heading = String(repeating: "关于", count: 300_000)
    let source = SourceText(
      path: "p.html", format: .html, encoding: .utf8, sha256: String(repeating: "0", count: 64), text: heading + "\n一、总体要求",
      hints: MetadataHints(title: heading))
    #expect(Parser().parse(source).document.title == String(repeating: "关于", count: 100) + "…")
  }
}
