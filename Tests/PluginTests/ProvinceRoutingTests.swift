import Testing
import ZhengceCore
import ZhengceParser

/// One document opening per provincial-level division: a real document's title,
/// 文号 and signature (落款), each quoted from the real-world corpus
/// (`Tests/Fixtures/realworld/docs/<file>`, expectations in `expectations/*.jsonl`),
/// is routed to its province's plugin with its region.
@Suite struct ProvinceRoutingTests {
  struct Opening: Sendable, CustomStringConvertible {
    var plugin: String
    /// The real-world file the lines come from.
    var file: String
    var title: String
    var docNumber: String?
    var signature: [String] = []
    /// The signature's date; nil where the source gives none.
    var date: String?
    var region: Region

    var description: String { plugin }

    /// Title, 文号, addressees and the signature over its date, as the document lays them out.
    var text: String {
      ([title] + (docNumber.map { [$0] } ?? []) + ["各有关单位:", "一、总体要求", "现将有关事项通知如下。"] + signature + (date.map { [$0] } ?? []))
        .joined(separator: "\n")
    }
  }

  static func r(_ province: String, _ city: String? = nil, _ county: String? = nil, level: RegionLevel) -> Region {
    Region(province: province, city: city, county: county, level: level)
  }

  static let openings: [Opening] = [
    Opening(plugin: "anhui", file: "anhui-xuancheng-2011-housing-complaint-rules.txt", title: "宣城市房屋建筑工程质量投诉处理办法",
      signature: ["安徽省宣城市人民政府"], date: "2011年11月11日", region: r("安徽省", "宣城市", nil, level: .city)),
    Opening(plugin: "beijing", file: "beijing-2023-rural-construction-plan.txt", title: "北京市乡村建设行动实施方案",
      signature: ["中共北京市委办公厅", "北京市人民政府办公厅"], date: "2023年3月27日", region: r("北京市", level: .province)),
    Opening(plugin: "chongqing", file: "chongqing-2019-work-points.txt", title: "2019年全市脱贫攻坚工作要点", docNumber: "渝扶组发〔2019〕1号",
      signature: ["重庆市扶贫开发领导小组"], date: "2019年2月13日", region: r("重庆市", level: .province)),
    Opening(plugin: "fujian", file: "fujian-mingxi-2019-funds-letter.txt", title: "明溪县农业农村局 明溪县财政局关于拨付2019年扶贫资金的函",
      signature: ["明溪县农业农村局"], date: "2019年8月15日", region: r("福建省", "三明市", "明溪县", level: .county)),
    Opening(plugin: "gansu", file: "gansu-2017-poverty-13th-five-year-program.txt", title: "甘肃省“十三五”脱贫攻坚规划", docNumber: "甘政办发〔2017〕55号",
      signature: ["甘肃省人民政府办公厅"], date: "2017年4月5日", region: r("甘肃省", level: .province)),
    Opening(plugin: "guangdong", file: "guangdong-2017-poverty-inspection-rules.txt", title: "广东省新时期脱贫攻坚督查巡查工作办法",
      signature: ["广东省扶贫开发领导小组"], date: "2017年3月3日", region: r("广东省", level: .province)),
    Opening(plugin: "guangxi", file: "guangxi-luzhai-2017-poverty-funds-rules.txt", title: "鹿寨縣財政專項扶貧資金管理辦法", docNumber: "鹿政辦發〔2017〕85號",
      signature: ["鹿寨縣人民政府辦公室"], date: "2017年10月16日", region: r("广西壮族自治区", "柳州市", "鹿寨县", level: .county)),
    Opening(plugin: "guizhou", file: "guizhou-2012-special-funds-rules-trad.txt", title: "貴州省省級財政專項資金管理辦法", docNumber: "黔府辦發〔2012〕34號",
      signature: ["貴州省人民政府辦公廳"], date: "2012年7月21日", region: r("贵州省", level: .province)),
    Opening(plugin: "hainan", file: "hainan-2018-three-year-action-plan.txt", title: "海南省打赢脱贫攻坚战三年行动计划", docNumber: "琼发〔2018〕15号",
      signature: ["中共海南省委", "海南省人民政府"], date: "2018年9月4日", region: r("海南省", level: .province)),
    Opening(plugin: "hebei", file: "hebei-2002-poverty-program.txt", title: "河北省农村扶贫开发规划(2001—2010年)",
      signature: ["中共河北省委", "河北省人民政府"], date: "2002年4月10日", region: r("河北省", level: .province)),
    Opening(plugin: "heilongjiang", file: "heilongjiang-2000-document-rules.txt", title: "黑龙江省人民政府发文办理工作规则", docNumber: "黑政办〔2000〕66号",
      signature: ["黑龙江省人民政府办公厅"], date: "2000年12月27日", region: r("黑龙江省", level: .province)),
    Opening(plugin: "henan", file: "henan-2017-13th-five-year-poverty-program.txt", title: "河南省“十三五”脱贫攻坚规划", docNumber: "豫政办〔2017〕24号",
      signature: ["河南省人民政府办公厅"], date: "2017年1月25日", region: r("河南省", level: .province)),
    Opening(plugin: "hubei", file: "hubei-2018-poverty-county-exit-announcement.txt", title: "湖北省2017年度贫困县退出公示",
      signature: ["湖北省扶贫攻坚领导小组办公室"], date: "2018年2月14日", region: r("湖北省", level: .province)),
    Opening(plugin: "hunan", file: "hunan-2018-poverty-exit-approval.txt", title: "湖南省人民政府关于同意祁东县等7县市区脱贫摘帽的批复", docNumber: "湘政函〔2018〕45号",
      signature: ["湖南省人民政府"], date: "2018年4月23日", region: r("湖南省", level: .province)),
    Opening(plugin: "jiangsu", file: "jiangsu-changzhou-zhonglou-2020-grain-emergency-plan.txt", title: "常州市钟楼区粮食应急预案", docNumber: "钟政办发〔2020〕51号",
      signature: ["常州市钟楼区人民政府办公室"], date: "2020年12月10日", region: r("江苏省", "常州市", "钟楼区", level: .county)),
    Opening(plugin: "jiangxi", file: "jiangxi-jian-2003-open-government-rules.txt", title: "吉安市市本级政务公开工作实施细则", docNumber: "吉府发〔2003〕37号",
      signature: ["江西省吉安市人民政府办公室"], date: "2003年12月4日", region: r("江西省", "吉安市", nil, level: .city)),
    Opening(plugin: "jilin", file: "jilin-2021-greening-notice.txt", title: "吉林省人民政府办公厅关于印发吉林省第三个十年绿化美化吉林大地规划(2021-2030年)的通知",
      docNumber: "吉政办发〔2021〕11号", signature: ["吉林省人民政府办公厅"], date: "2021年3月9日", region: r("吉林省", level: .province)),
    Opening(plugin: "liaoning", file: "liaoning-2002-village-opinions.txt", title: "辽宁省人民政府关于2003年实施400个贫困村开发式扶贫的意见", docNumber: "辽政发〔2002〕68号",
      region: r("辽宁省", level: .province)),
    Opening(plugin: "neimenggu", file: "neimenggu-eerduosi-2020-notice.txt", title: "鄂尔多斯市巩固脱贫成果防止返贫致贫若干工作措施", docNumber: "鄂脱贫组办发〔2020〕22号",
      signature: ["鄂尔多斯市精准脱贫攻坚工作领导小组办公室"], date: "2020年9月15日", region: r("内蒙古自治区", "鄂尔多斯市", nil, level: .city)),
    Opening(plugin: "ningxia", file: "ningxia-2021-consolidation-14th-five-year-program.txt", title: "宁夏回族自治区巩固拓展脱贫攻坚成果同乡村振兴有效衔接“十四五”规划",
      docNumber: "宁政办发〔2021〕93号", signature: ["宁夏回族自治区人民政府办公厅"], date: "2021年12月7日", region: r("宁夏回族自治区", level: .province)),
    Opening(plugin: "qinghai", file: "qinghai-2016-poverty-action-plans.txt", title: "青海省发展产业脱贫攻坚行动计划", docNumber: "青政办〔2016〕29号",
      signature: ["青海省人民政府办公厅"], date: "2016年2月29日", region: r("青海省", level: .province)),
    Opening(plugin: "shaanxi", file: "shaanxi-hanyin-2021-fund-integration-rules.txt", title: "汉阴县过渡期统筹整合使用财政涉农资金管理办法", docNumber: "汉政办发〔2021〕88号",
      signature: ["汉阴县人民政府办公室"], date: "2021年9月28日", region: r("陕西省", "安康市", "汉阴县", level: .county)),
    Opening(plugin: "shandong", file: "shandong-2010-graduate-employment-opinions.txt", title: "关于做好2010年普通高校毕业生就业工作的意见", docNumber: "鲁政办发〔2010〕21号",
      signature: ["山东省人民政府办公厅"], date: "2010年4月30日", region: r("山东省", level: .province)),
    Opening(plugin: "shanghai", file: "shanghai-xuhui-2012-culture-fund-rules.txt", title: "徐汇区文化发展专项资金管理办法", docNumber: "徐府办发〔2012〕19号",
      signature: ["上海市徐汇区人民政府办公室"], date: "2012年6月12日", region: r("上海市", nil, "徐汇区", level: .county)),
    Opening(plugin: "shanxi", file: "shanxi-2018-income-plan.txt", title: "山西省激发重点群体活力带动城乡居民增收的实施方案", docNumber: "晋政发〔2018〕13号",
      signature: ["山西省人民政府"], date: "2018年3月27日", region: r("山西省", level: .province)),
    Opening(plugin: "sichuan", file: "sichuan-2017-party-congress-task-division.txt",
      title: "四川省人民政府办公厅关于印发贯彻落实省第十一次党代会报告涉及政府工作目标任务分工方案的通知", docNumber: "川办发〔2017〕64号",
      signature: ["四川省人民政府办公厅"], date: "2017年6月30日", region: r("四川省", level: .province)),
    Opening(plugin: "tianjin", file: "tianjin-2022-task-division.txt", title: "关于落实国务院《政府工作报告》重点工作的任务分工",
      signature: ["天津市人民政府"], date: "2022年5月6日", region: r("天津市", level: .province)),
    Opening(plugin: "xinjiang", file: "xinjiang-1994-million-people-subsistence-plan.txt", title: "新疆维吾尔自治区百万人温饱工程计划", docNumber: "新政发〔1994〕103号",
      signature: ["自治区人民政府"], date: "1994年12月27日", region: r("新疆维吾尔自治区", level: .province)),
    Opening(plugin: "xizang", file: "xizang-ali-2021-work-rules.txt", title: "阿里地区行政公署工作规则", docNumber: "阿行发〔2021〕42号",
      signature: ["阿里地区行政公署"], date: "2021年11月9日", region: r("西藏自治区", "阿里地区", nil, level: .city)),
    Opening(plugin: "yunnan", file: "yunnan-2022-regional-development-14th-five-year-program.txt", title: "云南省“十四五”区域协调发展规划", docNumber: "云政办发〔2022〕25号",
      signature: ["云南省人民政府办公厅"], date: "2022年4月14日", region: r("云南省", level: .province)),
    Opening(plugin: "zhejiang", file: "zhejiang-yongjia-2021-funds-notice.txt",
      title: "永嘉县财政局 永嘉县农业农村局 永嘉县乡村振兴局关于下达2021年度第三批农村基础设施和农业开发项目财政衔接补助资金的通知",
      docNumber: "永财农〔2021〕471号", signature: ["永嘉县财政局"], date: "2021年11月16日", region: r("浙江省", "温州市", "永嘉县", level: .county)),
  ]

  @Test func everyProvinceHasAnOpening() throws {
    let provinces = try PluginFixtures.builtins().plugins.map(\.id)
    #expect(Set(Self.openings.map(\.plugin)) == Set(provinces))
    #expect(Self.openings.count == 31)
  }

  @Test(arguments: openings)
  func anOpeningGoesToItsProvince(_ opening: Opening) throws {
    let result = try PluginFixtures.parse(opening.text, registry: try PluginFixtures.builtins())
    #expect(result.document.plugin == opening.plugin, "\(opening.file): \(result.region.evidence)")
    var region = result.document.region
    region.code = nil
    #expect(region == opening.region, "\(opening.file): \(result.region.evidence)")
  }
}
