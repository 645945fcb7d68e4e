import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// Indicator rows: commitments of the same kind across provinces.
@Suite struct CompareIndicatorTests {
  static let hunan = "hunan-2018-deep-poverty-plan"
  static let liaoning = "liaoning-2019-three-year-action-opinions"

  /// The corpus with the commitments the extractor is expected to read from
  /// Hunan 四/(八) and Liaoning 四/(四), written here by hand. Both 90% ones
  /// get the same kind of subject as the 80% one, so only the clause tells
  /// broadband from information stations.
  static let documents = CompareCorpus.edited { document, measure in
    switch (document, measure.path) {
    case (hunan, ["四", "(八)"]):
      measure.commitments = [
        Commitment(surface: "100人以上", value: 100, unit: "人", comparator: .atLeast, deadline: "2019-12-31", subject: "自然村"),
        Commitment(surface: "90%以上", value: 90, unit: "%", comparator: .atLeast, subject: "深度贫困村"),
        Commitment(surface: "80%以上", value: 80, unit: "%", comparator: .atLeast, subject: "深度贫困村"),
      ]
    case (liaoning, ["四", "(四)"]):
      measure.commitments = [Commitment(surface: "90%以上", value: 90, unit: "%", comparator: .atLeast, subject: "贫困村")]
    default:
      break
    }
  }

  @Test func broadbandCoverageLinesUpHunanAndLiaoning() throws {
    let builder = ComparisonBuilder(provinces: ["湖南", "辽宁"])
    let comparison = try builder.compare(Self.documents, selecting: TopicSelector("网络基础设施"))
    #expect(comparison.indicators.count == 1)
    let row = try #require(comparison.indicators.first)
    #expect(row.id == "I1")
    #expect(row.label == "宽带网络覆盖")
    #expect(row.topic == "网络基础设施")
    #expect(row.unit == "%")
    #expect(row.cells.map(\.column) == ["湖南省", "辽宁省"])
    let hunan = try #require(row.cells[0].commitments.first)
    let liaoning = try #require(row.cells[1].commitments.first)
    #expect(row.cells.map(\.commitments.count) == [1, 1])
    #expect([hunan.surface, liaoning.surface] == ["90%以上", "90%以上"])
    #expect([hunan.value, liaoning.value] == [90, 90])
    #expect([hunan.comparator, liaoning.comparator] == [.atLeast, .atLeast])
    #expect(hunan.phrase == "深度贫困村有宽带网络覆盖")
    #expect(liaoning.phrase == "贫困村宽带网络覆盖")
    #expect(hunan.measure == "hunan-2018-deep-poverty-plan#26")
    #expect(CompareText.headline(hunan) == "90% (>=) “90%以上”")

    let unmatched = comparison.columns[0].unmatched
    #expect(unmatched.map(\.surface) == ["100人以上", "80%以上"])
    #expect(unmatched.map(\.phrase) == ["户以及的自然村通水泥(沥青)路", "信息服务站"])
    #expect(unmatched.map(\.topic) == ["交通基础设施", "网络基础设施"])
    #expect(comparison.columns[1].unmatched.isEmpty)
  }

  @Test func theInfrastructureGroupFindsTheSameRow() throws {
    let comparison = try ComparisonBuilder().compare(Self.documents, selecting: TopicSelector("基础设施"))
    #expect(comparison.indicators.map(\.label) == ["宽带网络覆盖"])
    #expect(comparison.indicators.first?.cells.map(\.column) == ["广西壮族自治区", "湖南省", "辽宁省", "陕西省"])
    #expect(comparison.indicators.first?.cells.map(\.commitments.count) == [0, 1, 1, 0])
  }

  @Test func unitTopicAndPhraseMustAllAgree() {
    let matcher = IndicatorMatcher()
    func commitment(_ unit: String, _ topic: String?, _ phrase: String) -> ComparedCommitment {
      ComparedCommitment(
        measure: "d#1", path: ["一"], commitment: Commitment(surface: "x", value: 1, unit: unit), topic: topic, phrase: phrase)
    }
    func column(_ key: String, _ c: [ComparedCommitment]) -> CompareColumn {
      CompareColumn(key: key, label: key, documents: [], measures: [], leads: [], commitments: c)
    }
    var columns = [
      column("A", [commitment("%", "教育扶贫", "义务教育巩固率"), commitment("元", "兜底保障", "农村低保标准")]),
      column("B", [commitment("%", "教育扶贫", "九年义务教育巩固率"), commitment("元/年", "兜底保障", "农村低保标准")]),
      column("C", [commitment("%", "健康扶贫", "义务教育巩固率"), commitment("元", "兜底保障", "特困人员供养标准")]),
    ]
    let rows = matcher.lineUp(&columns)
    #expect(rows.map(\.label) == ["义务教育巩固率"])
    #expect(rows.first?.cells.map(\.commitments.count) == [1, 1, 0])
    #expect(columns.map { $0.commitments.map(\.indicator) } == [["I1", nil], ["I1", nil], [nil, nil]])
  }

  @Test func phraseHelpers() {
    #expect(CommitmentClause.countedPhrase("力争到2019年底实现25户以上", removing: "25户以上") == "")
    #expect(CommitmentClause.countedPhrase("新型农村合作医疗参合率达90%以上", removing: "90%以上") == "新型农村合作医疗参合率")
    #expect(IndicatorMatcher.longestCommonSubstring("深度贫困村有宽带网络覆盖", "贫困村宽带网络覆盖") == "宽带网络覆盖")
    #expect(IndicatorMatcher.dice(IndicatorMatcher.bigrams("深度贫困村"), IndicatorMatcher.bigrams("贫困村")) == 2.0 * 2 / 6)
    let clause = CommitmentClause(surface: "80%以上", in: "加大力度,实现90%以上深度贫困村有宽带网络覆盖,80%以上有信息服务站。加大投入。")
    #expect(clause?.clause == "80%以上有信息服务站")
    #expect(clause?.sentence == "加大力度,实现90%以上深度贫困村有宽带网络覆盖,80%以上有信息服务站")
    #expect(CommitmentClause(surface: "70%", in: "无此数") == nil)
    let text = "每个乡镇卫生院至少有1名全科医师、每个村卫生室至少有1名合格村医。"
    #expect(CommitmentClause(surface: "1名", in: text, occurrence: 0)?.item == "每个乡镇卫生院至少有1名全科医师")
    #expect(CommitmentClause(surface: "1名", in: text, occurrence: 1)?.item == "每个村卫生室至少有1名合格村医")
    #expect(CommitmentClause(surface: "1名", in: text, occurrence: 5)?.item == "每个村卫生室至少有1名合格村医")
  }

  /// Runs once the commitments stage reads the corpus: the same row from
  /// extracted commitments, with no hand-written ones.
  @Test(.enabled(if: CompareCorpus.hasCommitments))
  func broadbandRowFromExtractedCommitments() throws {
    let comparison = try ComparisonBuilder(provinces: ["湖南", "辽宁"])
      .compare(CompareCorpus.documents, selecting: TopicSelector("网络基础设施"))
    let row = try #require(comparison.indicators.first { $0.label.contains("宽带") })
    #expect(row.unit == "%")
    #expect(row.cells.map(\.column) == ["湖南省", "辽宁省"])
    let hunan = try #require(row.cells[0].commitments.first { $0.surface.contains("90%") })
    let liaoning = try #require(row.cells[1].commitments.first { $0.surface.contains("90%") })
    #expect([hunan.value, liaoning.value] == [90, 90])
    #expect([hunan.comparator, liaoning.comparator] == [.atLeast, .atLeast])
    #expect(hunan.measure == "hunan-2018-deep-poverty-plan#26")
    #expect(liaoning.measure == "liaoning-2019-three-year-action-opinions#17")
  }
}
