import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML page: well-formed (read back with an XML parser), self-contained,
/// escaped, and holding every value of the JSON output.
@Suite struct CompareHTMLTests {
  /// Text content and element names of an XHTML page, or the parser's error.
  final class PageReader: NSObject, XMLParserDelegate {
    var text = ""
    var elements: [String] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]) { elements.append(name) }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    static func read(_ html: String) -> (ok: Bool, reader: PageReader, error: String) {
      let parser = XMLParser(data: Data(html.utf8))
      let reader = PageReader()
      parser.delegate = reader
      let ok = parser.parse() && parser.parserError == nil
      return (ok, reader, parser.parserError.map { "\($0)" } ?? "")
    }
  }

  /// Every string and number in a JSON value, numbers written as the renderers write them.
  func leaves(_ value: Any) -> [String] {
    switch value {
    case let s as String: return [s]
    case let n as NSNumber: return [CompareText.number(n.doubleValue)]
    case let a as [Any]: return a.flatMap(leaves)
    case let d as [String: Any]: return d.values.flatMap(leaves)
    default: return []
    }
  }

  func comparisons() throws -> [Comparison] {
    [
      try ComparisonBuilder(provinces: ["湖南", "辽宁"]).compare(CompareIndicatorTests.documents, selecting: TopicSelector("网络基础设施")),
      try ComparisonBuilder().compare(CompareCorpus.documents, selecting: TopicSelector("易地扶贫搬迁")),
      try ComparisonBuilder(grouping: .doc).compare(CompareIndicatorTests.documents, selecting: SearchQuerySelector("宽带", documents: CompareIndicatorTests.documents)),
    ]
  }

  @Test func pageIsWellFormedAndHoldsEveryJSONValue() throws {
    for comparison in try comparisons() {
      let html = CompareHTMLRenderer().render(comparison)
      let page = PageReader.read(html)
      #expect(page.ok, "not well-formed: \(page.error)")
      let json = try JSONSerialization.jsonObject(with: Data(try CompareFormat.json.render(comparison).utf8))
      let values = leaves(json)
      #expect(values.count > 20)
      for value in values where !value.isEmpty { #expect(page.reader.text.contains(value), "HTML lacks '\(value)'") }
      #expect(page.reader.elements.filter { $0 == "table" }.count == (comparison.indicators.isEmpty ? 1 : 2))
    }
  }

  @Test func readerRejectsUnbalancedMarkup() {
    #expect(!PageReader.read("<html><p><b>x</p></html>").ok)
    #expect(!PageReader.read("<html><p>a & b</p></html>").ok)
  }

  @Test func pageIsSelfContained() throws {
    let html = CompareHTMLRenderer().render(try comparisons()[0])
    for forbidden in ["<script", "<link", "<img", "src=", "href=", "url(", "@import", "https://"] {
      #expect(!html.contains(forbidden), "page contains \(forbidden)")
    }
    #expect(html.components(separatedBy: "http://").count == 2, "only the XHTML namespace may name a URL")
    #expect(html.contains("@media print"))
  }

  @Test func textIsEscaped() {
    let hostile = "<script>alert('x')</script> & \"q\" \u{1}"
    let measure = ComparedMeasure(id: "d#1", document: "d", path: ["一"], heading: hostile, excerpt: "", topics: ["产业扶贫"], leads: [])
    let column = CompareColumn(
      key: "k<", label: "L&", documents: [ComparedDocument(id: "d", title: "T>")], measures: [measure], leads: [], commitments: [])
    let comparison = Comparison(selection: "query:<b>", grouping: .province, columns: [column], indicators: [])
    let html = CompareHTMLRenderer().render(comparison)
    let page = PageReader.read(html)
    #expect(page.ok, "not well-formed: \(page.error)")
    #expect(!html.contains("<script>"))
    #expect(page.reader.text.contains("<script>alert('x')</script> & \"q\" "))
    #expect(page.reader.text.contains("query:<b>"))
  }
}
