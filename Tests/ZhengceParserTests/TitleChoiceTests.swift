import Testing
import ZhengceCore
import ZhengceParser

/// Which title is the document's own and which its cover notice's, when a page
/// prints them more than once. Excerpts of real pages, as found.
@Suite struct TitleChoiceTests {
  static func parse(_ text: String) -> ParsedDocument {
    Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text)).document
  }

  /// neimenggu-2011-task-division: the database's heading writes the nested marks as <>
  /// and the years with a long dash; the document prints 〈〉 and 《》.
  @Test func thePageHeadingAndTheDocumentSpellOneTitleApart() {
    let doc = Self.parse("""
      内蒙古自治区党委办公厅、政府办公厅印发《关于贯彻落实<中国农村扶贫开发纲要(2011—2020年)>的实施意见重要政策措施分工方案》的通知
      - 发文字号:内党办发[2011]38号
      内蒙古自治区党委办公厅、政府办公厅印发《关于贯彻落实〈中国农村扶贫开发纲要(2011-2020年)〉的实施意见重要政策措施分工方案》的通知
      各盟市委,盟行政公署、市人民政府,自治区各部、委、办、厅、局和各人民团体:
      《关于贯彻落实〈中国农村扶贫开发纲要(2011-2020年)〉的实施意见重要政策措施分工方案》已经自治区党委、政府领导同志同意,现印发给你们,请结合实际认真贯彻落实。
      关于贯彻落实《中国农村扶贫开发纲要(2011-2020年)》的实施意见重要政策措施分工方案
      为切实抓好各项重要政策措施的落实,根据有关部门和单位的职责,现提出如下分工方案。
      一、工作分工
      """)
    #expect(doc.title == "关于贯彻落实《中国农村扶贫开发纲要(2011-2020年)》的实施意见重要政策措施分工方案")
    #expect(doc.noticeTitle == "内蒙古自治区党委办公厅、政府办公厅印发《关于贯彻落实〈中国农村扶贫开发纲要(2011-2020年)〉的实施意见重要政策措施分工方案》的通知")
  }

  /// qinghai-2016-poverty-action-plans: a notice issuing seven plans at once; the file
  /// goes on with the first of them, after the notice's signature and a note.
  @Test func aNoticeIssuingSeveralDocumentsIsFollowedByTheFirst() {
    let doc = Self.parse("""
      青海省人民政府办公厅 关于印发青海省发展产业、易地搬迁等 七个脱贫攻坚行动计划和交通、水利等 九个行业扶贫专项方案的通知
      青政办〔2016〕29号
      各市、自治州人民政府,省政府各委、办、厅、局:
      青海省发展产业、易地搬迁、资产收益等“七个脱贫攻坚行动计划”已经省政府同意,现印发给你们,请结合实际,认真组织实施。
      青海省人民政府办公厅
      2016年2月29日
      (发至县人民政府)
      青海省发展产业脱贫攻坚行动计划
      为深入贯彻落实省委省政府脱贫攻坚决策部署,制定本行动计划。
      一、对象范围
      """)
    #expect(doc.title == "青海省发展产业脱贫攻坚行动计划")
    #expect(doc.noticeTitle == "青海省人民政府办公厅关于印发青海省发展产业、易地搬迁等七个脱贫攻坚行动计划和交通、水利等九个行业扶贫专项方案的通知")
  }

  /// xinjiang-jinghe-2017-poverty-program-draft: a notice asking for comments on a draft
  /// it names in marks, and the draft after the notice's signature.
  @Test func aNoticeSendingADraftCarriesIt() {
    let doc = Self.parse("""
      关于征求《精河县“十三五”脱贫攻坚规划(征求意见稿)》意见的通知
      各乡镇场、县直相关单位:
      精河县扶贫开发办公室草拟了《精河县“十三五”脱贫攻坚规划(征求意见稿)》,现将其印发你们,请提出修改意见。
      精河县扶贫开发领导小组办公室
      2017年6月28日
      精河县“十三五”脱贫攻坚规划
      第一章 脱贫攻坚形势
      """)
    #expect(doc.title == "精河县“十三五”脱贫攻坚规划")
    #expect(doc.noticeTitle == "关于征求《精河县“十三五”脱贫攻坚规划(征求意见稿)》意见的通知")
  }

  /// hubei-2019-rural-revitalization-program-toc: a repost's headline (湖北:…) under the title,
  /// with the dash of the period lost.
  @Test func aRepostHeadlineWithItsPlaceIsNoTitle() {
    let doc = Self.parse("""
      国开联官网 > 观点 > 农业农村现代化
      湖北省乡村振兴战略规划(2018—2022年)
      国开联 2019.05.22
      湖北:湖北省乡村振兴战略规划(20182022年)
      第一章 规划背景
      """)
    #expect(doc.title == "湖北省乡村振兴战略规划(2018—2022年)")
  }

  /// yunnan-2001-rural-poverty-outline: the page's heading keeps the period; the document's
  /// copy lost it to a broken line.
  @Test func theCopyWithItsPeriod() {
    let doc = Self.parse("""
      当前位置: 首页 >> 政策法规 >>
      云南省农村扶贫开发纲要 (2001—2010年)
      发文单位:云南省政府信息公开门户网站云南省扶贫办   发文时间:2016-07-16
      云南省农村扶贫开发纲要
      20012010年)
      为全面贯彻落实《中国农村扶贫开发纲要》,集中全省各族人民的智慧和力量,特制定本纲要。
      一、形势和任务
      """)
    #expect(doc.title == "云南省农村扶贫开发纲要(2001—2010年)")
  }

  /// A figure's caption after a copy is no period (…的建议(图1)).
  @Test func aCaptionIsNoPeriod() {
    let doc = Self.parse("""
      中国共产党拉萨市委员会关于制定“十五五”时期国民经济和社会发展规划的建议(图1)
      中国共产党拉萨市委员会关于制定“十五五”时期国民经济和社会发展规划的建议
      (2025年11月28日中国共产党拉萨市第十届委员会第十次全体会议通过)
      一、“十五五”时期是拉萨基本实现社会主义现代化夯实基础的关键时期
      """)
    #expect(doc.title == "中国共产党拉萨市委员会关于制定“十五五”时期国民经济和社会发展规划的建议")
    #expect(doc.date == "2025-11-28")
  }
}
