import Testing
import ZhengceCore
import ZhengceParser

/// The `topics` stage in the standard pipeline, and the section headings it reads.
@Suite struct TopicStageTests {
  @Test func standardPipelineRunsTheTopicStage() {
    #expect(StageRegistry.standard.pipeline.stageNames.contains("topics"))
  }

  @Test func sectionHeadingsGiveContextToMeasuresWithoutTheirOwnTopicWords() {
    var document = ParsedDocument(
      id: "d", source: SourceInfo(path: "d.txt", format: .text, encoding: "utf-8", sha256: ""), title: "t",
      outline: [
        OutlineSection(marker: "三", style: .cn, title: "扶贫生态移民示范区建设", children: [
          OutlineSection(marker: "1", style: .arabic, title: "住房建设")
        ]),
        OutlineSection(marker: "四", style: .cn, title: "", children: [
          OutlineSection(marker: "——", style: .dash, title: "扶贫生态移民"),
          OutlineSection(marker: "——", style: .dash, title: "其他"),
        ]),
      ],
      measures: [
        Measure(id: "d#1", path: ["三", "1"], heading: "住房建设", text: "住房建设。安置点按标准建设。", span: TextSpan(start: 0, end: 14)),
        Measure(id: "d#2", path: ["四", "——"], heading: "其他", text: "其他。安置点按标准建设。", span: TextSpan(start: 20, end: 32)),
      ])
    var diagnostics: [Diagnostic] = []
    TopicStage().run(&document, context: PipelineContext(text: "", manifest: PluginManifest(id: "g", name: "G")), diagnostics: &diagnostics)
    #expect(document.measures.map(\.topics) == [["住房安全", "易地扶贫搬迁"], []])
    #expect(diagnostics.isEmpty)
  }
}
