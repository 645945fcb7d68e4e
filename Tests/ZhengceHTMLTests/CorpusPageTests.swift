import Testing
import ZhengceCore
@testable import ZhengceHTML
import ZhengceTestSupport

/// Each corpus document wrapped in portal chrome reads back to its own text and the page's info values.
@Suite struct CorpusPageTests {
  @Test(arguments: CorpusPage.all)
  func utf8PageGivesArticleAndMetadata(doc: CorpusPage) throws {
    let page = doc.page()
    let source = try HTMLReader().read(bytes: try #require(page.bytes(gb18030: false)), path: doc.file + ".html")
    #expect(source.format == .html)
    #expect(source.encoding == .utf8)
    #expect(source.hints == doc.expected)
    #expect(firstDifference(source.text.components(separatedBy: "\n"), [doc.heading] + expectedLines(doc)) == nil)
  }

  @Test(arguments: CorpusPage.all)
  func gb2312LabelledPageIsReadAsGB18030(doc: CorpusPage) throws {
    let page = doc.page(charset: "gb2312")
    let bytes = try #require(page.bytes(gb18030: true))
    #expect(String(validating: bytes, as: UTF8.self) == nil)
    let source = try HTMLReader().read(bytes: bytes, path: doc.file + ".html")
    #expect(source.encoding == .gb18030)
    #expect(source.replacements == 0)
    #expect(source.hints == doc.expected)
    #expect(firstDifference(source.text.components(separatedBy: "\n"), [doc.heading] + expectedLines(doc)) == nil)
  }

  @Test(arguments: PortalPage.InfoLayout.allCases)
  func everyInfoLayoutGivesTheSameHints(layout: PortalPage.InfoLayout) throws {
    for doc in CorpusPage.all {
      let page = doc.page(layout: layout)
      let source = try HTMLReader().read(bytes: try #require(page.bytes(gb18030: false)), path: doc.file + ".html")
      #expect(source.hints == doc.expected, "\(doc.file) \(layout)")
      #expect(
        firstDifference(source.text.components(separatedBy: "\n"), [doc.heading] + expectedLines(doc)) == nil,
        "\(doc.file) \(layout)")
    }
  }

  /// The corpus paragraphs with spaces collapsed, less the chrome lines the page reader drops.
  private func expectedLines(_ doc: CorpusPage) -> [String] {
    doc.paragraphs.map(collapse).filter { !Self.droppedChrome.contains($0) }
  }

  /// Chrome lines in the corpus texts themselves, which an HTML page reader drops.
  static let droppedChrome: Set<String> = ["分享到:", "【字体: 分享:", "扫一扫在手机打开当前页"]

  private func collapse(_ s: String) -> String {
    var out = ""
    var space = false
    for c in s.unicodeScalars {
      if c == " " || c == "\u{A0}" || c == "\u{3000}" || c == "\t" {
        space = !out.isEmpty
      } else {
        if space { out.unicodeScalars.append(" ") }
        space = false
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
