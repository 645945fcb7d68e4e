import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Exact outlines and measures of the five shipped documents.
@Suite struct CorpusOutlineTests {
  typealias C = CorpusFixtures

  /// (path, heading) of the numbered measures in document order, for spot checks,
  /// after the `preamble` measures (path 前言) that the text before the first marker makes.
  func expectMeasures(_ stem: String, count: Int, preamble: Int, _ expected: [(Int, String, String)]) throws {
    let result = try C.parse(stem)
    let all = result.document.measures
    #expect(all.prefix(preamble).allSatisfy { $0.kind == .preamble && $0.path == ["前言"] }, "\(stem)")
    let measures = Array(all.dropFirst(preamble))
    #expect(measures.count == count, "\(stem)")
    #expect(measures.allSatisfy { $0.kind == .numbered }, "\(stem)")
    for (index, path, heading) in expected {
      try #require(index < measures.count)
      #expect(measures[index].path.joined(separator: "/") == path, "\(stem) #\(index + 1)")
      #expect(measures[index].heading == heading, "\(stem) #\(index + 1)")
      #expect(measures[index].id == "\(stem)#\(preamble + index + 1)")
    }
  }

  @Test func hunanSectionsThreeFourFive() throws {
    try expectMeasures(C.hunan, count: 32, preamble: 1, [
      (0, "一", "总体要求"), (1, "二", "区域范围"), (2, "二/(一)", "深度贫困县"), (4, "二", ""),
      (5, "三", "强化政策举措"), (6, "三/(一)", "加大财政支持力度"), (15, "三/(十)", "加大社会帮扶力度"),
      (16, "四", "解决深度贫困问题"), (17, "四/(一)", "解决因病致贫问题"), (24, "四/(八)", "加强基础设施建设"),
      (25, "五", "健全保障机制"), (26, "五/(一)", "加强组织领导,压实攻坚责任"), (31, "五/(六)", "坚持较真从严,推动工作落实"),
    ])
    let result = try C.parse(C.hunan)
    let paths = result.document.measures.map { $0.path.joined(separator: "/") }
    let cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    #expect(paths.filter { $0.hasPrefix("三/(") } == cn.map { "三/(\($0))" })
    #expect(paths.filter { $0.hasPrefix("四/(") } == cn.prefix(8).map { "四/(\($0))" })
    #expect(paths.filter { $0.hasPrefix("五/(") } == cn.prefix(6).map { "五/(\($0))" })
  }

  @Test func hunanBrokenParagraphIsJoined() throws {
    let m = try #require(C.measure(try C.parse(C.hunan), "五/(五)"))
    #expect(m.text.contains("建立生产奖补、以工代赈、劳务奖补等正向激励机制"))
    #expect(!m.text.contains("\n"))
  }

  @Test func hunanClosingAndChromeAreNoMeasure() throws {
    let result = try C.parse(C.hunan)
    #expect(result.tree.closing.count == 1)
    #expect(!result.normalized.text.contains("扫一扫"))
    #expect(!result.document.measures.contains { $0.text.contains("各级各部门要强化责任担当") })
  }

  @Test func ankangAnnexesAndContinuedNumbering() throws {
    try expectMeasures(C.ankang, count: 142, preamble: 2, [
      (0, "一", "总体要求"), (2, "二/(一)", "巩固提升产业扶贫成果"), (13, "二/(十二)", "巩固提升扶贫资产管理成果"),
      (14, "二", ""), (15, "三/(一)", "全面查漏补缺"), (21, "四/(四)", "严格督查考核"),
      (22, "附件1", "关于提升产业扶贫质量巩固脱贫成果实施方案"), (23, "附件1/一/1", "扎实实施产业规划"),
      (64, "附件5/一/1", ""), (67, "附件5/二/4", "加强农村特困人员救助供养政策的落实"), (72, "附件5/四/9", ""),
      (105, "附件9/二/4", "加强政治引领"), (113, "附件9/四/12", "培树先进典型"), (141, "附件12/六", "落实监管责任"),
    ])
    let result = try C.parse(C.ankang)
    let annex5 = result.document.measures.map { $0.path.joined(separator: "/") }.filter { $0.hasPrefix("附件5/") }
    #expect(annex5 == ["附件5/一/1", "附件5/一/2", "附件5/一/3", "附件5/二/4", "附件5/二/5", "附件5/二/6",
                       "附件5/三/7", "附件5/三/8", "附件5/四/9"])
    #expect(result.document.outline.map(\.marker) == ["一", "二", "三", "四"] + (1...12).map { "附件\($0)" })
  }

  @Test func ankangAnnexListIsNotTheAnnexes() throws {
    let result = try C.parse(C.ankang)
    #expect(result.tree.annexList.count == 12)
    let four = try #require(result.document.outline.first { $0.marker == "四" })
    #expect(four.children.map(\.marker) == ["(一)", "(二)", "(三)", "(四)"])
    #expect(!result.document.measures.contains { $0.text.contains("附件:1、") })
  }

  @Test func xiangxiDashItems() throws {
    try expectMeasures(C.xiangxi, count: 25, preamble: 1, [
      (0, "一/(一)", "指导思想"), (1, "一/(二)", "目标任务"), (2, "一/(三)/——", "坚持党政同责、群众主体"),
      (4, "一/(三)/——", "坚持整合资源、合力攻坚"), (5, "二/(一)/——", "发展生产脱贫一批"),
      (9, "二/(一)/——", "社会保障兜底一批"), (10, "二/(二)/1", "发展生产脱贫工程"), (19, "二/(二)/10", "公共服务保障工程"),
      (20, "三/(一)", "加强组织领导"), (24, "三/(五)", "形成推进合力"),
    ])
    let result = try C.parse(C.xiangxi)
    #expect(result.tree.closing.count == 2)
    #expect(!result.normalized.text.contains("-——"))
  }

  @Test func nanningInlineItemsAndDashHeadings() throws {
    try expectMeasures(C.nanning, count: 43, preamble: 1, [
      (0, "一", "总体要求"), (1, "二/(一)", "工作目标"), (2, "二/(二)/——", "精准扶贫示范区、示范村建设"),
      (4, "二/(二)/——", "教育扶贫工作"), (5, "三/(一)", "以精准扶贫示范村建设为突破口,实行整乡(镇)推进、整村推进"),
      (6, "三/(一)/1", "选点要求"), (7, "三/(一)/2/(1)", "政府引导,部门联动"),
      (11, "三/(一)/2/(5)", "以群众为主体,最大程度发挥榜样引领和示范带动作用"), (17, "三/(一)/5", "实施步骤"),
      (29, "三/(三)/3", "产业扶持“滴灌”到村到户"), (41, "四/(五)", "强化考核和监督指导"), (42, "四/(六)", "加大宣传力度,营造浓厚氛围"),
    ])
    let result = try C.parse(C.nanning)
    let two = try #require(result.document.outline.first { $0.marker == "三" }?.children.first?.children.first { $0.marker == "2" })
    #expect(two.children.map(\.marker) == ["(1)", "(2)", "(3)", "(4)", "(5)"])
    // A paragraph between (五) and (六) continues (五).
    let five = try #require(C.measure(result, "四/(五)"))
    #expect(five.text.hasSuffix("保证扶贫资金在阳光下运行。"))
    #expect(five.text.contains("\n启动扶贫绩效为导向的财政专项扶贫资金分配机制"))
  }

  @Test func liaoningLastMeasureAndChrome() throws {
    try expectMeasures(C.liaoning, count: 52, preamble: 1, [
      (0, "一/(一)", "指导思想"), (1, "一/(二)", "目标任务"), (2, "二/(一)", "推进一批产业扶贫"),
      (9, "三/(一)", "加大资金投入力度"), (15, "四/(四)", "实施网络扶贫行动"), (22, "五/(六)", "推动扶贫志愿服务上规模"),
      (29, "七/(三)", "持续实施农村贫困残疾人家庭无障碍改造和危房改造"), (36, "九/(一)", "实施财政投入政策支持保障"),
      (41, "十/(一)", "压实各级党委和政府责任"), (51, "十/(十一)", "统筹衔接脱贫攻坚与乡村振兴"),
    ])
    let result = try C.parse(C.liaoning)
    let text = result.normalized.text
    for chrome in ["责任编辑", "分享到", "35.1K", "聚焦中央乡村工作会议", "稳秋粮", "滚动资讯"] {
      #expect(!text.contains(chrome), "\(chrome)")
    }
    #expect(result.document.measures.last?.text.hasSuffix("生活富裕的乡村振兴目标。") == true)
  }

  @Test(arguments: CorpusFixtures.all)
  func everyMeasureTextIsItsSpanOfTheNormalisedText(stem: String) throws {
    let result = try C.parse(stem)
    for m in result.document.measures {
      #expect(m.text == result.normalized.slice(m.span), "\(m.id)")
      #expect(!m.text.isEmpty && m.text.first != " " && m.text.last != "\n", "\(m.id)")
    }
    let spans = result.document.measures.map(\.span)
    #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start }, "measures overlap or are out of order")
  }
}
