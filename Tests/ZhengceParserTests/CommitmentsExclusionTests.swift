import Testing
import ZhengceCore
import ZhengceParser

@Suite struct CommitmentsExclusionTests {
  @Test func datesOnTheirOwn() {
    #expect(commitments("2020年2月14日").isEmpty)
    #expect(commitments("发布日期 2020-08-06 16:53").isEmpty)
    #expect(commitments("力争在2019年、确保到2020年全部脱贫摘帽。").isEmpty)
  }

  @Test func indexAndTelephoneNumbers() {
    #expect(commitments("索引号 719776475-GK-2020-2146799").isEmpty)
    #expect(commitments("举报电话12345678,技术帮扶110指挥体系。").isEmpty)
  }

  @Test func titles() {
    #expect(commitments("按照《安康市乡村振兴战略实施规划(2018—2022年)》和《支持15个重点贫困县的通知》。").isEmpty)
  }

  @Test func sectionMarkersAndCodes() {
    #expect(commitments("1.选点要求:(1)政府引导。一、总体要求。(一)工作目标。附件1").isEmpty)
    #expect(commitments("加快实现4G宽带网络全面覆盖,实施教育信息化2.0行动计划,推行“1+2”驻村扶贫模式。").isEmpty)
  }

  @Test func parentheticalRepeat() {
    #expect(commitments("要把有3个以上(含3个)深度贫困村的乡镇作为重点。") == [Expected("3个以上", 3, "个", .atLeast)])
  }
}
