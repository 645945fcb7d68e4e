import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Heads, outlines and departments found wrong on the tenth hold-out round of
/// Tests/Fixtures/realworld (SOURCES.md, "Tenth round"), asserted on those documents; the
/// values are read from their texts.
@Suite struct HoldOutTenthRoundTests {
  /// tianjin-2022: a 批复 whose title brackets a road's ends (嘉和路-晨溪路) and signs with its
  /// date alone under 此复; its issuer opens the title, and it is the municipality's, not the
  /// district the road runs through.
  @Test func aReplySignedUnderCiFu() throws {
    let reply = try HoldOutTests.parse("tianjin-2022-road-project-proposal-approval.txt")
    #expect(reply.title == "市发展改革委关于香海道(嘉和路-晨溪路)道路及配套管线工程项目建议书的批复")
    #expect(reply.issuers == ["市发展改革委"])
    #expect(reply.date == "2022-01-12")
    #expect(reply.region.province == "天津市" && reply.region.county == nil && reply.region.level == .province)
  }

  /// qinghai-guide-2021: a repost's lead, 2021年2月3日,…印发了《…》(贵办发〔2021〕2号), gives the
  /// date and 文号 the page did not keep; hainan-haikou-2013 and qinghai-guoluo-2023: a report of
  /// a work report names the government that delivered it.
  @Test func aReportOfTheIssue() throws {
    let guide = try HoldOutTests.parse("qinghai-guide-2021-village-cadre-pay-rules.txt")
    #expect(guide.docNumber == "贵办发〔2021〕2号")
    #expect(guide.date == "2021-02-03")
    let haikou = try HoldOutTests.parse("hainan-haikou-2013-work-report-targets-trad.txt")
    #expect(haikou.issuers == ["海口市人民政府"] && haikou.date == "2013-02-27")
    #expect(haikou.region.city == "海口市")
    let guoluo = try HoldOutTests.parse("qinghai-guoluo-2023-work-report-targets.txt")
    #expect(guoluo.issuers == ["果洛州人民政府"] && guoluo.region.city == "果洛藏族自治州")
  }

  /// xizang-ali-2018: a mirror echoes a title in angle brackets at the end of its lines
  /// (…的通知美丽西藏建设规划纲要(2014-2030年)>), and labels a field 公文种类; the notice and the
  /// division it issues are read, and a task's bodies in brackets after its full stop carry it out.
  @Test func aMirrorsEchoAndBracketedBodies() throws {
    let ali = try HoldOutTests.withManifests("xizang-ali-2018-beautiful-tibet-task-division.txt")
    #expect(ali.noticeTitle == "阿里地区行政公署关于印发《阿里地区贯彻实施<美丽西藏建设规划纲要(2014-2030年)>分工方案》的通知")
    #expect(ali.title == "阿里地区贯彻实施《美丽西藏建设规划纲要(2014-2030年)》分工方案")
    #expect(ali.genre == .taskDivision)
    let first = try #require(ali.measures.first { $0.path == ["一", "1"] })
    #expect(first.departments.map(\.surface) == ["地区发展改革委"] && first.departments.first?.role == .responsible)
    #expect(ali.measures.flatMap(\.departments).contains { $0.surface == "行署各局、委、办、处" && $0.role == .responsible })
  }

  /// liaoning-shenyang-2024: a title broken after the place and its topic (沈阳市重点产业链关键核心技术攻关
  /// ⏎ 重大科技专项实施细则); neimenggu-alashanyouqi-2023: a notice that 批转 a division carries it;
  /// qinghai-haidong-2020: a 任务清单 is a task division, and places sharing one body's ending are
  /// one name, as written.
  @Test func titlesCarriedAndBroken() throws {
    let shenyang = try HoldOutTests.parse("liaoning-shenyang-2024-key-industry-chain-tech-project-rules.txt")
    #expect(shenyang.title == "沈阳市重点产业链关键核心技术攻关重大科技专项实施细则")
    let youqi = try HoldOutTests.parse("neimenggu-alashanyouqi-2023-14th-five-year-task-division.txt")
    #expect(youqi.title == "〈阿拉善右旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要〉分工方案")
    #expect(youqi.noticeTitle?.hasSuffix("关于批转《〈阿拉善右旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要〉分工方案》的通知") == true)
    #expect(youqi.genre == .taskDivision)
    let haidong = try HoldOutTests.withManifests("qinghai-haidong-2020-lanxi-city-cluster-task-list.txt")
    #expect(haidong.genre == .taskDivision)
    let task = try #require(haidong.measures.first { $0.path == ["一", "1"] })
    #expect(task.departments.map(\.surface) == ["海东市、兰州市、临夏州发展改革部门"])
  }

  /// xinjiang-yili-2006: a copy that lost its line breaks runs the notice on one line; its
  /// sections are read again from the space before each marker, and its addressees from the
  /// colon that ends them, though the text runs on to a colon of its own.
  @Test func aDocumentRunOnOneLine() throws {
    let yili = try HoldOutTests.withManifests("xinjiang-yili-2006-11th-five-year-task-division-notice.txt")
    let paths = yili.measures.map(\.path)
    #expect(paths.contains(["一", "(一)"]) && paths.contains(["一", "(三)"]) && paths.contains(["二", "(一)", "1"]))
    let opening = try #require(yili.measures.first { $0.path == ["一", "(一)"] })
    #expect(opening.text.hasPrefix("明确区分政府职责和市场功能。"))
    #expect(yili.measures.flatMap(\.departments).contains { $0.surface == "自治州直属各县市人民政府" && $0.role == .responsible })
  }
}
