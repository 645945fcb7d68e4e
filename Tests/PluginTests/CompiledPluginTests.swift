@testable import BuiltinPlugins
import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// ShaanxiPlugin's configure adds a stage data cannot express: Ankang's annex N
/// carries out task (N) of the main plan.
@Suite struct CompiledPluginTests {
  typealias C = CorpusFixtures

  @Test func shaanxiInsertsItsStageAfterDepartments() throws {
    let shaanxi = try #require(try PluginFixtures.builtins().plugin(id: "shaanxi"))
    var pipeline = StageRegistry.standard.pipeline
    #expect(!pipeline.stageNames.contains("shaanxi.annexTasks"))
    shaanxi.configure(&pipeline)
    let names = pipeline.stageNames
    let departments = try #require(names.firstIndex(of: "departments"))
    #expect(names[departments + 1] == "shaanxi.annexTasks")
  }

  @Test func annexMeasuresInheritTheirTasksDepartments() throws {
    let registry = try PluginFixtures.builtins()
    let source = try SourceText.plainText(bytes: try C.bytes(C.ankang), path: "corpus/\(C.ankang).txt")
    let withPlugin = Parser(registry: registry).parse(source)
    let generic = Parser(registry: registry).parse(source, pluginID: "generic")
    #expect(withPlugin.document.plugin == "shaanxi")

    let inherited = try #require(C.measure(withPlugin, "附件1/一/1"))
    #expect(inherited.departments.map(\.summary) == ["市农业农村局/lead", "市林业局/support", "市水利局/support", "市商务局/support"])
    #expect(try #require(C.measure(generic, "附件1/一/1")).departments.isEmpty)
    // The JSON says where they came from; a measure's own departments say nothing.
    #expect(inherited.departments.allSatisfy { $0.inheritedFrom == "二/(一)" })
    #expect(try #require(C.measure(withPlugin, "二/(一)")).departments.allSatisfy { $0.inheritedFrom == nil })

    // An annex measure with its own attribution keeps it.
    let own6 = try #require(C.measure(withPlugin, "附件6/一"))
    #expect(own6.departments.map(\.summary) == ["住建部门/lead"] && own6.departments[0].inheritedFrom == nil)
    let notes = withPlugin.diagnostics.filter { $0.id == "department.inherited" }
    let annexMeasures = withPlugin.document.measures.filter { $0.path.first?.hasPrefix("附件") == true }
    let own = annexMeasures.filter { measure in !generic.document.measures.contains { $0.id == measure.id && $0.departments.isEmpty } }
    #expect(notes.count == annexMeasures.count - own.count)
    #expect(notes.count == 115)
  }

  /// The stage reads typed markers from the document tree, not numerals back from path strings.
  @Test func measuresHaveTypedMarkerPaths() throws {
    let registry = try PluginFixtures.builtins()
    let source = try SourceText.plainText(bytes: try C.bytes(C.ankang), path: "corpus/\(C.ankang).txt")
    let result = Parser(registry: registry).parse(source)
    let paths = result.tree.markerPaths()
    let annex = try #require(C.measure(result, "附件1/一/1"))
    #expect(paths[annex.span.start] == [
      Marker(style: .annex, label: "附件1", ordinal: 1), Marker(style: .cn, label: "一", ordinal: 1),
      Marker(style: .arabic, label: "1", ordinal: 1),
    ])
    let task = try #require(result.document.measures.first { $0.path == ["二", "(十一)"] })
    #expect(paths[task.span.start]?.last == Marker(style: .cnParen, label: "(十一)", ordinal: 11))
  }
}
