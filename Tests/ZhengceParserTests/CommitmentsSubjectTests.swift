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
    #expect(subjects("按其已支付中介费用的60%给予补助。") == ["中介费用"])
  }

  @Test func perScopeLeadsTheSubject() {
    #expect(subjects("省财政对每个项目县补助3000万元。") == ["每个项目县 补助"])
    #expect(subjects("每个贫困村选派1-2名科技特派员。") == ["每个贫困村 科技特派员"])
    #expect(subjects("每季度至少召开1次联席会议。") == ["每季度 联席会议"])
    #expect(subjects("贫困劳动力每人每年可享受不超过3次的职业培训补贴。") == ["每人每年 职业培训补贴"])
  }

  @Test func unitNamesTheSubject() {
    #expect(subjects("带动2万贫困人口脱贫。") == ["贫困人口"])
  }

  @Test func acrossAStraySpace() {
    #expect(subjects("全省共确定深度贫困村 549个,涉及多地。") == ["全省共确定深度贫困村"])
  }

  @Test func headlessClauseTakesThePreviousClause() {
    #expect(subjects("按其已支付中介费用的60%给予补助,最高不超过240万元;") == ["中介费用", "中介费用补助"])
    #expect(subjects("实现90%以上深度贫困村有宽带网络覆盖,80%以上有信息服务站。") == ["深度贫困村", "深度贫困村"])
  }

  @Test func quantitiesBackToBackShareASubject() {
    #expect(subjects("全市现有建档立卡贫困人口26.01万户79.91万人。") == ["全市现有建档立卡贫困人口", "全市现有建档立卡贫困人口"])
    #expect(subjects("加强对50周岁以上60周岁以下女性贫困劳动力可享受政策的宣传。") == ["女性贫困劳动力", "女性贫困劳动力"])
  }

  @Test func nounAfterARelativeClause() {
    #expect(subjects("对16周岁以上有长期照料护理需求的贫困重度残疾人给予补贴。") == ["贫困重度残疾人"])
    #expect(subjects("每个深度贫困县至少安排5个以上由省工商联负责的企业给予帮扶。") == ["每个深度贫困县 企业"])
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
    #expect(subjects("继续为每个县(区)落实一名市级林业高级工程师进行包联帮扶。") == ["每个县(区) 市级林业高级工程师"])
    #expect(subjects("至少每半年听取一次驻村工作汇报。") == ["每半年 驻村工作汇报"])
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
}
