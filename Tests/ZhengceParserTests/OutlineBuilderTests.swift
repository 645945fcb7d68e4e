import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

@Suite struct OutlineBuilderTests {
  func outline(_ text: String) -> (DocumentTree, NormalizedText) {
    let result = Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
    return (result.tree, result.normalized)
  }

  @Test func dashItemsNestUnderTheSectionThatOpensThem() {
    let (o, _) = outline("三、保障措施\n(一)加强组织领导。\n——省财政厅牵头。\n——省扶贫办配合。\n(二)强化考核。")
    #expect(OutlineDump.render(o.blocks) == """
      document
      └─ 三 "保障措施"
         ├─ (一) "加强组织领导"
         │  ├─ —— "省财政厅牵头"
         │  └─ —— "省扶贫办配合"
         └─ (二) "强化考核"
      """)
  }

  @Test func inlineItemsBecomeChildren() {
    let (o, text) = outline("一、原则\n2.建设原则:(1)政府引导。由县牵头。(2)群众意愿。要尊重。\n3.内容。")
    #expect(OutlineDump.render(o.blocks) == """
      document
      └─ 一 "原则"
         ├─ 2 "建设原则"
         │  ├─ (1) "政府引导"
         │  └─ (2) "群众意愿"
         └─ 3 "内容"
      """)
    let first = o.blocks[0].children[0].children[0]
    #expect(first.lead.map(text.slice) == "政府引导。由县牵头。")
  }

  @Test func markerStylesNestInTheOrderTheyFirstOpen() {
    let (o, _) = outline("一、甲\n1.子一\n(1)孙一\n(2)孙二\n2.子二\n二、乙\n(一)丙\n1.丁")
    #expect(OutlineDump.render(o.blocks) == """
      document
      ├─ 一 "甲"
      │  ├─ 1 "子一"
      │  │  ├─ (1) "孙一"
      │  │  └─ (2) "孙二"
      │  └─ 2 "子二"
      └─ 二 "乙"
         └─ (一) "丙"
            └─ 1 "丁"
      """)
  }

  @Test func annexesStartNewTopLevelSubtreesAndTheAnnexListIsSkipped() {
    let (o, _) = outline("一、总则\n正文。\n附件:1、甲方案\n2、乙方案\n附件1\n甲方案\n一、目标\n目标正文。\n附件2\n乙方案\n一、措施\n措施正文。")
    #expect(OutlineDump.render(o.blocks) == """
      document
      ├─ 一 "总则"
      ├─ 附件1 "甲方案"
      │  └─ 一 "目标"
      └─ 附件2 "乙方案"
         └─ 一 "措施"
      """)
    #expect(o.annexList.count == 2)
  }

  @Test func trailingParagraphsBelongToTheSectionTheNextMarkerCloses() {
    let (o, text) = outline("一、甲\n(一)子。正文。\n(二)子。正文。\n段落一。\n二、乙\n(一)丑。正文。\n中间段。\n(二)寅。正文。\n结尾段。")
    #expect(o.blocks[0].trailing.map(text.slice) == ["段落一。"])
    #expect(o.blocks[1].children[0].lead.map(text.slice) == "丑。正文。\n中间段。")
    #expect(o.closing.map(text.slice) == ["结尾段。"])
  }

  @Test func aHeadingOnItsOwnLineTakesTheParagraphsThatFollow() {
    let (o, text) = outline("一、总体要求\n第一段。\n第二段。\n二、目标")
    #expect(o.blocks[0].lead.map(text.slice) == "总体要求\n第一段。\n第二段。")
    #expect(o.blocks[1].lead.map(text.slice) == "目标")
  }

  @Test func outOfOrderNumberingIsReported() {
    let result = Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: "一、甲。正文。\n三、乙。正文。"))
    #expect(result.diagnostics.map(\.id) == ["outline.markerOrder"])
    #expect(result.diagnostics.first?.severity == .warning)
  }
}
