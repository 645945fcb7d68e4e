import Foundation
import Testing
import ZhengceCore
import ZhengceParser

/// Titles of real pages that carry a document: a cover notice with the document after its
/// signature, a title alone in book-title marks, a notice issuing two documents in 〈〉.
/// Each expectation was read from the file named.
@Suite struct CoverNoticeTitleTests {
  static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/realworld/docs").path

  static func parse(_ name: String) throws -> ParsedDocument {
    let path = docs + "/" + name
    return Parser().parse(try SourceText.plainText(bytes: try FileBytes.read(path), path: path)).document
  }

  /// The notice, its addressees and signature (2018年7月6日), then the plan's own text
  /// without its heading: the plan is the document.
  @Test func aCoverNoticeFollowedByTheTextItIssues() throws {
    let document = try Self.parse("henan-2018-three-year-action-plan.txt")
    #expect(document.title == "河南省打赢脱贫攻坚战三年行动计划")
    #expect(document.noticeTitle == "中共河南省委 河南省人民政府关于印发《河南省打赢脱贫攻坚战三年行动计划》的通知")
  }

  /// A database page prints the title alone in 《》 above its author and date line.
  @Test func aTitleAloneInBookTitleMarks() throws {
    #expect(try Self.parse("hubei-2018-poverty-program.txt").title == "湖北省脱贫攻坚规划(2016—2020年)")
  }

  /// 《…关于印发〈A〉和〈B(暂行)〉的通知》 in Traditional script: the notice carries A first.
  @Test func aNoticeIssuingTwoDocumentsInNestedMarks() throws {
    let document = try Self.parse("guizhou-2012-special-funds-rules-trad.txt")
    #expect(document.title == "貴州省省級財政專項資金管理辦法")
    #expect(document.noticeTitle == "貴州省人民政府辦公廳關于印發〈貴州省省級財政專項資金管理辦法〉和〈貴州省省級財政資金審批管理辦法(暫行)〉的通知")
  }
}
