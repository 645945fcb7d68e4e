import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Every substantive paragraph belongs to a measure: a notice without
/// numbering becomes measures paragraph by paragraph (`¶N`), the text before
/// a plan's first marker is its preamble (`前言`); signatures, dates, 附件
/// lists and contact lines are no measure.
@Suite struct UnnumberedTextTests {
  static func parse(_ text: String) -> ParsedDocument {
    Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text)).document
  }

  /// sichuan-bazhong-2019-funds-notice (Tests/Fixtures/realworld/docs), whole.
  static let bazhong = """
    现将省财政厅、省扶贫开发局下达我市2019年省级财政专项扶贫资金26428万元,予以公告。
    巴州区:省级财政专项扶贫资金2405万元;
    恩阳区:省级财政专项扶贫资金1956万元;
    南江县:省级财政专项扶贫资金4150万元;
    通江县:省级财政专项扶贫资金8594万元;
    平昌县:省级财政专项扶贫资金9208万元;
    巴中经济开发区:省级财政专项扶贫资金115万元。
    资金用途:按照“四到县”制度要求,由各地结合当地脱贫攻坚实际,围绕脱贫坚目标任务精准使用资金,以改善建档立卡贫困村、建档立卡贫困户生产生活条件和增收脱贫为重点,主要用于农业生产发展和农村基础设施建设,因地制宜自主确定项目,建立精准扶贫机制,确保年度减贫任务如期完成。
    巴中市财政局 巴中市扶贫开发局
    2019年2月18日
    |
    """

  @Test func aNoticeWithoutNumberingIsMeasuresCoveringItsBody() throws {
    let doc = Self.parse(Self.bazhong)
    #expect(doc.outline.isEmpty)
    #expect(doc.measures.map(\.path) == (1...8).map { ["¶\($0)"] })
    #expect(doc.measures.allSatisfy { $0.kind == .paragraph })
    // The body, line by line; the signature, its date and the stray bar are not measures.
    let body = Self.bazhong.split(separator: "\n").prefix(8).map(String.init)
    #expect(doc.measures.map(\.text) == body)
    #expect(doc.title == nil)
    #expect(doc.date == "2019-02-18")
  }

  @Test func itsAllocationsInWanYuanAreExtracted() throws {
    let doc = Self.parse(Self.bazhong)
    let amounts = doc.measures.flatMap(\.commitments).filter { $0.unit == "元" }.map(\.value)
    #expect(amounts == [264_280_000, 24_050_000, 19_560_000, 41_500_000, 85_940_000, 92_080_000, 1_150_000])
    let first = try #require(doc.measures.first?.commitments.first)
    #expect(first.surface.hasSuffix("26428万元"))
  }

  @Test func contactLinesAnnexListsAndNotesAreNoMeasure() {
    // hubei-2018-poverty-county-exit-announcement ends with its contact lines.
    let doc = Self.parse("""
      湖北省2017年度贫困县退出公示
      现向社会公示,如有异议,请于2018年2月23日前向湖北省扶贫攻坚领导小组办公室反映。
      联系电话:027-87890058
      附件:贫困县退出名单
      (此件公开发布)
      """)
    #expect(doc.title == "湖北省2017年度贫困县退出公示")
    #expect(doc.measures.map(\.text) == ["现向社会公示,如有异议,请于2018年2月23日前向湖北省扶贫攻坚领导小组办公室反映。"])
  }

  @Test func thePreambleOfAPlanIsAMeasureWithItsBaselineFigures() throws {
    // corpus/shaanxi-ankang-2020-consolidation-plan: the cover notice's text, then the plan's opening.
    let result = try CorpusFixtures.parse(CorpusFixtures.ankang)
    let preamble = result.document.measures.prefix { $0.kind == .preamble }
    #expect(preamble.map(\.path) == [["前言"], ["前言"]])
    #expect(preamble.first?.text == "各县区脱贫攻坚领导小组,市级“八办两组”牵头部门和重点责任单位:\n现将《安康市巩固提升脱贫攻坚成果实施方案》印发给你们,请认真抓好贯彻落实。")
    #expect(preamble.last?.text.hasPrefix("为巩固脱贫攻坚成果,有效防止致贫返贫") == true)
    // The signature between them (安康市脱贫攻坚领导小组, 2020年2月14日) and the plan's title are not measure text.
    #expect(!preamble.contains { $0.text.contains("2020年2月14日") || $0.text.contains("安康市巩固提升脱贫攻坚成果实施方案\n") })
    #expect(result.document.measures[preamble.count].path == ["一"])
  }
}
