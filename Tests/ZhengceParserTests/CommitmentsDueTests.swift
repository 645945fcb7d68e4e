import Testing
import ZhengceCore
import ZhengceParser

/// When a date is a quantity's deadline and when it only dates it: money handed out in a
/// year, a count as of a date and a figure of a past year are not due then. Each sentence
/// is quoted from the file named above it.
@Suite struct CommitmentsDueTests {
  /// The deadline of the first commitment with `value` in `text`.
  private func deadline(of value: Double, in text: String, date: String?) -> String?? {
    CommitmentExtractor().extract(from: text, documentDate: date).first { $0.value == value }.map(\.deadline)
  }

  // Tests/Fixtures/realworld/docs/fujian-mingxi-2019-funds-letter.txt (2019-08-15)
  @Test func fundsOfAYearAreNotDueThatYear() {
    let text = "本次共安排扶贫资金2600万元,其中:2019年度鲤城区对口帮扶资金1200万元;县级财政扶贫资金1400万元(含地方政府债券资金500万元)"
    for value in [26_000_000.0, 12_000_000, 14_000_000, 5_000_000] {
      #expect(deadline(of: value, in: text, date: "2019-08-15") == .some(nil), "\(value)")
    }
  }

  // Tests/Fixtures/realworld/docs/heilongjiang-2016-poverty-opinions.txt (2016-01-09)
  @Test func yearEndWrittenWithYearTwice() {
    let text = "到2017年年末,完成8个省级贫困县摘帽,676个贫困村、80万贫困人口脱贫;到2018年年末,完成10个国家级贫困县摘帽,564个贫困村、66万贫困人口脱贫;"
    for value in [8.0, 676, 800_000] { #expect(deadline(of: value, in: text, date: "2016-01-09") == "2017-12-31", "\(value)") }
    for value in [10.0, 564, 660_000] { #expect(deadline(of: value, in: text, date: "2016-01-09") == "2018-12-31", "\(value)") }
  }

  // Tests/Fixtures/realworld/docs/neimenggu-wulanchabu-2015-elderly-opinions.txt (no date in the text)
  @Test func figuresAsOfADateAreNotDueAtALaterOne() {
    let text = "截止2014年末,全市60周岁以上老年人达49.4万人,占总人口的17.2%,高于全国平均水平(14.3%)近3个百分点,其中农村牧区老年人35.8万人,城镇13.6万人,且每年以5.6%的速度递增,到2020年,全市城乡老年人预计达到60万人"
    for value in [494_000.0, 17.2, 358_000, 136_000] { #expect(deadline(of: value, in: text, date: nil) == .some(nil), "\(value)") }
    #expect(deadline(of: 600_000, in: text, date: nil) == "2020")
  }

  // Tests/Fixtures/realworld/docs/sichuan-daying-2019-poverty-reduction-notice.txt
  @Test func aYearFollowedByWhatMustBeDoneIsALimit() {
    let text = "按照2019年全面完成剩余贫困人口脱贫、贫困村退出要求,全县剩余的4267名未脱贫人口、8个未退出贫困村要全部脱贫退出,分别是未脱贫人口:河边镇941人、回马镇252人"
    #expect(deadline(of: 4267, in: text, date: nil) == "2019")
    #expect(deadline(of: 8, in: text, date: nil) == "2019")
  }

  // corpus/liaoning-2019-three-year-action-opinions.txt: 比2010年 is a comparison, not the date of the figure.
  @Test func aComparisonYearLeavesTheDeadline() {
    let text = "到2020年,贫困地区农民人均可支配收入比2010年翻一番以上,增长幅度高于全省平均水平。"
    #expect(CommitmentExtractor().extract(from: text, documentDate: "2019-01-01").map(\.deadline) == ["2020"])
  }

  // Tests/Fixtures/realworld/docs/beijing-2018-rural-revitalization-program.txt: a baseline's
  // date says when it held.
  @Test func aBaselineHasNoDeadline() {
    let text = "2014年至2017年,高耗水作物播种面积由290.8万亩调减到100.3万亩,农业年用新水从6.93亿立方米降至5.07亿立方米。"
    let found = CommitmentExtractor().extract(from: text, documentDate: "2018-09-01")
    #expect(found.map(\.kind) == [.baseline, .baseline])
    #expect(found.map(\.deadline) == [nil, nil])
  }

  // Tests/Fixtures/realworld/docs/liaoning-2002-village-opinions.txt: 用于2002年 says what for, not by when.
  @Test func moneyForAYearIsNotDueThen() {
    let text = "其中6120万元用于2002年扶持的206个贫困村的继续扶持和巩固提高,每村扶持资金30万元;"
    #expect(deadline(of: 61_200_000, in: text, date: nil) == .some(nil))
    #expect(deadline(of: 300_000, in: text, date: nil) == .some(nil))
  }

  // Tests/Fixtures/realworld/docs/ningxia-tongxin-2025-consolidation-action-plan.txt
  @Test func semicolonItemsShareTheLimitAtTheHeadOfTheirSentence() {
    let text = "到2025年年底,防返贫监测对象识别精准率力争全部达到100%;农村义务教育巩固率达到97%,脱贫人口基本医疗保险参保率稳定在99%以上。"
    for value in [100.0, 97, 99] { #expect(deadline(of: value, in: text, date: "2025-06-18") == "2025-12-31", "\(value)") }
  }

  // Tests/Fixtures/realworld/docs/heilongjiang-2016-poverty-opinions.txt
  @Test func aLimitOpeningTheParagraphGovernsItsTargets() {
    let text = "(二)攻坚目标。到2020年,稳定实现全省农村贫困人口不愁吃、不愁穿。确保全省现行标准下211万农村贫困人口实现脱贫,28个贫困县全部摘帽。"
    #expect(deadline(of: 2_110_000, in: text, date: "2016-01-09") == "2020")
    #expect(deadline(of: 28, in: text, date: "2016-01-09") == "2020")
  }

  // Tests/Fixtures/realworld/docs/shaanxi-xian-2019-rural-revitalization-action-plan.txt
  @Test func aYearHeadingItsTasksIsTheirLimit() {
    let text = "2019年任务:一是完成村庄分类工作;二是对已编制完成的村庄规划进行评估,评估率达到50%;三是完成新编制村庄规划144个、修编村庄规划518个。"
    for value in [50.0, 144, 518] { #expect(deadline(of: value, in: text, date: nil) == "2019", "\(value)") }
  }
}
