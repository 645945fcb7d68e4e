import Testing
import ZhengceCore
import ZhengceParser

/// NUL and other C0 controls are no text: normalisation removes them and the
/// parse says how many (issue 20: a NUL reached the JSON and SQLite output).
@Suite struct ControlCharacterTests {
  // corpus/hunan-2018-deep-poverty-plan.txt, with controls put in.
  static let heading = "湖南省关于支持深度贫困地区脱贫攻坚的实施方案"
  static let measure = "(一)深度贫困县。根据贫困发生率、自然条件和经济发展水平等因素确定深度贫困县。"

  @Test func controlsAreRemovedWithADiagnostic() throws {
    let text = Self.heading + "\n一、总体\u{0}要求\n" + Self.measure.replacingOccurrences(of: "贫困县。", with: "贫困\u{1B}县。")
    let source = try SourceText.plainText(bytes: Array(text.utf8), path: "controls.txt")
    let result = Parser(registry: .genericOnly).parse(source)
    let texts = result.document.measures.map(\.text)
    #expect(texts == ["深度贫困县。根据贫困发生率、自然条件和经济发展水平等因素确定深度贫困县。"])
    #expect(!texts.joined().unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    #expect(result.document.outline.map(\.title) == ["总体要求"])
    let diagnostic = try #require(result.diagnostics.first { $0.id == "source.controlCharacters" })
    // The NUL, and an ESC after each of the two 贫困.
    #expect(diagnostic.message == "3 control characters (NUL and the like) removed")
  }

  @Test func pageBreaksReadAsSpaceWithoutADiagnostic() throws {
    let text = Self.heading + "\n\u{0C}一、总体要求\n" + Self.measure
    let result = Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: Array(text.utf8), path: "pages.txt"))
    #expect(result.document.outline.map(\.title) == ["总体要求"])
    #expect(!result.diagnostics.contains { $0.id == "source.controlCharacters" })
  }
}
