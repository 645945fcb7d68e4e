import Foundation
import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// The kind of document (文种) read from its title, or from the words with which a
/// body without one names its own kind: the bundled corpus, whole
/// documents of Tests/Fixtures/realworld/docs, and titles and openings quoted
/// from the files named beside them.
@Suite struct GenreTests {
  static let rules = GenreRules.standard

  static func parse(realWorld name: String) throws -> ParsedDocument {
    try CorpusFixtures.parse(realWorld: name).document
  }

  // MARK: - The bundled corpus

  /// 广西精准扶贫实施方案, 湖南省关于支持深度贫困地区脱贫攻坚的实施方案, 中共湘西自治州委 湘西自治州人民政府
  /// 关于打赢精准脱贫攻坚战的意见, 中共辽宁省委 辽宁省人民政府 关于打赢脱贫攻坚战三年行动的实施意见, and the
  /// Ankang 实施方案 that its cover notice 关于印发《安康市巩固提升脱贫攻坚成果实施方案》的通知 carries.
  @Test(arguments: [
    (CorpusFixtures.nanning, DocumentGenre.plan), (CorpusFixtures.hunan, .plan), (CorpusFixtures.xiangxi, .opinions),
    (CorpusFixtures.liaoning, .opinions), (CorpusFixtures.ankang, .plan),
  ])
  func bundledDocuments(stem: String, genre: DocumentGenre) throws {
    #expect(try CorpusFixtures.parse(stem).document.genre == genre)
  }

  // MARK: - Whole real-world documents

  @Test(arguments: [
    // 关于下达2018年度第一批中央财政扶贫专项发展资金的通知
    ("fujian-yunxiao-2018-funds-notice.txt", DocumentGenre.fundsNotice),
    // 明溪县农业农村局 明溪县财政局 关于拨付2019年扶贫资金的函: a letter that allocates funds
    ("fujian-mingxi-2019-funds-letter.txt", .fundsNotice),
    // 汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知, then the 办法
    ("shaanxi-hanyin-2021-fund-integration-rules.txt", .rules),
    // Only the cover notice: 四川省人民政府办公厅 关于印发贯彻落实省第十一次党代会报告涉及 政府工作目标任务分工方案的通知
    ("sichuan-2017-party-congress-task-division.txt", .taskDivision),
    // Traditional: 鹿寨縣財政專項扶貧資金管理辦法, read folded (办法)
    ("guangxi-luzhai-2017-poverty-funds-rules.txt", .rules),
    // 國務院關于平潭國際旅游島建設方案的批復: a 批复 is none of the listed kinds
    ("national-2016-pingtan-tourism-island-approval.txt", .other),
    // 中共南宁市委员会关于贯彻中央和自治区扶贫开发工作 重大决策部署坚决打赢脱贫攻坚战的决定
    ("guangxi-nanning-2016-poverty-decision.txt", .decision),
    // 国务院关于印发 “十三五”脱贫攻坚规划的通知, then the 规划
    ("national-2016-13th-five-year-poverty-program.txt", .program),
    // 湖北省2017年度贫困县退出公示
    ("hubei-2018-poverty-county-exit-announcement.txt", .announcement),
  ])
  func realWorldDocuments(file: String, genre: DocumentGenre) throws {
    #expect(try Self.parse(realWorld: file).genre == genre)
  }

  /// Documents without a title whose body names its own kind (quoted from each file):
  @Test(arguments: [
    // …确保到2020年全省农村贫困人口实现脱贫,贫困县全部摘帽,特提出如下实施意见。
    ("heilongjiang-2016-poverty-opinions.txt", DocumentGenre.opinions),
    // Traditional: …全面落實…部署和要求,…作出如下決定
    ("yunnan-2015-poverty-decision-trad.txt", .decision),
    // 第一条 …根据《…关于印发〈脱贫攻坚责任制实施办法〉的通知》…等有关文件精神,制定本实施细则。
    ("jiangxi-2017-poverty-responsibility-rules.txt", .rules),
    // …特制定本行动方案。
    ("liaoning-2017-deep-poverty-plan.txt", .plan),
    // 现将资金分配使用情况公示如下:
    ("henan-beiguan-2018-funds-announcement.txt", .announcement),
    // Traditional, closing: 特此公告。
    ("hunan-2018-lottery-fund-announcement.txt", .announcement),
    // 现将2018年扶持老区农户发展生产市级专项资金安排给你们(详见附表),并就有关事项通知如下。
    ("guangdong-xinhui-2018-funds-notice.txt", .fundsNotice),
  ])
  func aBodyNamesItsOwnKind(file: String, genre: DocumentGenre) throws {
    let document = try Self.parse(realWorld: file)
    #expect(document.title == nil)
    #expect(document.genre == genre)
    #expect(document.genreSource == .body)
  }

  /// guizhou-2016-poverty-13th-five-year-program.txt opens with 第一章 规划背景 and never
  /// says what it is; hubei-1994-87-poverty-counties-notice.txt opens with its addressees.
  @Test(arguments: ["guizhou-2016-poverty-13th-five-year-program.txt", "hubei-1994-87-poverty-counties-notice.txt"])
  func aDocumentThatNamesNoKindHasNoGenre(file: String) throws {
    let document = try Self.parse(realWorld: file)
    #expect(document.title == nil)
    #expect(document.genre == nil && document.genreSource == nil)
  }

  @Test func aTitlesGenreIsReadFromTheTitle() throws {
    let document = try Self.parse(realWorld: "hubei-2018-poverty-county-exit-announcement.txt")
    #expect(document.genre == .announcement && document.genreSource == .title)
  }

  /// Words that look like a declaration but name no kind of this document.
  @Test(arguments: [
    // fujian-2005-disability-survey-group-notice: a list the document holds.
    "经省政府研究,决定成立福建省第二次全国残疾人抽样调查领导小组。领导小组成员名单如下:",
    // Plans asked of others: 本 before other words than a kind.
    "各县(市、区)要结合实际,制定本地区实施方案,并于6月底前报送。",
    // The kind in a quoted title names another document.
    "根据《关于打赢脱贫攻坚战的实施意见》要求,提出如下《要求》。",
    // A kind that does not close its clause.
    "现提出如下意见建议的具体要求,各地遵照执行。",
    // 自本 before a time, and before a kind that no verb of taking effect follows.
    "自本年度起,各县(市、区)按季度报送项目进展情况。",
    "各地执行中遇到的问题,自本通知所列部门协调解决。",
  ])
  func wordsThatNameNoKindOfTheDocument(body: String) {
    #expect(Self.rules.reading(title: nil, noticeTitle: nil, opening: body, body: Array(body.unicodeScalars)) == nil)
  }

  /// A body names its kind when it says from when it holds: 自本 X 印发之日起, 自本 X 施行之日起.
  @Test func aBodySayingFromWhenItHoldsNamesItsKind() {
    let body = "经清理,省政府决定,对2274件省政府文件宣布失效。凡宣布失效的省政府文件,自本决定印发之日起一律停止执行。"
    let reading = Self.rules.reading(title: nil, noticeTitle: nil, opening: body, body: Array(body.unicodeScalars))
    #expect(reading?.genre == .decision && reading?.source == .body)
  }

  @Test func theClosingIsReadBeforeTheOpening() {
    // A plan published for comment: its opening makes a plan, its sign-off says it is a 公示.
    let body = "结合我区工作实际,特制定如下资金使用计划。\n一、资金总额\n……\n特此公示。\n某某区财政局\n2021年7月28日"
    let reading = Self.rules.reading(title: nil, noticeTitle: nil, opening: body, body: Array(body.unicodeScalars))
    #expect(reading?.genre == .announcement && reading?.source == .body)
  }

  @Test func theContractWritesWhereTheGenreWasRead() throws {
    let data = try JSONEncoder().encode(try Self.parse(realWorld: "heilongjiang-2016-poverty-opinions.txt"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["genre"] as? String == "opinions" && object["genreSource"] as? String == "body")
  }

  @Test func theContractWritesTheGenre() throws {
    let data = try JSONEncoder().encode(try CorpusFixtures.parse(CorpusFixtures.xiangxi).document)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["genre"] as? String == "opinions" && object["genreSource"] as? String == "title")
  }

  // MARK: - Titles

  @Test(arguments: [
    // anhui-2017-county-pairing-assessment: the note after the kind is not part of it.
    ("安徽省县域结对帮扶工作考核办法(试行)", DocumentGenre.assessment),
    // beijing-2018-rural-revitalization-program
    ("北京市乡村振兴战略规划(2018—2022年)", .program),
    // xinjiang-kashi-2021-14th-five-year-outline
    ("喀什地区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", .program),
    // hunan-liling-2019-poverty-funds-allocation-plan: a plan, though it shares out funds.
    ("本级财政专项扶贫资金分配方案", .plan),
    // henan-shangqiu-2019-funds-announcement: 下达…资金 does not make a 公示 a notice.
    ("关于下达2019年第二批市级财政专项扶贫资金情况公告公示", .announcement),
    // jiangxi-2017-poyang-four-counties-task-division: 分工方案 before 方案.
    ("支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案", .taskDivision),
    // zhejiang-2020-work-report-task-division
    ("政府工作报告重点工作责任分解", .taskDivision),
    // gansu-gannan-2020-work-points
    ("甘南州2020年脱贫攻坚工作要点", .workPoints),
    // henan-2018-three-year-action-plan
    ("河南省打赢脱贫攻坚战三年行动计划", .plan),
    // gansu-2017-rural-poverty-regulations
    ("甘肃省农村扶贫开发条例", .rules),
    // chongqing-yubei-2017-government-work-rules
    ("渝北区第十八届人民政府工作规则", .rules),
    // xinjiang-2016-poverty-opinions: the 决定 it carries out is quoted; the document is opinions.
    ("自治区党委 自治区人民政府关于贯彻落实《中共中央国务院关于打赢脱贫攻坚战的决定》的意见", .opinions),
    // zhejiang-xinchang-2010-forest-fire-emergency-plan: a 预案 is not a 方案.
    ("新昌县森林火灾事故应急预案", .other),
    // xizang-lasa-2025-15th-five-year-proposal: a proposal about a 规划 is a 建议.
    ("中国共产党拉萨市委员会关于制定“十五五”时期国民经济和社会发展规划的建议", .other),
    // shandong-linyi-2025-air-raid-siren-announcement
    ("临沂市人民政府公告", .announcement),
  ])
  func titles(title: String, genre: DocumentGenre) {
    #expect(Self.rules.genre(title: title) == genre)
  }

  @Test(arguments: [
    // guizhou-2016-poverty-regulations-draft-notice: a notice asking for comments on a 条例 is a notice.
    "关于公开征求《贵州省大扶贫条例(草案)》修改意见的通知",
    // zhejiang-2010-ecological-counties-notice
    "浙江省人民政府关于命名第三批省级生态县(市、区)的通知",
    // The titles of notices on funds that allocate none (quoted in realworld/docs):
    "关于加强财政衔接推进乡村振兴补助资金项目公告公示的通知",
    "关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知",
  ])
  func noticesThatIssueNoFunds(title: String) {
    #expect(Self.rules.genre(title: title) == .notice)
  }

  @Test(arguments: [
    // fujian-zhangping-2020-rain-dew-funds-notice
    "关于下达2020年雨露计划补助资金的通知",
    // zhejiang-yongjia-2021-funds-notice
    "永嘉县财政局 永嘉县农业农村局 永嘉县乡村振兴局关于下达2021年度第三批农村基础设施和农业开发项目财政衔接补助资金的通知",
    // chongqing-banan-2025-funds-announcement cites it
    "关于提前下达2026年中央和市级财政衔接推进乡村振兴补助资金预算的通知",
  ])
  func noticesThatIssueFunds(title: String) {
    #expect(Self.rules.genre(title: title) == .fundsNotice)
  }

  @Test func aCoverNoticeHasTheGenreOfWhatItCarries() {
    // jiangxi-2017-hundred-days-plan, henan-luoyang-2018-three-year-action-plan, guangxi-longan-2019-poverty-funds-rules
    #expect(Self.rules.genre(title: "江西省扶贫开发领导小组关于印发《江西省脱贫攻坚“百日行动”实施方案》的通知") == .plan)
    #expect(Self.rules.genre(title: "隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知") == .rules)
    // shandong-2010-graduate-employment-opinions: forwarded, without 《》.
    #expect(
      Self.rules.genre(title: "山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知") == .opinions)
    // zhejiang-2020-work-report-task-division: 印发X通知, without 的.
    #expect(Self.rules.genre(title: "省政府印发2020年政府工作报告重点工作责任分解通知") == .taskDivision)
    // jiangxi-2017-deepen-poverty-opinions: the bodies, then 《X》的通知, the verb left out.
    #expect(Self.rules.genre(title: "中共江西省委办公厅 江西省人民政府办公厅 《关于深入推进脱贫攻坚工作的意见》的通知") == .opinions)
    // A notice forwarding a notice carries what that one issues.
    #expect(Self.rules.genre(title: "关于转发省财政厅关于印发《财政专项扶贫资金管理办法》的通知的通知") == .rules)
    // The title issued quotes another in marks (tianjin-2022-task-division).
    #expect(Self.rules.genre(title: "天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知") == .taskDivision)
    // heilongjiang-hegang-2025-opinions: the page's title without the bodies and 印发 before 关于.
    #expect(Self.rules.genre(title: "关于完善“府院联动”机制的意见的通知") == .opinions)
    // A file with the cover notice and no title of its own: the notice still names the document.
    #expect(Self.rules.genre(title: nil, noticeTitle: "中共洛阳市委 洛阳市人民政府关于印发《洛阳市打赢脱贫攻坚战三年行动方案》的通知") == .plan)
    #expect(Self.rules.genre(title: nil, noticeTitle: nil) == nil)
  }

  /// guangdong-xinhui-2018-funds-notice.txt opens: 根据《关于拨付2018年度扶持老区农户发展生产市级专项资金的通知》
  /// (江财农〔2018〕148号),现将2018年扶持老区农户发展生产市级专项资金安排给你们(详见附表),并就有关事项通知如下。
  static let xinhuiOpening =
    "根据《关于拨付2018年度扶持老区农户发展生产市级专项资金的通知》(江财农〔2018〕148号),现将2018年扶持老区农户发展生产市级专项资金安排给你们(详见附表),并就有关事项通知如下。"

  @Test func theOpeningOfANoticeTellsItIssuesFunds() {
    #expect(Self.rules.genre(title: "通知", opening: Self.xinhuiOpening) == .fundsNotice)
    // The file itself has no title: the opening alone gives no genre.
    #expect(Self.rules.genre(title: nil, opening: Self.xinhuiOpening) == nil)
    // Only a notice's opening counts: a plan that shares out funds stays a plan.
    #expect(Self.rules.genre(title: "本级财政专项扶贫资金分配方案", opening: Self.xinhuiOpening) == .plan)
  }

  @Test func aQuotedTitleInTheOpeningIssuesNothing() {
    // guangxi-longan-2019-poverty-funds-rules: the cover notice's body names the 办法 it issues.
    let opening = "经县人民政府同意,现将《隆安县财政专项扶贫资金管理办法》印发给你们,请结合实际认真贯彻执行。"
    #expect(Self.rules.genre(title: "通知", opening: opening) == .notice)
    // The xinhui opening without its own sentence: only the quoted 拨付…资金 is left.
    let cited = "根据《关于拨付2018年度扶持老区农户发展生产市级专项资金的通知》(江财农〔2018〕148号),请认真做好项目实施工作。"
    #expect(Self.rules.genre(title: "通知", opening: cited) == .notice)
  }

  @Test func aNoticeAboutADocumentIsANotice() {
    // guizhou-2016-poverty-regulations-draft-notice: asks for comments on the 条例; it does not issue it.
    #expect(Self.rules.genre(title: "关于公开征求《贵州省大扶贫条例(草案)》修改意见的通知") == .notice)
    // xinjiang-jinghe-2017-poverty-program-draft's notice, likewise.
    #expect(Self.rules.genre(title: "关于征求《精河县“十三五”脱贫攻坚规划(征求意见稿)》意见的通知") == .notice)
  }

  @Test func aTitleWithoutAKnownKindHasNoGenre() {
    // hubei-2018-poverty-county-exit-announcement's first line is a news headline, not a title.
    #expect(Self.rules.genre(title: "湖北:神农架林区、红安县、远安县拟退出贫困县序列") == nil)
  }

  // MARK: - The rules file

  @Test func aRulesFileNamingAnUnknownGenreIsRefused() {
    let json = #"{"genresVersion": 1, "endings": {"memo": ["备忘录"]}, "coverNotices": {"verbs": [], "notCarrying": []}, "funds": {"endings": [], "verbs": [], "nouns": [], "handedTo": "", "openingLength": 0}}"#
    #expect(throws: GenreRulesError.self) { try GenreRules(json: Data(json.utf8), path: "genres.json") }
    let newer = #"{"genresVersion": 2, "endings": {}, "coverNotices": {"verbs": [], "notCarrying": []}, "funds": {"endings": [], "verbs": [], "nouns": [], "handedTo": "", "openingLength": 0}}"#
    #expect(throws: GenreRulesError.unsupportedVersion(2, highestSupported: 1, path: "genres.json")) {
      try GenreRules(json: Data(newer.utf8), path: "genres.json")
    }
  }

  @Test func anEndingOfTwoGenresIsRefused() {
    let json = #"{"genresVersion": 1, "endings": {"plan": ["方案"], "rules": ["方案"]}, "coverNotices": {"verbs": [], "notCarrying": []}, "funds": {"endings": [], "verbs": [], "nouns": [], "handedTo": "", "openingLength": 0}}"#
    #expect(throws: GenreRulesError.malformed(path: "genres.json", reason: "ending '方案' is both plan and rules")) {
      try GenreRules(json: Data(json.utf8), path: "genres.json")
    }
  }
}
