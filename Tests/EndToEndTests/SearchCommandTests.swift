import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce search` as a user reads it: the bundled corpus, its cached index in a fresh cache.
@Suite struct SearchCommandTests {
  @Test func renamedLeadIsShownWithTheDocumentsOwnName() throws {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-search-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    let run = try CommandRunner.run(["search", "省扶贫办 牵头", "--limit", "1"], environment: ["XDG_CACHE_HOME": cache.path])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "12 matches for 省扶贫办 牵头 (1–1)")
    #expect(lines.dropFirst().first?.hasSuffix("五 › (四)") == true)
    #expect(lines.contains("     强化资金监管,提升使用效益 · 牵头: 省财政厅、省审计厅、省乡村振兴局 (原省扶贫办) · 湖南省"))
  }

  /// `dept:人社局` is widened through the plugins' registries wherever it
  /// stands in the query: Ankang's 市人社局 and Hunan's 省人力资源社会保障厅 (the
  /// 人社 family) are 14 measures, and under NOT the same ones are left out.
  @Test func departmentFiltersAreWidenedWhereverTheyStand() throws {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-search-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    func total(_ query: String) throws -> Int? {
      let run = try CommandRunner.run(["search", query, "--limit", "1"], environment: ["XDG_CACHE_HOME": cache.path])
      return run.stdout.split(separator: " ").first.flatMap { Int($0) }
    }
    #expect(try total("dept:人社局") == 14)
    let all = try #require(try total("扶贫"))
    #expect(try total("扶贫 dept:人社局")! + total("扶贫 NOT dept:人社局")! == all)
  }

  /// 易地扶贫搬迁 in the Xiangxi 意见 (its measure 8) and in three 实施方案 (Hunan, Nanning, Ankang).
  @Test func hitsCarryTheGenreAndFilterAndFacetOnIt() throws {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-search-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    let run = try CommandRunner.run(["search", "易地扶贫搬迁 文种:意见", "--json"], environment: ["XDG_CACHE_HOME": cache.path])
    #expect(run.status == 0, "\(run.stderr)")
    let hits = try run.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(hits.map { $0["measure_id"] as? String } == ["hunan-xiangxi-2016-precision-poverty-opinions#8"])
    #expect(hits.first?["genre"] as? String == "opinions")
    let facets = try CommandRunner.run(["search", "易地扶贫搬迁", "--json", "--facets"], environment: ["XDG_CACHE_HOME": cache.path])
    let last = try #require(facets.stdout.split(separator: "\n").last)
    let counts = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
    #expect((counts["facets"] as? [String: [String: Int]])?["genre"] == ["plan": 4, "opinions": 1])
  }
}
