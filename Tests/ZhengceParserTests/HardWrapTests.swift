import Foundation
import Testing
import ZhengceCore
@testable import ZhengceParser
import ZhengceTestSupport

/// Text wrapped at a fixed width (PDF and OCR output) parses like the text it
/// was made from: every corpus document, wrapped as a page of N columns would
/// wrap it (a wide character takes two), gives the same measures, departments,
/// commitments and head.
@Suite struct HardWrapTests {
  typealias C = CorpusFixtures

  /// Breaks every line of `text` where the next character would pass `columns` (a wide one takes two).
  static func wrap(_ text: String, columns: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var out = ""
      var width = 0
      for u in line.unicodeScalars {
        let w = DisplayWidth.columns(u, on: .page)
        if width + w > columns {
          out += "\n"
          width = 0
        }
        out.unicodeScalars.append(u)
        width += w
      }
      return out
    }.joined(separator: "\n")
  }

  static func summary(_ result: ParseResult) -> [String] {
    let d = result.document
    return [d.title ?? "-", d.docNumber ?? "-", d.date ?? "-"]
      + d.measures.map { m in
        ([m.path.joined(separator: "/"), m.heading, m.text] + m.departments.map { "\($0.name) \($0.role.rawValue)" }
          + m.commitments.map(\.surface)).joined(separator: " | ")
      }
  }

  @Test(arguments: [50, 56, 60, 72])
  func wrappedCorpusParsesLikeTheOriginal(columns: Int) throws {
    let parser = Parser(registry: Departments.registry)
    for stem in C.all {
      let text = try String(contentsOfFile: C.path(stem), encoding: .utf8)
      let original = parser.parse(SourceText(path: stem + ".txt", format: .text, encoding: .utf8, sha256: "", text: text))
      let wrapped = parser.parse(
        SourceText(path: stem + ".txt", format: .text, encoding: .utf8, sha256: "", text: Self.wrap(text, columns: columns)))
      let (a, b) = (Self.summary(original), Self.summary(wrapped))
      #expect(a.count == b.count, "\(stem) at \(columns) columns")
      for (x, y) in zip(a, b) where x != y {
        Issue.record("\(stem) at \(columns) columns:\n  \(x.prefix(120))\n  \(y.prefix(120))")
        break
      }
    }
  }

  @Test func withoutReflowTheWrappedTextWouldBreakSentences() throws {
    // The check above is only worth something if wrapping changes the lines: it does.
    let text = try String(contentsOfFile: C.path(C.ankang), encoding: .utf8)
    let lines = TextNormalizer().lines(Self.wrap(text, columns: 56))
    #expect(Self.wrap(text, columns: 56).split(separator: "\n").count > 2 * text.split(separator: "\n").count)
    #expect(lines.count == TextNormalizer().lines(text).count)
  }

  @Test func paragraphsBreakAtBlankLinesIndentsAndSectionNumbers() {
    let full = String(repeating: "加强扶贫资金管理", count: 4)  // 64 columns
    var lines = Array(repeating: full, count: 14)
    lines[0] = "  " + String(full.dropLast(1))  // paragraphs open indented…
    lines[3] = "  " + String(full.dropLast(1))  // …so an indented line is a new one
    lines[6] = ""  // after a blank line too
    lines[9] = "二、" + String(full.dropLast(2))  // and at a section number
    let out = TextNormalizer().lines(lines.joined(separator: "\n")).map { $0.scalars.count }
    #expect(out == [95, 95, 64, 160])
  }

  @Test func aListOfEqualItemsIsNotAPage() {
    // Thirty items of one width and a paragraph: nothing is joined.
    let items = (1...30).map { "第\($0)项:建设村级光伏电站一座并网发电" }
    let text = (items + [String(repeating: "各地要按照要求抓好落实。", count: 10)]).joined(separator: "\n")
    #expect(TextNormalizer().lines(text).count == 31)
  }
}
