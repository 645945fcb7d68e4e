import Foundation
import Testing
import ZhengceCore
import ZhengceParser
@testable import ZhengceHTML

/// Older county portals lay the whole page out in a table: a navigation cell
/// beside the article's cell. Such a table is no data table: its article reads
/// as paragraphs, not as one TAB-separated row.
@Suite struct LayoutTablePageTests {
  static func page(article: String) -> String {
    """
    <html><head><meta charset="utf-8"><title>某县人民政府门户网站</title></head><body>
    <table width="980"><tr><td colspan="2"><img src="logo.gif">某县人民政府门户网站</td></tr>
    <tr><td width="200" valign="top"><a href="/a">政务公开</a><br><a href="/b">政策文件</a><br><a href="/c">办事服务</a></td>
    <td valign="top">\(article)</td></tr>
    <tr><td colspan="2">版权所有:某县人民政府 技术支持:某公司</td></tr></table>
    </body></html>
    """
  }

  func parse(_ html: String, id: String) throws -> ParsedDocument {
    let source = try HTMLReader().read(bytes: Array(html.utf8), path: id + ".html")
    return Parser(registry: .genericOnly).parse(source, id: id).document
  }

  @Test func anArticleCellWithAHeadingIsNoTableRow() throws {
    let article = """
      <h2>某县扶贫工作实施意见</h2><p>为做好扶贫工作,制定本意见。</p>
      <p>一、加强组织领导。各乡镇要成立扶贫工作领导小组(县扶贫办牵头,县财政局配合)。</p>
      <p>二、加大资金投入。到2020年,县级财政扶贫资金投入增长20%以上(县财政局负责)。</p>
      """
    let doc = try parse(Self.page(article: article), id: "layout")
    #expect(doc.title == "某县扶贫工作实施意见")
    #expect(doc.measures.map(\.text) == [
      "为做好扶贫工作,制定本意见。",
      "加强组织领导。各乡镇要成立扶贫工作领导小组(县扶贫办牵头,县财政局配合)。",
      "加大资金投入。到2020年,县级财政扶贫资金投入增长20%以上(县财政局负责)。",
    ])
    #expect(doc.measures.map { $0.path.joined(separator: "/") } == ["前言", "一", "二"])
  }

  @Test func aCellHoldingAWholeDocumentIsNoTableRow() throws {
    let doc = try #require(CorpusPage.all.first { $0.file.hasPrefix("hunan-2018") })
    let article = doc.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    let html = try parse(Self.page(article: article), id: "hunan")
    let text = Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: try FileBytes.read(doc.path), path: doc.file)).document
    #expect(html.measures.count == 33)  // with the preamble measure
    #expect(html.measures.map(\.text) == text.measures.map(\.text))
  }

  @Test func aTaskTableStaysADataTable() throws {
    let article = """
      <p>一、任务分工</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>完善低保制度</td><td>县民政局</td></tr></table>
      """
    let doc = try parse("<html><body><div class=article>\(article)</div></body></html>", id: "tasks")
    #expect(doc.measures.map { $0.path.joined(separator: "/") } == ["一/1"])
    #expect(doc.measures.first?.text == "1\t完善低保制度\t县民政局")
  }
}
