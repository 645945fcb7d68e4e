import Foundation
import Testing
@testable import ZhengceServe

/// Pages and API answers over the bundled corpus.
@Suite struct WebAppTests {
  // hunan-2018-deep-poverty-plan.txt (五): "加大易地扶贫搬迁实施力度"; Nanning and Ankang name it too.
  @Test func searchFindsThreeProvinces() throws {
    let answer = try #require(ServedCorpus.json(ServedCorpus.target("/api/search", "q", "易地扶贫搬迁") + "&limit=100"))
    let hits = try #require(answer["hits"] as? [[String: Any]])
    let provinces = Set(hits.compactMap { $0["province"] as? String })
    #expect(provinces == ["湖南省", "陕西省", "广西壮族自治区"])
    #expect(answer["total"] as? Int == hits.count)
    let facets = try #require(answer["facets"] as? [String: [String: Int]])
    #expect(facets["province"]?.values.reduce(0, +) == hits.count)
  }

  @Test func facetNarrowsTheSearchPage() throws {
    let all = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁")))
    let hunan = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁") + "&province=" + Link.encode("湖南省")))
    func total(_ page: String) -> Int? {
      guard let range = page.range(of: "data-total=\"") else { return nil }
      return Int(page[range.upperBound...].prefix { $0.isNumber })
    }
    let before = try #require(total(all.text))
    let after = try #require(total(hunan.text))
    #expect(after > 0 && after < before)
    #expect(hunan.text.contains("data-province=\"湖南省\""))
    #expect(!hunan.text.contains("data-province=\"陕西省\""))
  }

  /// 易地扶贫搬迁 is in Hunan's 实施方案 (#11, #12), Nanning's 实施方案 (#32), the Ankang 实施方案 (#45)
  /// and the Xiangxi 意见 (#8).
  @Test func genreIsAFacetWithCountsAndLabels() throws {
    let answer = try #require(ServedCorpus.json(ServedCorpus.target("/api/search", "q", "易地扶贫搬迁") + "&limit=100"))
    let facets = try #require(answer["facets"] as? [String: [String: Int]])
    #expect(facets["genre"] == ["plan": 4, "opinions": 1])
    let hits = try #require(answer["hits"] as? [[String: Any]])
    #expect(hits.first { $0["document_id"] as? String == "hunan-xiangxi-2016-precision-poverty-opinions" }?["genre"] as? String == "opinions")

    let zh = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁")))
    #expect(zh.text.contains("<h3>文种</h3>"))
    #expect(zh.text.contains("data-facet=\"genre\">方案</a><span class=\"count\">4</span>"))
    #expect(zh.text.contains("data-facet=\"genre\">意见</a><span class=\"count\">1</span>"))
    let en = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁") + "&lang=en"))
    #expect(en.text.contains("<h3>Kind of document</h3>"))
    #expect(en.text.contains("data-facet=\"genre\">opinions</a>"))
  }

  @Test func aGenreFacetNarrowsAndStaysInTheURL() throws {
    let opinions = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁") + "&genre=opinions"))
    #expect(opinions.text.contains("data-total=\"1\""))
    #expect(opinions.text.contains("<input type=\"hidden\" name=\"genre\" value=\"opinions\">"))
    #expect(opinions.text.contains("文种: 意见 ×"))
    // The page links keep the filter; a Chinese name in the URL is the same filter.
    #expect(opinions.text.contains("genre=opinions"))
    let chinese = try #require(ServedCorpus.json(ServedCorpus.target("/api/search", "q", "易地扶贫搬迁") + "&genre=" + Link.encode("意见")))
    #expect(chinese["total"] as? Int == 1)
    let document = try #require(ServedCorpus.get("/document?id=hunan-xiangxi-2016-precision-poverty-opinions"))
    #expect(document.text.contains("<dt>文种</dt><dd>意见</dd>"))
    // Each quantity with what it counts and what it is for: …每个乡镇卫生院至少有1名全科医生.
    #expect(document.text.contains("<th>对象</th>"))
    #expect(document.text.contains("<td>全科医生(每个乡镇卫生院)</td>"))
  }

  @Test func hitLinksToItsMeasureInContext() throws {
    let page = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁") + "&province=" + Link.encode("湖南省")))
    let link = try #require(page.text.components(separatedBy: "href=\"/document?").dropFirst().first?.split(separator: "\"").first)
    let target = "/document?" + String(link).replacingOccurrences(of: "&amp;", with: "&")
    let anchor = try #require(target.split(separator: "#").last)
    let document = try #require(ServedCorpus.get(String(target.split(separator: "#")[0])))
    #expect(document.status == 200)
    #expect(document.text.contains("class=\"measure focus\" id=\"\(anchor)\""))
    #expect(document.text.contains("<mark>易地扶贫搬迁</mark>"))
  }

  // hunan-2018-deep-poverty-plan.txt: "(省财政厅牵头负责)" after measures on funds.
  @Test func taskRegisterListsFullText() throws {
    let answer = try #require(ServedCorpus.json(ServedCorpus.target("/api/tasks", "dept", "财政") + "&limit=100"))
    let rows = try #require(answer["rows"] as? [[String: Any]])
    #expect((answer["total"] as? Int ?? 0) >= rows.count)
    #expect(rows.contains { ($0["text"] as? String ?? "").unicodeScalars.count > 100 })
    let csv = try #require(ServedCorpus.get(ServedCorpus.target("/tasks.csv", "dept", "财政")))
    #expect(csv.body.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(csv.headers.contains { $0.name == "Content-Disposition" })
    let jsonl = try #require(ServedCorpus.get(ServedCorpus.target("/tasks.jsonl", "dept", "财政")))
    #expect(jsonl.text.split(separator: "\n").count == answer["total"] as? Int)
  }

  @Test func compareShowsFourProvincesAndAChart() throws {
    let page = try #require(ServedCorpus.get(ServedCorpus.target("/compare", "topic", "教育扶贫")))
    #expect(page.status == 200)
    #expect(page.text.components(separatedBy: "<th class=\"column\">").count - 1 == 4)
    #expect(page.text.contains("<svg"))
    let json = try #require(ServedCorpus.json(ServedCorpus.target("/api/compare", "topic", "教育扶贫")))
    #expect((json["columns"] as? [Any])?.count == 4)
  }

  @Test func englishOnRequest() throws {
    let zh = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁")))
    let en = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "易地扶贫搬迁") + "&lang=en"))
    #expect(zh.text.contains("<html lang=\"zh-CN\">") && zh.text.contains("省份"))
    #expect(en.text.contains("<html lang=\"en\">") && en.text.contains("Province"))
  }

  @Test func documentAPIIsTheContract() throws {
    let json = try #require(ServedCorpus.json("/api/documents/hunan-2018-deep-poverty-plan"))
    #expect(json["schemaVersion"] as? Int == 6)
    #expect(json["genre"] as? String == "plan")
    #expect(json["title"] as? String == "湖南省关于支持深度贫困地区脱贫攻坚的实施方案")
  }

  // guangxi-nanning-2015-precision-poverty-plan.txt: "市财政按300万元/个的标准"
  @Test func moneyIsShownInWanYuan() {
    #expect(NumberText.quantity(3_000_000, unit: "元", language: .zh) == "300万元")
    #expect(NumberText.quantity(30_000_000, unit: "元", language: .zh) == "3,000万元")
    #expect(NumberText.quantity(250_000_000, unit: "元", language: .zh) == "2.5亿元")
    #expect(NumberText.quantity(2, unit: "times", language: .zh) == "2倍")
    #expect(NumberText.grouped(19_000) == "19,000")
  }
}
