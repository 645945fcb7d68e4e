import BuiltinPlugins
import Testing
import ZhengceCore
import ZhengceParser

/// Stages resolve by name in one registry, for built-in and run-time manifests alike;
/// a misspelt name, or an order in which a stage reads what only a later one writes,
/// is an error naming the manifest.
@Suite struct StageRegistryTests {
  static func layer(_ id: String, stages: [StageReference], origin: String = "/tmp/x/manifest.json") -> ManifestLayer {
    ManifestLayer(origin: origin, manifest: PluginManifest(id: id, name: id, stages: stages), keys: ["id", "name", "stages"])
  }

  static func pipeline(of plugin: any PolicyPlugin) -> [String] {
    var pipeline = StageRegistry.standard.pipeline
    plugin.configure(&pipeline)
    return pipeline.stageNames
  }

  @Test func aRunTimeManifestNamesACompiledStage() throws {
    let registry = try PluginRegistry.layered(
      builtins: try BuiltinPlugins.all(), stages: BuiltinPlugins.stages,
      data: [Self.layer("ningbo", stages: [StageReference(name: "shaanxi.annexTasks", after: "departments")])])
    let plugin = try #require(registry.plugin(id: "ningbo"))
    #expect(Self.pipeline(of: plugin) == ["departments", "shaanxi.annexTasks", "commitments", "taskDue", "topics"])
  }

  @Test func aLayerAddsAStageToABuiltInPlugin() throws {
    let registry = try PluginRegistry.layered(
      builtins: try BuiltinPlugins.all(), stages: BuiltinPlugins.stages,
      data: [Self.layer("hunan", stages: [StageReference(name: "shaanxi.annexTasks", after: "topics")])])
    let plugin = try #require(registry.plugin(id: "hunan"))
    #expect(Self.pipeline(of: plugin) == ["departments", "commitments", "taskDue", "topics", "shaanxi.annexTasks"])
  }

  @Test(arguments: [
    (StageReference(name: "shaanxi.annexTask", after: "departments"), "no stage \"shaanxi.annexTask\""),
    (StageReference(name: "shaanxi.annexTasks", after: "department"), "no stage \"department\""),
  ])
  func aMisspeltNameIsAnError(reference: StageReference, message: String) throws {
    #expect {
      _ = try PluginRegistry.layered(
        builtins: try BuiltinPlugins.all(), stages: BuiltinPlugins.stages, data: [Self.layer("ningbo", stages: [reference])])
    } throws: { error in
      let text = (error as? ManifestError).map { "\($0)" } ?? ""
      return text.contains("/tmp/x/manifest.json") && text.contains(message)
    }
  }

  /// A stage that reads topics, which the topics stage writes after it.
  struct ReadsTopics: PipelineStage {
    let name = "test.readsTopics"
    let reads: Set<MeasureData> = [.topics]
    let writes: Set<MeasureData> = []
    func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {}
  }

  @Test func aStageThatReadsWhatALaterStageWritesIsAnError() throws {
    let stages = StageRegistry.standard.adding([ReadsTopics()])
    #expect(throws: ManifestError.self) {
      _ = try stages.resolve([StageReference(name: "test.readsTopics", after: "departments")], origin: "m.json")
    }
    #expect(try stages.resolve([StageReference(name: "test.readsTopics", after: "topics")], origin: "m.json").count == 1)
  }

  @Test func everyStandardStageDeclaresWhatItWrites() {
    let stages = StageRegistry.standard.pipeline.stages
    #expect(stages.map(\.writes) == [[.departments], [.commitments], [.due], [.topics]])
    #expect(StageRegistry.standard.pipeline.orderProblem == nil)
  }
}
