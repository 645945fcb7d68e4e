import Testing
import ZhengceCore
import ZhengceParser

/// An information table copied from a page into text keeps its cells apart with
/// TABs: every label and value is read from its own cell.
@Suite struct MetadataTabRowsTests {
  @Test func labelsInTabSeparatedCells() {
    let text = "索 引 号:\t000000/2019-01\t发文机关:\t某县人民政府\n发文字号:\t某政发〔2019〕5号\t成文日期:\t2019年5月6日\n"
      + "某县产业扶贫实施方案\n一、发展产业。县农业农村局牵头。"
    let doc = Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text)).document
    #expect(doc.title == "某县产业扶贫实施方案")
    #expect(doc.docNumber == "某政发〔2019〕5号")
    #expect(doc.issuers == ["某县人民政府"])
    #expect(doc.date == "2019-05-06")
  }
}
