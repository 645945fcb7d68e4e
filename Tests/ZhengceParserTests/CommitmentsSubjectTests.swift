import Testing
import ZhengceCore
import ZhengceParser

@Suite struct CommitmentsSubjectTests {
  private func subjects(_ text: String) -> [String?] {
    CommitmentExtractor().extract(from: text, documentDate: nil).map(\.subject)
  }

  @Test func nounAfterTheQuantity() {
    #expect(subjects("新增5个以上产业帮扶项目。") == ["产业帮扶项目"])
    #expect(subjects("涉及6个市州36个县区237个乡镇。") == ["市州", "县区", "乡镇"])
  }

  @Test func phraseBeforeTheQuantity() {
    #expect(subjects("将村级组织运转经费逐步提升至13万元/年。") == ["村级组织运转经费"])
    #expect(subjects("贫困地区农民人均可支配收入比2010年翻一番以上。") == ["贫困地区农民人均可支配收入"])
    #expect(subjects("中央财政专项扶贫资金达到200亿元。") == ["中央财政专项扶贫资金"])
  }

  /// 按…的60%给予补助: a rate paid on a base names what it pays, as the readers of the
  /// real-world corpus named it (qinghai-datong-2011: 按形成固定资产实际投资额的1%给予奖励 → 奖励).
  @Test func aRatePaidOnABase() {
    #expect(subjects("按其已支付中介费用的60%给予补助。") == ["补助"])
    #expect(subjects("按1%提取项目管理费。") == ["项目管理费"])
  }

  private func subjectsAndScopes(_ text: String) -> [[String?]] {
    CommitmentExtractor().extract(from: text, documentDate: nil).map { [$0.subject, $0.per] }
  }

  @Test func perScopeIsKeptApartFromTheSubject() {
    #expect(subjectsAndScopes("省财政对每个项目县补助3000万元。") == [["补助", "每个项目县"]])
    #expect(subjectsAndScopes("每个贫困村选派1-2名科技特派员。") == [["科技特派员", "每个贫困村"]])
    #expect(subjectsAndScopes("每季度至少召开1次联席会议。") == [["联席会议", "每季度"]])
    #expect(subjectsAndScopes("贫困劳动力每人每年可享受不超过3次的职业培训补贴。") == [["职业培训补贴", "每人每年"]])
    // xinjiang-yutian-2017-funds-announcement: a scope of buildings or heads of livestock.
    #expect(subjectsAndScopes("新建牲畜棚圈3382座,每座补助10000元。") == [["牲畜棚圈", nil], ["补助", "每座"]])
    #expect(subjectsAndScopes("带动2万贫困人口脱贫。") == [["贫困人口", nil]])
  }

  /// fujian-zhangping-2020-rain-dew-funds-notice, shanghai-2020-grain-oil-assistance-notice (folded):
  /// a scope right before the figure leaves the noun before the scope.
  @Test func aScopeRightBeforeTheFigureLeavesTheNounBeforeIt() {
    #expect(subjectsAndScopes("补助标准为每人每年3000元。") == [["补助标准", "每人每年"]])
    #expect(subjectsAndScopes("折算价格为每月72元。") == [["折算价格", "每月"]])
    #expect(subjectsAndScopes("基本生活标准每人每月1240元。") == [["基本生活标准", "每人每月"]])
  }

  /// tianjin-2025-subsistence-allowance-notice (hold-out): the scope of a change is written before its new value.
  @Test func aChangeKeepsTheScopeOfItsNewValue() {
    #expect(subjectsAndScopes("本市最低生活保障标准由每人每月1010元统一调整为每人每月1045元;") == [["最低生活保障标准", "每人每月"]])
    #expect(subjectsAndScopes("即城市特困人员供养标准为每人每月1870元。") == [["城市特困人员供养标准", "每人每月"]])
  }

  /// Figures listed after 分别 measure the nouns listed before it, in order (heilongjiang-2017-poverty-program;
  /// fujian-2018-poverty-program: a second list after 分别 measures the same nouns).
  @Test func figuresListedAfterRespectivelyMeasureTheNounsListedBeforeIt() {
    #expect(subjects("贫困地区GDP、财政收入、农民人均纯收入分别为2013.3亿元、108.8亿元和8736.6元。") == ["贫困地区GDP", "财政收入", "农民人均纯收入"])
    #expect(
      subjects("2015年,23个重点县GDP、地方公共财政收入、农民人均可支配收入分别达到2445.19亿元、111.32亿元、11994元,分别比2010年增长89.01%、141.58%、86.75%。")
        == ["重点县", "GDP", "地方公共财政收入", "农民人均可支配收入", "GDP", "地方公共财政收入", "农民人均可支配收入"])
  }

  /// A preposition or a verb alone before the figure is not what is counted (hunan-2019-poverty-county-exit-announcement:
  /// 如有异议,请于7天内…; jiangsu-2010-rural-work-task-division: 完成1000个为农服务社, where 为 is read as a preposition).
  @Test func aPrepositionOrAVerbAloneIsNoSubject() {
    #expect(subjects("如有异议,请于7天内(2019年3月17日—23日)向湖南省扶贫开发领导小组办公室反映。") == [nil])
    #expect(subjects("完成1000个为农服务社。") == [nil])
  }

  @Test func theAreaAndTheVerbBeforeTheThingCountedAreNotTheSubject() {
    // hainan-2018-three-year-action-plan, anhui-jinzhai-2025-funds-announcement,
    // jiangsu-2010-rural-work-task-division, zhejiang-hangzhou-2023-rural-work-points.
    #expect(subjects("全省贫困发生率降至2.2%。") == ["贫困发生率"])
    #expect(subjects("安排产业发展项目资金14343.83万元。") == ["产业发展项目资金"])
    #expect(subjects("安排以工代赈项目资金689万元。") == ["以工代赈项目资金"])
    #expect(subjects("新建农村卫生户厕83万座。") == ["农村卫生户厕"])
    #expect(subjects("农林牧渔业增加值增长2.5%。") == ["农林牧渔业增加值"])
    #expect(subjects("扶贫资金共计2600万元。") == ["扶贫资金"])
    #expect(subjects("2019年度鲤城区对口帮扶资金1200万元。") == ["鲤城区对口帮扶资金"])
  }

  @Test func aVerbStaysWhenLittleWouldRemain() {
    #expect(subjects("培训经费100万元。") == ["培训经费"])
    #expect(subjects("建设用地100亩。") == ["建设用地"])
  }

  @Test func whatIsNewOrRemovedStaysInTheSubject() {
    // guizhou-2016-poverty-13th-five-year-program: "…新增农田有效灌溉面积 466.73 万亩…"
    #expect(subjects("新增农田有效灌溉面积466.73万亩。") == ["新增农田有效灌溉面积"])
    #expect(subjects("累计减少贫困人口656万人。") == ["减少贫困人口"])
  }

  @Test func aBareLevelKeepsTheLevelsInItsBrackets() {
    // anhui-2017-county-pairing-assessment: "…40个县(市、区)…"
    #expect(subjects("考核对象为40个县(市、区)。") == ["县(市、区)"])
    #expect(subjects("全省共有11个省扶贫开发工作重点县(以下简称重点县)。") == ["省扶贫开发工作重点县"])
  }

  @Test func aPredicateAfterTheNounEndsIt() {
    // anhui-2019-three-year-opinions: "…789个贫困村需要出列…"
    #expect(subjects("全省还有789个贫困村需要出列。") == ["贫困村"])
    // shanxi-2016-poverty-opinions: "…全省119个县中,58个是贫困县…"
    #expect(subjects("全省119个县中,有一半以上是贫困县。")[0] == "县")
    // fujian-2019-twelve-counties-announcement, henan-xuchang-2018-three-year-action-plan.
    #expect(subjects("12个省级扶贫开发工作重点县均已达到退出条件。") == ["省级扶贫开发工作重点县"])
    #expect(subjects("7个深度贫困村每村每年新增100万元专项扶贫资金。")[0] == "深度贫困村")
  }

  @Test func unitNamesTheSubject() {
    #expect(subjects("带动2万贫困人口脱贫。") == ["贫困人口"])
  }

  /// 综合得分=(城市规划管理分值)×10%: a weight names what it multiplies (henan-2010-city-fine-management-assessment);
  /// 力争3% after 增长2.5% aims higher for the same figure; a colon after 调整为 leads to the figure.
  @Test func weightsAimsAndColons() {
    #expect(subjects("综合得分=(城市规划管理分值)×10%+(市容环境卫生管理分值)×20%。") == ["城市规划管理分值", "市容环境卫生管理分值"])
    #expect(subjects("农林牧渔业增加值增长2.5%,力争3%。") == ["农林牧渔业增加值", "农林牧渔业增加值"])
    #expect(subjects("农村特困供养基本生活标准调整为:8748元/人/年。") == ["农村特困供养基本生活标准"])
  }

  @Test func acrossAStraySpace() {
    #expect(subjects("全省共确定深度贫困村 549个,涉及多地。") == ["深度贫困村"])
  }

  @Test func headlessClauseTakesThePreviousClause() {
    #expect(subjects("按其已支付中介费用的60%给予补助,最高不超过240万元;") == ["补助", "补助"])
    #expect(subjects("实现90%以上深度贫困村有宽带网络覆盖,80%以上有信息服务站。") == ["深度贫困村", "深度贫困村"])
  }

  @Test func quantitiesBackToBackShareASubject() {
    #expect(subjects("全市现有建档立卡贫困人口26.01万户79.91万人。") == ["建档立卡贫困人口", "建档立卡贫困人口"])
    #expect(subjects("加强对50周岁以上60周岁以下女性贫困劳动力可享受政策的宣传。") == ["女性贫困劳动力", "女性贫困劳动力"])
  }

  @Test func nounAfterARelativeClause() {
    #expect(subjects("对16周岁以上有长期照料护理需求的贫困重度残疾人给予补贴。") == ["贫困重度残疾人"])
    #expect(subjectsAndScopes("每个深度贫困县至少安排5个以上由省工商联负责的企业给予帮扶。") == [["企业", "每个深度贫困县"]])
  }

  @Test func linkingVerbKeepsThePhraseBefore() {
    #expect(subjects("到2020年扶贫信贷资金达到200亿元县市整合部分扶贫资金。") == ["扶贫信贷资金"])
    #expect(subjects("力争到2019年深度贫困县县城实现30分钟内上高速。") == ["深度贫困县县城"])
    #expect(subjects("到2020年村级集体经济年收入平均达到50万元左右。") == ["村级集体经济年收入"])
  }

  @Test func oneCharacterPlaceNoun() {
    #expect(subjects("加大省内经济较发达7个市对口帮扶湘西自治州7个县力度。") == ["市", "县"])
    #expect(subjects("2020年,60%以上的村创建成为文明村。") == ["村"])
  }

  @Test func scopesWithParentheticalOrHalf() {
    #expect(subjectsAndScopes("继续为每个县(区)落实一名市级林业高级工程师进行包联帮扶。") == [["市级林业高级工程师", "每个县(区)"]])
    #expect(subjectsAndScopes("至少每半年听取一次驻村工作汇报。") == [["驻村工作汇报", "每半年"]])
  }

  @Test func phraseStartsAfterItsVerb() {
    #expect(subjects("全年会同财政、审计部门组织开展重点业务专项检查和问题整改督查2次以上。") == ["重点业务专项检查和问题整改督查"])
  }

  @Test func differenceNamesWhatDiffers() {
    #expect(subjects("贫困人口人均纯收入年平均增幅高于全县(区)平均水平1个百分点以上。") == ["贫困人口人均纯收入年平均增幅"])
    #expect(subjects("增幅高于全市平均水平5%以上。") == ["全市平均水平"])
  }

  @Test func shortParentheticalInsideThePhrase() {
    #expect(subjects("相关县(区)财政按不少于1:0.5比例配套。") == ["相关县(区)财政"])
    #expect(subjects("实现扶贫开发工作重点县(区)和贫困村农民人均纯收入达5000元以上。") == ["贫困村农民人均纯收入"])
  }

  @Test func nothingUsable() {
    #expect(subjects("最高不超过240万元。") == [nil])
  }

  /// Words that hold a function character are not cut at it, and a phrase
  /// of up to 20 characters before the figure is kept whole.
  /// shanghai-fengxian-2024-vegetable-subsidy-funds-notice (folded): 其他 is not 其 (its);
  /// guangdong-2016-three-year-poverty-opinions: 相对 is not the preposition 对;
  /// jiangsu-2010-rural-work-task-division: a subject of 17 characters.
  @Test func wordsHoldingAFunctionCharacterAreNotCutThere() {
    #expect(subjects("冬季绿叶菜上市2亩次及以上。其他蔬菜种植补贴上限为1个亩次。").last == "其他蔬菜种植补贴上限")
    #expect(subjects("按村年人均可支配收入低于8000元、相对贫困人口占村户籍人口5%以上的标准。").last == "相对贫困人口占村户籍人口")
    #expect(subjects("(2)农民健康工程。农村基本公共卫生服务年人均补助资金不低于15元。") == ["农村基本公共卫生服务年人均补助资金"])
  }
}
