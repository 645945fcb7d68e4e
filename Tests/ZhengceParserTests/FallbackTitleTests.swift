import Testing
import ZhengceCore
import ZhengceParser

/// When no line reads like a title, the title is null (contract v2): the first
/// line of the body is no title. A page heading stands in, never megabytes long.
@Suite struct FallbackTitleTests {
  static func title(of text: String) throws -> String? {
    try Parser(registry: .genericOnly).parse(SourceText.plainText(bytes: Array(text.utf8), path: "x.txt")).document.title
  }

  @Test func aOneLineFileOfMegabytesHasNoTitle() throws {
    let line = String(repeating: "扶贫搬迁政策", count: 200_000)
    #expect(try Self.title(of: line) == nil)
  }

  @Test func aFirstLineOfTheBodyIsNoTitle() throws {
    #expect(try Self.title(of: "各地各部门要落实工作\n") == nil)
  }

  @Test func aPageHeadingOfMegabytesIsCutToo() throws {
    let heading = String(repeating: "关于", count: 300_000)
    let source = SourceText(
      path: "p.html", format: .html, encoding: .utf8, sha256: String(repeating: "0", count: 64), text: heading + "\n一、总体要求",
      hints: MetadataHints(title: heading))
    #expect(Parser(registry: .genericOnly).parse(source).document.title == String(repeating: "关于", count: 100) + "…")
  }
}
