import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// The records `zhengce parse --json --stdin` reads, one per line.
@Suite struct DocumentRecordTests {
  @Test func bytesInBase64AreReadAsTheNamedDocument() throws {
    // The opening of corpus/hunan-2018-deep-poverty-plan.txt's title line.
    let text = "湖南省关于支持深度贫困地区脱贫攻坚的实施方案\n"
    let line = "{\"id\": \"d1\", \"base64\": \"\(Data(text.utf8).base64EncodedString())\"}"
    let record = try DocumentRecord(line: line)
    #expect(record.id == "d1")
    #expect(record.name == "d1")
    #expect(try record.load().text == text)
  }

  @Test func aPageNamedByItsPathGoesThroughTheHTMLReader() throws {
    let page = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"zoom\"><p>一、总体要求</p><p>加大财政支持力度。</p></div></body></html>"
    let line = "{\"id\": \"p\", \"path\": \"p.html\", \"base64\": \"\(Data(page.utf8).base64EncodedString())\"}"
    #expect(try DocumentRecord(line: line).load().format == .html)
  }

  @Test(arguments: [
    ("[1, 2]", nil as String?, "not a JSON object: one {\"id\": …, \"base64\": …} or {\"path\": …} per line"),
    ("{\"id\": \"x\"}", "x", "needs \"base64\" (the document's bytes) or \"path\""),
    ("{\"base64\": \"AAAA\"}", nil, "\"base64\" needs an \"id\" (or a \"path\" to name it)"),
    ("{\"id\": \"x\", \"base64\": \"%%%\"}", "x", "\"base64\" is not base64"),
    ("{\"id\": \"x\", \"path\": 3}", "x", "\"path\" must be a non-empty string"),
  ])
  func aLineThatIsNoRecordSaysWhatWasExpected(line: String, id: String?, message: String) {
    #expect {
      try DocumentRecord(line: line)
    } throws: { error in
      let problem = error as? DocumentRecord.Problem
      return problem?.description == message && problem?.id == id
    }
  }
}
