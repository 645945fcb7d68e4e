import Foundation
import Testing
import ZhengceCore
import ZhengceParser

/// Metadata read from text copied off portal pages: the info block in each of
/// its layouts, 文号 brackets and glued page words, joint issuers, the order
/// dates are preferred in, and the note saying where each field was read.
/// Every snippet is quoted from a document of the real-world corpus
/// (Tests/Fixtures/realworld/docs), named in a comment.
@Suite struct PortalMetadataTests {
  static func parse(_ text: String) -> ParseResult {
    Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
  }

  // MARK: - Info-block layouts: each gives the 文号 and the date

  @Test(arguments: [
    // zhejiang-yongjia-2021-funds-notice: label and value pairs separated by spaces; page words after the 文号.
    ("索引号 001008003014011/2021-283882 主题分类 财政\n组配分类 财政资金直达基层 发布机构 县财政局\n成文日期 2021-11-22 公开方式 主动公开\n文号 永财农〔2021〕471号 其他信息 下载阅读版\n",
     "永财农〔2021〕471号", "2021-11-22"),
    // shaanxi-hanyin-2021-fund-integration-rules: pipe rows.
    ("索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |\n公开责任部门 | 汉阴县人民政府办公室 | 公开形式: | 主动公开 |\n文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |\n有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |\n",
     "汉政办发〔2021〕88号", "2021-09-28"),
    // xinjiang-1994-million-people-subsistence-plan: 【】 labels, and square brackets in the 文号.
    ("【发布文号】新政发[1994]103号\n【发布日期】1994-12-27\n【生效日期】1994-12-27\n【失效日期】-----------\n",
     "新政发〔1994〕103号", "1994-12-27"),
    // corpus/hunan-xiangxi-2016-precision-poverty-opinions: bullets and spaces inside labels.
    ("• 索 引 号:006686322/2016-00098\n  • 体裁分类:\n  • 发布机构:\n  • 公布日期:2016-01-13\n  • 文    号:州发〔2016〕1号\n",
     "州发〔2016〕1号", "2016-01-13"),
    // neimenggu-2011-task-division: a dashed list, the date written with dots.
    ("- 发布部门: 内蒙古自治区政府\n- 发文字号:内党办发[2011]38号\n- 发布日期:2011.12.31\n- 实施日期:2011.12.31\n",
     "内党办发〔2011〕38号", "2011-12-31"),
    // hainan-2018-three-year-action-plan: one line of labels, the letterhead glued before the 文号.
    ("索引号:00817441-9/2018-60658 分  类: 发文机关:省扶贫工作办公室 成文日期:2018-09-04 13:43 文 号:中共海南省委文件琼发〔2018〕15号 发布日期:2018-09-11 13:43 主题词: 时效性:\n",
     "琼发〔2018〕15号", "2018-09-04"),
    // beijing-2014-rules-amendment-decision: an ordered list of 【】 labels, one of them empty.
    ("  1. [主题分类] 市场监管、安全生产监管/其他\n  2. [发文机构] 北京市人民政府\n  3. [联合发文单位]\n  4. [实施日期] 2014-07-09\n  5. [成文日期] 2014-07-09\n  6. [发文字号] 政府令〔2014〕259号\n",
     "政府令〔2014〕259号", "2014-07-09"),
  ])
  func infoBlockLayout(block: String, docNumber: String, date: String) {
    let doc = Self.parse(block + "各有关单位:\n现将有关事项通知如下,请遵照执行。\n").document
    #expect(doc.docNumber == docNumber)
    #expect(doc.date == date)
    // No label or value of the block is taken for the title, nor becomes a measure.
    #expect(doc.title == nil)
    #expect(doc.measures.map(\.text) == ["各有关单位:\n现将有关事项通知如下,请遵照执行。"])
  }

  @Test func aLabelAloneOnItsLineTakesTheValueBelow() {
    // The layout of <dt>/<dd> lists copied as text: 发文字号 ⏎ 湘政函〔2018〕45号 (hunan-2018-poverty-exit-approval).
    let doc = Self.parse("发文字号:\n湘政函〔2018〕45号\n成文日期:\n2018年4月23日\n省扶贫开发领导小组办公室:\n你办《关于对2017年度省扶贫开发工作重点县脱贫摘帽进行批复的请示》收悉。\n").document
    #expect(doc.docNumber == "湘政函〔2018〕45号")
    #expect(doc.date == "2018-04-23")
  }

  @Test func aDateLabelGluedToTheWordsBeforeIt() {
    // guizhou-2016-ethnic-affairs-13th-five-year-program: a reposting page's line.
    let glued = Self.parse("网址:www.chinagdp.org 来源:资金申请报告范文发布时间:2018-06-20 14:46:25\n第一章 规划背景\n“十二五”时期全省各族人民努力奋斗。\n").document
    #expect(glued.date == "2018-06-20")
    // 时间 alone is glued to words in prose (申报时间, 完成时间): not a page's date.
    let prose = Self.parse("第一章 工作安排\n项目申报时间:2018-06-20前报送。\n").document
    #expect(prose.date == nil)
  }

  // MARK: - 文号

  @Test(arguments: [
    ("粤发﹝2016﹞13号", "粤发〔2016〕13号"), ("新政发[1994]103号", "新政发〔1994〕103号"),
    ("豫政办［2017］24号", "豫政办〔2017〕24号"), ("信息发布上财农指〔2018〕11号", "上财农指〔2018〕11号"),
    // jilin-2016-school-equipment-funds-notice: a space after the bracket.
    ("吉财教指[2016] 500号", "吉财教指〔2016〕500号"),
  ])
  func docNumberBracketsAndGluedWords(line: String, number: String) {
    #expect(DocNumberScanner.all(in: Array(line.unicodeScalars)).map(\.number) == [number])
  }

  // MARK: - Issuers

  @Test func jointIssuersRunTogetherAreSplit() {
    // The signature of a Xiangcheng notice: two bodies on one line without a space.
    let doc = Self.parse("关于下达2019年扶贫资金的通知\n各乡镇人民政府:\n现将资金下达给你们,请按规定使用。\n襄城县扶贫开发办公室襄城县财政局\n2019年3月5日\n").document
    #expect(doc.issuers == ["襄城县扶贫开发办公室", "襄城县财政局"])
    #expect(doc.date == "2019-03-05")
  }

  @Test func jointIssuersOnOneLineWithASpace() {
    // sichuan-bazhong-2019-funds-notice, its signature.
    let text = "现将省财政厅、省扶贫开发局下达我市2019年省级财政专项扶贫资金26428万元,予以公告。\n巴中市财政局 巴中市扶贫开发局\n2019年2月18日\n"
    #expect(Self.parse(text).document.issuers == ["巴中市财政局", "巴中市扶贫开发局"])
  }

  @Test func anOfficeOfALeadingGroupStaysOneBody() {
    // hunan-2018-poverty-exit-approval: the addressee 省扶贫开发领导小组办公室 is one body, not 小组 + 办公室.
    let doc = Self.parse("省扶贫开发领导小组办公室\n2018年4月23日\n").document
    #expect(doc.issuers == ["省扶贫开发领导小组办公室"])
  }

  // MARK: - Dates

  /// hainan-2018-three-year-action-plan: 成文日期 2018-09-04 and 发布日期 2018-09-11 in the info row, the cover signed 2018年9月4日.
  static let hainanRow = "索引号:00817441-9/2018-60658 发文机关:省扶贫工作办公室 成文日期:2018-09-04 13:43 发布日期:2018-09-11 13:43\n"

  @Test func theSignatureComesFirst() {
    let doc = Self.parse(Self.hainanRow.replacingOccurrences(of: "2018-09-04", with: "2018-09-01")
      + "现将《海南省打赢脱贫攻坚战三年行动计划》印发给你们,请结合实际认真贯彻落实。\n中共海南省委\n海南省人民政府\n2018年9月4日\n").document
    #expect(doc.date == "2018-09-04")
    #expect(doc.issuers == ["中共海南省委", "海南省人民政府"])
  }

  @Test func thenTheWrittenDateThenThePublishedOne() {
    let written = Self.parse(Self.hainanRow + "现将《海南省打赢脱贫攻坚战三年行动计划》印发给你们。\n").document
    #expect(written.date == "2018-09-04")
    let published = Self.parse(Self.hainanRow.replacingOccurrences(of: "成文日期:2018-09-04 13:43 ", with: "")
      + "现将《海南省打赢脱贫攻坚战三年行动计划》印发给你们。\n").document
    #expect(published.date == "2018-09-11")
  }

  @Test func aDateInChineseNumeralsSigns() {
    // fujian-2005-disability-survey-group-notice closes with 二○○五年四月二日.
    let doc = Self.parse("第二次全国残疾人抽样调查工作完成后,本小组及其办公室自动撤销。\n福建省人民政府办公厅\n二○○五年四月二日\n").document
    #expect(doc.date == "2005-04-02")
    #expect(doc.issuers == ["福建省人民政府办公厅"])
  }

  // MARK: - Where each field was read

  @Test func eachFieldSaysWhereItWasRead() {
    // hunan-2018-poverty-exit-approval, its head.
    let result = Self.parse("湖南省人民政府\n关于同意祁东县等7县市区脱贫摘帽的批复\n湘政函〔2018〕45号\n省扶贫开发领导小组办公室:\n一、同意祁东县、双牌县脱贫摘帽。\n湖南省人民政府\n2018年4月23日\n")
    #expect(result.document.title == "湖南省人民政府关于同意祁东县等7县市区脱贫摘帽的批复")
    #expect(result.document.docNumber == "湘政函〔2018〕45号")
    let notes = Dictionary(uniqueKeysWithValues: result.diagnostics.filter { $0.id.rawValue.hasPrefix("meta.") }.map { ($0.id.rawValue, $0.message) })
    #expect(notes["meta.title"] == "from line 1 (title line)")
    #expect(notes["meta.docNumber"] == "from line 3 (文号 line)")
    #expect(notes["meta.date"] == "from line 7 (signature)")
    #expect(notes["meta.issuers"] == "from line 6 (signature)")
  }
}
