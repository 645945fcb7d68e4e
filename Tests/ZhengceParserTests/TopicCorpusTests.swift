import Testing
import ZhengceCore
import ZhengceParser

/// Topics the standard pipeline gives real corpus measures, picked by path
/// (and heading where a path repeats), exact and in score order.
@Suite struct TopicCorpusTests {
  static let nanning = "guangxi-nanning-2015-precision-poverty-plan"
  static let hunan = "hunan-2018-deep-poverty-plan"
  static let xiangxi = "hunan-xiangxi-2016-precision-poverty-opinions"
  static let liaoning = "liaoning-2019-three-year-action-opinions"
  static let ankang = "shaanxi-ankang-2020-consolidation-plan"

  static let cases: [(String, String, String?, [String])] = [
    (nanning, "二/(二)/——", "精准扶贫示范区", ["易地扶贫搬迁"]),
    (nanning, "二/(二)/——", "教育扶贫工作", ["教育扶贫", "就业扶贫"]),
    (nanning, "三/(一)/3/(1)", nil, ["电力基础设施", "交通基础设施", "饮水安全"]),
    (nanning, "三/(二)/3/(1)", nil, ["易地扶贫搬迁", "住房安全"]),
    (nanning, "三/(二)/3/(2)", nil, ["土地政策", "易地扶贫搬迁"]),
    (nanning, "三/(三)/4/(1)", nil, ["易地扶贫搬迁"]),
    (nanning, "三/(三)/5", nil, ["金融扶贫"]),
    (nanning, "三/(四)/1", nil, ["教育扶贫"]),
    (nanning, "四/(四)", nil, ["驻村帮扶与基层党建"]),
    (nanning, "四/(五)", nil, ["考核督查", "资金监管"]),
    (hunan, "二/(一)", nil, []),
    (hunan, "三/(二)", nil, ["金融扶贫"]),
    (hunan, "三/(四)", nil, ["土地政策"]),
    (hunan, "三/(五)", nil, ["易地扶贫搬迁"]),
    (hunan, "三/(七)", nil, ["生态扶贫"]),
    (hunan, "三/(十)", nil, ["社会帮扶与东西部协作"]),
    (hunan, "四/(一)", nil, ["健康扶贫"]),
    (hunan, "四/(三)", nil, ["饮水安全"]),
    (hunan, "四/(八)", nil, ["交通基础设施", "网络基础设施", "电力基础设施", "产业扶贫", "人居环境整治"]),
    (hunan, "五/(四)", nil, ["资金监管"]),
    (hunan, "五/(五)", nil, ["扶贫扶志"]),
    (xiangxi, "二/(一)/——", "易地搬迁脱贫一批", ["易地扶贫搬迁"]),
    (xiangxi, "二/(一)/——", "社会保障兜底一批", ["兜底保障"]),
    (xiangxi, "二/(二)/2", nil, ["产业扶贫"]),
    (xiangxi, "二/(二)/4", nil, ["易地扶贫搬迁"]),
    (xiangxi, "二/(二)/6", nil, ["健康扶贫"]),
    (xiangxi, "二/(二)/9", nil, ["交通基础设施", "网络基础设施", "电力基础设施"]),
    (xiangxi, "三/(四)", nil, ["考核督查"]),
    (liaoning, "二/(三)", nil, ["住房安全"]),
    (liaoning, "二/(五)", nil, ["兜底保障"]),
    (liaoning, "四/(一)", nil, ["交通基础设施"]),
    (liaoning, "四/(三)", nil, ["电力基础设施"]),
    (liaoning, "四/(四)", nil, ["网络基础设施"]),
    (liaoning, "五/(一)", nil, ["社会帮扶与东西部协作"]),
    (liaoning, "六/(三)", nil, ["精准识别与动态管理"]),
    (liaoning, "七/(三)", nil, ["住房安全", "兜底保障"]),
    (liaoning, "九/(三)", nil, ["土地政策"]),
    (liaoning, "十/(六)", nil, ["驻村帮扶与基层党建"]),
    (ankang, "二", "", ["人居环境整治", "易地扶贫搬迁"]),
    (ankang, "二/(一)", nil, ["产业扶贫"]),
    (ankang, "二/(六)", nil, ["住房安全"]),
    (ankang, "附件1/一/4", nil, ["产业扶贫"]),
    (ankang, "附件3/二/1", nil, ["教育扶贫"]),
    (ankang, "附件4/五", nil, ["健康扶贫"]),
    (ankang, "附件5/三/7", nil, ["兜底保障"]),
    (ankang, "附件7/二/(一)", nil, ["生态扶贫"]),
    (ankang, "附件8/二/2", nil, ["饮水安全"]),
    (ankang, "附件8/四/1", nil, ["网络基础设施"]),
    (ankang, "附件9/一/2", nil, ["驻村帮扶与基层党建"]),
    (ankang, "附件10/三/2", nil, ["扶贫扶志"]),
    (ankang, "附件11/三/2", nil, ["资金监管"]),
    (ankang, "附件12/四", nil, ["资金监管", "产业扶贫"]),
  ]

  @Test(arguments: cases)
  func measureTopics(document: String, path: String, heading: String?, expected: [String]) throws {
    let measure = try #require(
      TopicCorpus.measure(document, path, heading: heading), "no single measure \(path) \(heading ?? "") in \(document)")
    #expect(measure.topics == expected, "\(document) \(path) \(measure.heading)")
  }

  @Test func casesCoverEveryDocumentWithThirtyMeasures() {
    #expect(Self.cases.count >= 30)
    #expect(Set(Self.cases.map(\.0)) == Set(TopicCorpus.documents.keys))
    #expect(TopicCorpus.documents.count == 5)
  }

  /// Liaoning's 2019 plan has no relocation text (no 搬迁, 移民 or 易地 at all;
  /// 安置 only for jobs, land compensation and schooling), so none of its
  /// measures is about 易地扶贫搬迁, while every other document has some.
  @Test func relocationMeasuresPerDocument() {
    func count(_ id: String) -> Int {
      TopicCorpus.documents[id]?.measures.filter { $0.topics.contains("易地扶贫搬迁") }.count ?? -1
    }
    #expect(count(Self.liaoning) == 0)
    #expect(count(Self.hunan) == 1)
    #expect(count(Self.xiangxi) == 2)
    #expect(count(Self.nanning) == 13)
    #expect(count(Self.ankang) == 2)
  }
}
