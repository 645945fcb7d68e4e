import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Real measures where a Chinese count names a concept, a duration is a span of effort,
/// or the subject needs the clause around the quantity; each checked against the corpus text.
@Suite struct CommitmentsCorpusPrecisionTests {
  @Test func namedConceptsAndSpansAreDropped() throws {
    // 两项制度有效衔接: the two systems (低保 and 扶贫开发) by name.
    try expectCommitments(CorpusFixtures.nanning, "三/(一)/3/(4)", [
      Commitment(surface: "90%以上", value: 90, unit: "%", comparator: .atLeast, subject: "新型农村合作医疗参合率")
    ])
    // 经过一年时间的扶持和建设: how long the support lasts, not a target.
    try expectCommitments(CorpusFixtures.nanning, "三/(一)/1", [
      Commitment(surface: "2个", value: 2, unit: "个", subject: "自然村", per: "每县(区)"),
      Commitment(surface: "50户以上", value: 50, unit: "户", comparator: .atLeast, subject: "自然村"),
    ])
    // 纳入全州五个文明建设绩效考核.
    try expectCommitments(CorpusFixtures.xiangxi, "三/(四)", [])
    // 纳入两项补贴发放范围, where the measure quotes “两项补贴” as a name.
    try expectCommitments(CorpusFixtures.ankang, "附件5/四/9", [])
  }

  @Test func chineseCountsThatAreTargetsStay() throws {
    // 在隆安县、马山县、良庆区各选一个集中安置示范区: one per county.
    try expectCommitments(CorpusFixtures.nanning, "三/(二)/1", [
      Commitment(surface: "一个", value: 1, unit: "个", subject: "集中安置示范区")
    ])
    try expectCommitments(CorpusFixtures.hunan, "五/(一)", [
      Commitment(surface: "一名", value: 1, unit: "人", subject: "省级领导", per: "每个深度贫困县"),
      Commitment(surface: "一名", value: 1, unit: "人", comparator: .atLeast, subject: "县级干部", per: "每个深度贫困村"),
    ])
  }

  @Test func subjectsFromTheClause() throws {
    try expectCommitments(CorpusFixtures.hunan, "三/(十)", [
      Commitment(surface: "7个", value: 7, unit: "个", subject: "市"),
      Commitment(surface: "7个", value: 7, unit: "个", subject: "县"),
      Commitment(surface: "5个以上", value: 5, unit: "个", comparator: .atLeast, subject: "企业", per: "每个深度贫困县"),
      Commitment(surface: "5个以上", value: 5, unit: "个", comparator: .atLeast, subject: "产业帮扶项目"),
    ])
    try expectCommitments(CorpusFixtures.hunan, "四/(二)", [
      Commitment(surface: "0—6岁", value: 0, max: 6, unit: "岁", comparator: .range, subject: "残疾儿童"),
      Commitment(surface: "16周岁以上", value: 16, unit: "岁", comparator: .atLeast, subject: "贫困重度残疾人"),
    ])
    try expectCommitments(CorpusFixtures.xiangxi, "三/(二)", [
      Commitment(surface: "200亿元", value: 20_000_000_000, unit: "元", deadline: "2020", subject: "扶贫信贷资金"),
      Commitment(surface: "10个", value: 10, unit: "个", subject: "物流产业基地"),
    ])
    try expectCommitments(CorpusFixtures.ankang, "附件2/二/(三)", [
      Commitment(surface: "50周岁以上", value: 50, unit: "岁", comparator: .atLeast, subject: "女性贫困劳动力"),
      Commitment(surface: "60周岁以下", value: 60, unit: "岁", comparator: .atMost, subject: "女性贫困劳动力"),
    ])
    try expectCommitments(CorpusFixtures.ankang, "附件10/二/1", [
      Commitment(surface: "60%以上", value: 60, unit: "%", comparator: .atLeast, deadline: "2020", subject: "村")
    ])
    try expectCommitments(CorpusFixtures.ankang, "附件11/三/3", [
      Commitment(surface: "2次以上", value: 2, unit: "次", comparator: .atLeast, deadline: "2020", subject: "重点业务专项检查和问题整改督查")
    ])
  }
}
