import Testing
import ZhengceCore
import ZhengceParser
@testable import ZhengceHTML

/// Acceptance: a corpus document read from its portal page parses to the same
/// measures as its text version, with the page's info values as metadata.
@Suite struct CorpusParseTests {
  private struct MeasureKey: Equatable, CustomStringConvertible {
    var path: String
    var heading: String
    var text: String
    var description: String { "\(path) \(heading) \(text.prefix(30))" }
  }

  private func keys(_ document: ParsedDocument) -> [MeasureKey] {
    document.measures.map { MeasureKey(path: $0.path.joined(separator: "/"), heading: $0.heading, text: $0.text) }
  }

  private func parsePage(_ doc: CorpusPage, gb18030: Bool) throws -> ParsedDocument {
    let page = doc.page(charset: gb18030 ? "gb2312" : "utf-8")
    let bytes = try #require(page.bytes(gb18030: gb18030))
    let source = try HTMLReader().read(bytes: bytes, path: doc.file + ".html")
    return Parser(registry: .genericOnly).parse(source, id: SourceText.stem(of: doc.file)).document
  }

  @Test(arguments: CorpusPage.all)
  func pageParsesToTheMeasuresOfTheText(doc: CorpusPage) throws {
    let text = Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: try FileBytes.read(doc.path), path: doc.file)).document
    #expect(!text.measures.isEmpty)
    for gb in [false, true] {
      let html = try parsePage(doc, gb18030: gb)
      #expect(html.source.format == .html)
      #expect(html.source.encoding == (gb ? "gb18030" : "utf-8"))
      let (a, b) = (keys(html), keys(text))
      #expect(a.count == b.count, "\(doc.file) gb=\(gb)")
      if let i = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) {
        Issue.record("\(doc.file) gb=\(gb) measure \(i + 1): \(a[i]) ≠ \(b[i])")
      }
      // Everything extracted from the measures is the same too; only offsets may differ.
      #expect(html.measures.map(\.withoutSpan) == text.measures.map(\.withoutSpan), "\(doc.file) gb=\(gb)")
      #expect(html.citations == text.citations, "\(doc.file) gb=\(gb)")
      #expect(html.outline == text.outline, "\(doc.file) gb=\(gb)")
      #expect(html.title == text.title, "\(doc.file) gb=\(gb)")
      #expect(html.noticeTitle == text.noticeTitle, "\(doc.file) gb=\(gb)")
      #expect(html.docNumber == doc.expected.docNumber, "\(doc.file) gb=\(gb)")
      #expect(html.issuers == doc.expected.issuers, "\(doc.file) gb=\(gb)")
      // A written date from the page wins; otherwise the text's own date, as for the .txt.
      #expect(html.date == (doc.expected.date ?? text.date), "\(doc.file) gb=\(gb)")
      #expect(html.date != nil)
      #expect(html.region == text.region, "\(doc.file) gb=\(gb)")
    }
  }
}

extension CorpusParseTests {
  /// Without an info block the page says only what its article says: the same metadata as the text.
  @Test(arguments: CorpusPage.all)
  func pageWithoutInfoBlockHasTheTextsMetadata(doc: CorpusPage) throws {
    var page = doc.page()
    page.showsInfo = false
    // What the source site printed above the heading now sits at the top of the article.
    page.paragraphs = doc.leadingLines + page.paragraphs
    let source = try HTMLReader().read(bytes: Array(page.html.utf8), path: doc.file + ".html")
    #expect(source.hints == MetadataHints(title: doc.heading))
    let html = Parser(registry: .genericOnly).parse(source, id: SourceText.stem(of: doc.file)).document
    let text = Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: try FileBytes.read(doc.path), path: doc.file)).document
    #expect(html.title == text.title)
    #expect(html.noticeTitle == text.noticeTitle)
    #expect(html.docNumber == text.docNumber)
    #expect(html.issuers == text.issuers)
    #expect(html.date == text.date)
    #expect(html.region == text.region)
    #expect(html.measures.map(\.withoutSpan) == text.measures.map(\.withoutSpan))
  }
}

extension Measure {
  /// The measure with its span cleared (the page's text has a different prefix).
  fileprivate var withoutSpan: Measure {
    var copy = self
    copy.span = TextSpan(start: 0, end: 0)
    return copy
  }
}
