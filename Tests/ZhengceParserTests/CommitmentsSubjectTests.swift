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

  @Test func nothingUsable() {
    #expect(subjects("最高不超过240万元。") == [nil])
  }
}
