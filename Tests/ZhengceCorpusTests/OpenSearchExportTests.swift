import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// The measures as OpenSearch documents and the index template that maps them.
@Suite struct OpenSearchExportTests {
  typealias F = ExportFixtures

  @Test func aMeasureCarriesItsLeadsTopicsAndQuantities() throws {
    let hunan = try #require(CompareCorpus.document(F.hunan))
    // corpus/hunan-2018-deep-poverty-plan.txt 四(五): "…补助标准由每人3000元/年提高到5000元/年…
    // (省教育厅、省人力资源社会保障厅、省财政厅、省委统战部、省扶贫办分别牵头负责)"
    let measure = try #require(hunan.measures.first { $0.id == "\(F.hunan)#23" })
    let document = OpenSearchDocument(measure, of: hunan)
    #expect(document.leads == ["省教育厅", "省人力资源和社会保障厅", "省财政厅", "省委统战部", "省乡村振兴局"])
    #expect(document.roles == ["lead"])
    #expect(document.families.contains("财政"))
    #expect(document.province == "湖南省")
    #expect(document.path == "四/(五)")
    #expect(document.topics == ["教育扶贫"])
    #expect(document.quantities.first?.surface == "由每人3000元/年提高到5000元/年")
    #expect(document.quantities.first?.from == 3000)
  }

  @Test func everyFieldWrittenIsMapped() throws {
    let hunan = try #require(CompareCorpus.document(F.hunan))
    let encoded = try JSONEncoder().encode(OpenSearchDocument(hunan.measures[0], of: hunan))
    let source = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
    let template = try #require(try JSONSerialization.jsonObject(with: Data(OpenSearchTemplate.json.utf8)) as? [String: Any])
    let mappings = try #require((template["template"] as? [String: Any])?["mappings"] as? [String: Any])
    let properties = try #require(mappings["properties"] as? [String: Any])
    #expect(Set(source.keys) == Set(properties.keys))
    #expect(mappings["dynamic"] as? String == "strict")
  }

  @Test func theExportWritesTheTemplateAndOneActionPerMeasure() throws {
    let directory = try F.scratchDirectory()
    #expect(try F.export(try OpenSearchExport(directory: directory)).isEmpty)
    let bulk = try String(contentsOfFile: directory + "/bulk.ndjson", encoding: .utf8)
    let lines = bulk.split(separator: "\n")
    #expect(lines.count == 2 * F.rows(.measures).count)
    #expect(lines.first == "{\"index\":{\"_id\":\"\(F.nanning)#1\",\"_index\":\"zhengce-measures\"}}")
    #expect(FileManager.default.fileExists(atPath: directory + "/index-template.json"))
  }
}
