import Foundation
import Testing
import ZhengceCore
import ZhengceParser

/// Traditional-script documents are analysed folded to Simplified and keep their own characters.
@Suite struct TraditionalScriptTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/traditional").path

  static func parse(_ name: String) throws -> ParseResult {
    let path = fixtures + "/" + name
    return Parser(registry: Departments.registry).parse(try SourceText.plainText(bytes: try FileBytes.read(path), path: path))
  }

  @Test func departmentsAndRegionInSimplifiedTextAsWritten() throws {
    let result = try Self.parse("heilongjiang-2014-growth-measures.txt")
    let document = result.document
    #expect(result.diagnostics.contains { $0.id == "text.traditional" })
    #expect(document.title == "黑龍江省促進經濟穩增長的若干措施")
    #expect(document.region.province == "黑龙江省")
    let railway = try #require(document.measures.first { $0.path == ["一", "1"] })
    #expect(railway.text.hasPrefix("抓住國家加快鐵路建設機遇,今明兩年投資530億元。"))
    #expect(railway.text.hasSuffix("(省發改委、鐵路辦、哈爾濱鐵路局、相關市、縣政府負責)"))
    #expect(result.normalized.slice(railway.span) == railway.text)
    // (省發改委、鐵路辦、哈爾濱鐵路局、相關市、縣政府負責): canonical names Simplified, surfaces as written.
    let ndrc = try #require(railway.departments.first)
    #expect(ndrc.name == "省发展和改革委员会")
    #expect(ndrc.surface == "省發改委")
    #expect(ndrc.family == "发改")
    #expect(railway.departments.map(\.surface).contains("哈爾濱鐵路局"))
    #expect(railway.departments.contains { $0.name == "哈尔滨铁路局" && $0.role == .responsible })
    let investment = try #require(railway.commitments.first)
    #expect(investment.surface == "530億元")
    #expect(investment.value == 53_000_000_000)
    #expect(investment.unit == "元")
  }

  @Test func roadsMeasureFoldsPhrases() throws {
    // 國省幹道 folds to 国省干道 for analysis; the text keeps 幹.
    let document = try Self.parse("heilongjiang-2014-growth-measures.txt").document
    let roads = try #require(document.measures.first { $0.path == ["一", "2"] })
    #expect(roads.text.hasPrefix("加快國省幹道和農村公路建設"))
    #expect(roads.departments.map(\.name).contains("交通运输厅"))
    #expect(roads.departments.map(\.surface).contains("交通運輸廳"))
    #expect(roads.commitments.map(\.surface) == ["270億元", "5478公里", "約6000公里"])
  }

  @Test func articlesInTraditionalAreArticles() throws {
    // 第十條 is 第十条 to the outline; the path keeps the document's 條.
    let document = try Self.parse("gansu-2013-rural-poverty-regulations-trad.txt").document
    let paths = document.measures.map(\.path)
    #expect(paths.contains(["第二章", "第十條"]) && paths.contains(["第二章", "第十一條"]) && paths.contains(["第二章", "第十二條", "(一)"]))
    let tenth = try #require(document.measures.first { $0.path == ["第二章", "第十條"] })
    #expect(tenth.text.hasPrefix("省人民政府根據本省農民年人均純收入"))
    #expect(document.outline.first?.title == "扶貧對象和范圍")
  }

  @Test func simplifiedDocumentsAreNotFolded() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("corpus/hunan-2018-deep-poverty-plan.txt").path
    let result = Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: try FileBytes.read(path), path: path))
    #expect(!result.diagnostics.contains { $0.id == "text.traditional" })
  }

  @Test func pinyinRemovedFromARealPage() throws {
    let result = try Self.parse("yunnan-mouding-2018-minority-funds-publicity-trad.txt")
    let document = result.document
    #expect(result.diagnostics.contains { $0.id == "text.pinyinRemoved" })
    // 牟定縣民族宗教事務(wù)局 signs the page.
    #expect(document.issuers == ["牟定縣民族宗教事務局"])
    #expect(document.date == "2018-12-14")
    // 2.牟定縣鳳屯鎮(zhèn)臘灣村委外灣及小村道路硬化工程建設項(xiàng)目62萬(wàn)元,…
    let second = try #require(document.measures.first { $0.path == ["2"] })
    #expect(second.text.hasPrefix("牟定縣鳳屯鎮臘灣村委外灣及小村道路硬化工程建設項目62萬元,主要用于擴修及硬化"))
    #expect(second.commitments.first?.value == 620_000)
    // Every kept scalar still leads back to the decoded text: 萬 of 62萬(wàn)元.
    let text = try String(contentsOfFile: Self.fixtures + "/yunnan-mouding-2018-minority-funds-publicity-trad.txt", encoding: .utf8)
    let decoded = Array(text.unicodeScalars)
    let normalized = result.normalized
    let wan = second.span.start + Array(second.text.unicodeScalars).firstIndex(of: "萬")!
    #expect(decoded[Int(normalized.sourceIndex[wan])] == "萬")
    #expect(decoded[Int(normalized.sourceIndex[wan + 1])] == "元")
  }
}
