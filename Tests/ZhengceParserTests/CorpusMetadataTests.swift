import Foundation
import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

@Suite struct CorpusMetadataTests {
  typealias C = CorpusFixtures

  @Test(arguments: [
    (C.hunan, "湖南省关于支持深度贫困地区脱贫攻坚的实施方案"),
    (C.xiangxi, "中共湘西自治州委 湘西自治州人民政府关于打赢精准脱贫攻坚战的意见"),
    (C.ankang, "安康市巩固提升脱贫攻坚成果实施方案"),
    (C.nanning, "广西精准扶贫实施方案"),
    (C.liaoning, "中共辽宁省委 辽宁省人民政府关于打赢脱贫攻坚战三年行动的实施意见"),
  ])
  func titles(stem: String, title: String) throws {
    #expect(try C.parse(stem).document.title == title)
  }

  @Test func ankang() throws {
    let d = try C.parse(C.ankang).document
    #expect(d.docNumber == "安脱贫发〔2020〕2号")
    #expect(d.date == "2020-02-14")
    #expect(d.issuers == ["安康市脱贫攻坚领导小组"])
    #expect(d.noticeTitle == "关于印发《安康市巩固提升脱贫攻坚成果实施方案》的通知")
    #expect(d.region == Region(province: "陕西省", city: "安康市", county: nil, level: .city, code: "610900"))
  }

  @Test func xiangxi() throws {
    let d = try C.parse(C.xiangxi).document
    #expect(d.docNumber == "州发〔2016〕1号")
    #expect(d.date == "2016-01-13")
    #expect(d.issuers == ["中共湘西自治州委", "湘西自治州人民政府"])
    #expect(d.region == Region(province: "湖南省", city: "湘西土家族苗族自治州", county: nil, level: .city, code: "433100"))
  }

  @Test func liaoning() throws {
    let d = try C.parse(C.liaoning).document
    #expect(d.docNumber == nil)
    #expect(d.date == "2019-03-03")
    #expect(d.issuers == ["中共辽宁省委", "辽宁省人民政府"])
    #expect(d.region == Region(province: "辽宁省", city: nil, county: nil, level: .province, code: "210000"))
  }

  @Test func hunanAndNanning() throws {
    let hunan = try C.parse(C.hunan).document
    #expect(hunan.docNumber == nil && hunan.date == nil && hunan.issuers.isEmpty)
    #expect(hunan.region == Region(province: "湖南省", level: .province, code: "430000"))
    let nanning = try C.parse(C.nanning).document
    #expect(nanning.date == "2017-07-20")
    // No city in the title: the counties a 全市 plan names make it Nanning's.
    #expect(nanning.region == Region(province: "广西壮族自治区", city: "南宁市", county: nil, level: .city, code: "450100"))
  }

  @Test func citationsWithTheirDocumentNumbers() throws {
    let hunan = try C.parse(C.hunan).document.citations
    #expect(hunan.first == Citation(title: "关于支持深度贫困地区脱贫攻坚的实施意见", docNumber: "厅字〔2017〕41号"))
    #expect(hunan.contains(Citation(title: "关于支持贫困地区发展产业扩大就业的若干政策", docNumber: "湘办发〔2017〕29号")))
    #expect(hunan.contains(Citation(title: "湖南省“十三五”农村饮水安全巩固提升工程财政奖补暂行办法", docNumber: nil)))
    #expect(hunan.count == 4)
    let liaoning = try C.parse(C.liaoning).document.citations
    #expect(liaoning.first == Citation(title: "中共中央、国务院关于打赢脱贫攻坚战三年行动的指导意见", docNumber: "中发〔2018〕16号"))
    #expect(liaoning.contains(Citation(title: "中共辽宁省委、辽宁省人民政府关于全力打赢脱贫攻坚战的决定", docNumber: "辽委发〔2016〕3号")))
    // The cover notice's own 《…》 is the document itself, not a citation.
    #expect(!(try C.parse(C.ankang).document.citations.contains { $0.title == "安康市巩固提升脱贫攻坚成果实施方案" }))
  }

  @Test func gb18030CopyParsesToTheSameDocument() throws {
    for stem in C.all {
      let bytes = try C.bytes(stem)
      let text = String(decoding: bytes, as: UTF8.self)
      let gb = try #require(GB18030.encode(text))
      let utf8Doc = try C.parse(stem).document
      var gbDoc = Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: gb, path: "corpus/\(stem).txt")).document
      #expect(gbDoc.source.encoding == "gb18030")
      #expect(gbDoc.source.sha256 != utf8Doc.source.sha256)
      gbDoc.source = utf8Doc.source
      #expect(gbDoc == utf8Doc, "\(stem)")
    }
  }
}

@Suite struct OffsetMapTests {
  @Test(arguments: [false, true])
  func aMeasureSpanLeadsBackToItsBytesInTheFile(gb18030: Bool) throws {
    let utf8 = try CorpusFixtures.bytes(CorpusFixtures.hunan)
    let bytes = gb18030 ? try #require(GB18030.encode(String(decoding: utf8, as: UTF8.self))) : utf8
    let source = try SourceText.plainText(bytes: bytes, path: "h.txt")
    let result = Parser(registry: .genericOnly).parse(source)
    let measure = try #require(CorpusFixtures.measure(result, "三/(一)"))
    let offsets = try #require(source.scalarByteOffsets())
    let first = offsets[Int(result.normalized.sourceIndex[measure.span.start])]
    let last = offsets[Int(result.normalized.sourceIndex[measure.span.end - 1]) + 1]
    let original = Array(bytes[first..<last])
    let text = gb18030 ? GB18030.decode(original).text : String(decoding: original, as: UTF8.self)
    // The original still has the stray space the normaliser removed (加大 资金).
    #expect(text.contains("市、县要加大 资金投入力度"))
    #expect(text.replacingOccurrences(of: " ", with: "") == measure.text)
  }
}
