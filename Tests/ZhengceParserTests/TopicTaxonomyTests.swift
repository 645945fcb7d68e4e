import Foundation
import Testing
import ZhengceParser

/// Reading topic taxonomies: the bundled one, and clear errors for bad ones.
@Suite struct TopicTaxonomyTests {
  func load(_ json: String) throws(TopicTaxonomyError) -> TopicTaxonomy {
    try TopicTaxonomy(json: Data(json.utf8), path: "x/topics.json")
  }

  static let scoring = """
    "scoring": {"heading": 3, "context": 1, "body": 1, "listItem": 0.5, "maxRepeats": 3, "threshold": 4, "relativeFloor": 0.3}
    """

  @Test func bundledTaxonomyHasTheDomainTopics() {
    let ids = TopicTaxonomy.standard.topics.map(\.id)
    #expect(ids.count == 23)
    for id in ["产业扶贫", "就业扶贫", "教育扶贫", "健康扶贫", "易地扶贫搬迁", "生态扶贫", "兜底保障", "住房安全", "饮水安全",
      "交通基础设施", "电力基础设施", "网络基础设施", "金融扶贫", "土地政策", "驻村帮扶与基层党建", "社会帮扶与东西部协作",
      "扶贫扶志", "资金监管", "考核督查"]
    {
      #expect(ids.contains(id), "missing \(id)")
    }
    #expect(TopicTaxonomy.standard.topicIDs(named: "危房改造") == ["住房安全"])
    #expect(TopicTaxonomy.standard.topicIDs(named: "基础设施") == ["交通基础设施", "电力基础设施", "网络基础设施"])
  }

  @Test func compactPhrasesDecodeSortedWithWeights() throws {
    let t = try load(#"{"taxonomyVersion": 1, \#(Self.scoring), "topics": [{"id": "A", "phrases": {"乙": 2, "甲": 1.5}}]}"#)
    #expect(t.topics.first?.phrases == [.init("乙", weight: 2), .init("甲", weight: 1.5)].sorted { $0.text < $1.text })
    #expect(t.topics.first?.aliases == [])
  }

  @Test func errorsNameTheFileAndTheProblem() {
    #expect(throws: TopicTaxonomyError.malformed(path: "x/topics.json", reason: "topic id 'A' is empty or repeated")) {
      try load(#"{"taxonomyVersion": 1, \#(Self.scoring), "topics": [{"id": "A", "phrases": {}}, {"id": "A", "phrases": {}}]}"#)
    }
    #expect(throws: TopicTaxonomyError.malformed(path: "x/topics.json", reason: "topic A: phrase '甲' needs text and a weight above 0")) {
      try load(#"{"taxonomyVersion": 1, \#(Self.scoring), "topics": [{"id": "A", "phrases": {"甲": 0}}]}"#)
    }
    #expect(throws: TopicTaxonomyError.unsupportedVersion(2, highestSupported: 1, path: "x/topics.json")) {
      try load(#"{"taxonomyVersion": 2, \#(Self.scoring), "topics": []}"#)
    }
    #expect(throws: TopicTaxonomyError.malformed(path: "x/topics.json", reason: "missing key 'scoring' at top level")) {
      try load(#"{"taxonomyVersion": 1, "topics": []}"#)
    }
    let error = TopicTaxonomyError.malformed(path: "x/topics.json", reason: "missing key 'scoring' at top level")
    #expect(error.description == "x/topics.json: missing key 'scoring' at top level")
  }
}
