import Foundation
import Testing
import ZhengceCorpus
import ZhengceSearch

/// A Traditional-script document is found by a Simplified query and by a Traditional one,
/// and its snippets highlight its own characters.
@Suite struct TraditionalSearchTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/traditional").path

  static let records: [IndexRecord] = {
    let files = [
      "heilongjiang-2014-growth-measures.txt", "yunnan-mouding-2018-minority-funds-publicity-trad.txt",
      "gansu-2013-rural-poverty-regulations-trad.txt",
    ]
      .map { fixtures + "/" + $0 }
    guard let parser = try? PluginSetup.parser() else { return [] }
    return CorpusParser(parser: parser).parse(files).enumerated().flatMap { i, result -> [IndexRecord] in
      guard case .success(let r) = result else { return [] }
      return IndexRecord.records(of: r.document, source: files[i])
    }
  }()

  @Test(arguments: [true, false]) func simplifiedAndTraditionalQueriesFindIt(positions: Bool) throws {
    let reader = try TestIndex.build(Self.records, positions: positions)
    // gansu-2013-rural-poverty-regulations-trad.txt, 第十條: 制定不低于國家扶貧標準的本省扶貧標準。
    let poverty = Set(Self.records.filter { $0.text.contains("扶貧") }.map(\.id))
    #expect(poverty.count >= 5)
    #expect(Set(try TestIndex.ids(reader, "扶贫")) == poverty)
    #expect(Set(try TestIndex.ids(reader, "扶貧")) == poverty)
    #expect(Set(try TestIndex.ids(reader, "\"扶贫标准\"")) == Set(Self.records.filter { $0.text.contains("扶貧標準") }.map(\.id)))
    // yunnan-mouding-2018…: 1. to 3. are 建設項(xiàng)目 of 115, 62 and 23 萬元.
    let projects = Set(Self.records.filter { $0.text.contains("建設項目") }.map(\.id))
    #expect(projects.count >= 3)
    #expect(Set(try TestIndex.ids(reader, "建设项目")) == projects)
    // heilongjiang-2014-growth-measures.txt, 一/1: 抓住國家加快鐵路建設機遇
    let railway = try #require(Self.records.first { $0.path == ["一", "1"] })
    #expect(try TestIndex.ids(reader, "铁路建设") == [railway.id])
    #expect(try TestIndex.ids(reader, "鐵路建設") == [railway.id])
    #expect(try TestIndex.ids(reader, "铁路建设 dept:发改") == [railway.id])
  }

  @Test func snippetsHighlightTheOriginalCharacters() throws {
    let railway = try #require(Self.records.first { $0.path == ["一", "1"] })
    let scalars = Array(railway.text.unicodeScalars)
    let spans = Snippet.matchSpans(in: railway.text, terms: ["铁路建设"])
    #expect(spans.count == 1)
    let span = try #require(spans.first)
    #expect(String(String.UnicodeScalarView(scalars[span])) == "鐵路建設")
  }
}
