import Testing
import ZhengceCore
import ZhengceParser

@Suite struct CommitmentsComparatorTests {
  @Test func atLeastWords() {
    #expect(commitments("保证90%以上扶贫对象有稳定收入,每月指导工作不少于1次,至少安排5个企业,不低于全省新增总量的15%。") == [
      Expected("90%以上", 90, "%", .atLeast),
      Expected("不少于1次", 1, "次", .atLeast),
      Expected("5个", 5, "个", .atLeast),
      Expected("15%", 15, "%", .atLeast),
    ])
  }

  @Test func atMostWords() {
    #expect(commitments("享受不超过3次的补贴,60周岁以下,占地面积不超过80平方米,利率控制在12%,30分钟内上高速,5年以内。") == [
      Expected("不超过3次", 3, "次", .atMost),
      Expected("60周岁以下", 60, "岁", .atMost),
      Expected("不超过80平方米", 80, "平方米", .atMost),
      Expected("控制在12%", 12, "%", .atMost),
      Expected("30分钟内", 30, "分钟", .atMost),
      Expected("5年以内", 5, "年", .atMost),
    ])
  }

  @Test func strictBoundsAndNegation() {
    #expect(commitments("发生率低于 2%,增幅高于5个百分点,不超过4人,不低于3户。") == [
      Expected("2%", 2, "%", .below),
      Expected("高于5个百分点", 5, "百分点", .above),
      Expected("不超过4人", 4, "人", .atMost),
      Expected("不低于3户", 3, "户", .atLeast),
    ])
  }

  @Test func approximately() {
    #expect(commitments("年收入达到50万元左右,每年救助大学生约0.6万人。") == [
      Expected("50万元左右", 500_000, "元", .approximately),
      Expected("约0.6万人", 6000, "人", .approximately),
    ])
  }

  /// The contract has no "approximately at most": 控制在…左右 is a ceiling, written <=.
  @Test func approximateCapIsAtMost() {
    #expect(commitments("农村贫困发生率控制在12%左右,综合贫困发生率控制到3%左右,不超过5000人左右。") == [
      Expected("控制在12%左右", 12, "%", .atMost),
      Expected("控制到3%左右", 3, "%", .atMost),
      Expected("不超过5000人左右", 5000, "人", .atMost),
    ])
    #expect(commitments("发生率不低于60%左右。") == [Expected("不低于60%左右", 60, "%", .atLeast)])
  }

  @Test func approximateLoweringIsAtMost() {
    #expect(commitments("贫困发生率下降到5%左右,由8%降至6%左右,降至1%以下。") == [
      Expected("5%左右", 5, "%", .atMost),
      Expected("由8%降至6%左右", 6, from: 8, "%", .atMost),
      Expected("1%以下", 1, "%", .atMost),
    ])
    // Raising to about a value stays approximate: it is no bound.
    #expect(commitments("覆盖率提高到90%左右。") == [Expected("90%左右", 90, "%", .approximately)])
  }

  @Test func atLeastDistributesOverACoordinatedList() {
    #expect(commitments("力争到2019年底实现25 户以及100人以上的自然村通水泥路。") == [
      Expected("25 户", 25, "户", .atLeast, deadline: "2019-12-31"),
      Expected("100人以上", 100, "人", .atLeast, deadline: "2019-12-31"),
    ])
  }

  @Test func suffixBeatsRaiseVerb() {
    #expect(commitments("2017年,全州农村贫困人口减少到25万人以下。") == [
      Expected("25万人以下", 250_000, "人", .atMost, deadline: "2017")
    ])
  }

  @Test func raiseWithoutStart() {
    #expect(commitments("逐步提升至13万元/年。") == [Expected("13万元/年", 130_000, "元/年", .to)])
  }
}
