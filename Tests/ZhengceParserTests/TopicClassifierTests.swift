import Foundation
import Testing
import ZhengceCore
import ZhengceParser

/// Scoring rules of `TopicClassifier` on a small hand-made taxonomy.
@Suite struct TopicClassifierTests {
  static let scoring = TopicTaxonomy.Scoring(
    heading: 3, context: 1, body: 1, listItem: 0.5, maxRepeats: 2, threshold: 4, relativeFloor: 0.3)
  static let taxonomy = TopicTaxonomy(
    scoring: scoring,
    topics: [
      .init(id: "搬迁", phrases: [WeightedPhrase("易地扶贫搬迁", weight: 5), WeightedPhrase("搬迁", weight: 2)]),
      .init(id: "教育", aliases: ["学校"], phrases: [WeightedPhrase("教育", weight: 2), WeightedPhrase("控辍保学", weight: 3)]),
      .init(id: "交通", group: "基础设施", phrases: [WeightedPhrase("公路", weight: 2), WeightedPhrase("基础设施", weight: 1)]),
      .init(id: "电力", group: "基础设施", phrases: [WeightedPhrase("电网", weight: 3), WeightedPhrase("基础设施", weight: 1)]),
    ])
  let classifier = TopicClassifier(taxonomy: taxonomy)

  func scores(_ heading: String, _ body: String, context: [String] = []) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: classifier.scores(for: TopicInput(heading: heading, context: context, body: body)).map { ($0.topic, $0.score) })
  }

  @Test func longestPhraseWinsAndIsNotCountedAgainAsAShorterOne() {
    #expect(scores("", "推进易地扶贫搬迁。") == ["搬迁": 5])
    #expect(scores("", "搬迁群众。") == ["搬迁": 2])
  }

  @Test func headingCountsThreeTimesAndContextOnce() {
    #expect(scores("加强教育", "") == ["教育": 6])
    #expect(scores("", "", context: ["教育发展脱贫工程"]) == ["教育": 2])
  }

  @Test func repeatsAreCappedPerPart() {
    #expect(scores("", "教育。教育。教育。教育。") == ["教育": 4])
  }

  @Test func listItemsCountHalf() {
    #expect(scores("", "教育、公路建设") == ["教育": 1, "交通": 1])
    #expect(scores("", "实现户籍、控辍保学等信息对接") == ["教育": 1.5])
  }

  @Test func sharedPhraseFeedsEveryTopicThatListsIt() {
    #expect(scores("", "加强基础设施。") == ["交通": 1, "电力": 1])
  }

  @Test func thresholdAndRelativeFloorDecideTheTopicsBestFirst() {
    #expect(classifier.topics(for: TopicInput(heading: "", body: "公路。")) == [])
    #expect(classifier.topics(for: TopicInput(heading: "", body: "电网改造,公路建设。")) == [])
    #expect(classifier.topics(for: TopicInput(heading: "完善电网", body: "公路。公路。")) == ["电力", "交通"])
    #expect(classifier.topics(for: TopicInput(heading: "完善电网", body: "易地扶贫搬迁。控辍保学。")) == ["电力", "搬迁"])
  }

  @Test func pluginPhrasesExtendATopicOrOpenANewOne() {
    let extended = classifier.extended(with: [
      "教育": [WeightedPhrase("雨露计划", weight: 4)],
      "旅游": [WeightedPhrase("乡村旅游", weight: 4), WeightedPhrase("", weight: 9)],
    ])
    #expect(extended.topics(for: TopicInput(heading: "", body: "落实雨露计划。")) == ["教育"])
    #expect(extended.topics(for: TopicInput(heading: "", body: "发展乡村旅游。")) == ["旅游"])
    #expect(extended.taxonomy.topics.map(\.id) == ["搬迁", "教育", "交通", "电力", "旅游"])
    #expect(classifier.topics(for: TopicInput(heading: "", body: "落实雨露计划。")) == [])
  }

  @Test func namesResolveByIDAliasOrGroup() {
    #expect(Self.taxonomy.topicIDs(named: "教育") == ["教育"])
    #expect(Self.taxonomy.topicIDs(named: "学校") == ["教育"])
    #expect(Self.taxonomy.topicIDs(named: "基础设施") == ["交通", "电力"])
    #expect(Self.taxonomy.topicIDs(named: "金融") == [])
  }

  @Test func measureInputDropsTheHeadingFromTheBody() {
    let measure = Measure(
      id: "d#1", path: ["一"], heading: "加强教育", text: "加强教育。推进控辍保学。", span: TextSpan(start: 0, end: 12))
    let input = TopicInput(measure: measure, context: ["保障措施"])
    #expect(input == TopicInput(heading: "加强教育", context: ["保障措施"], body: "。推进控辍保学。"))
  }
}
