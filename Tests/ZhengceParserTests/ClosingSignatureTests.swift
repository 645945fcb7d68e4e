import Testing
import ZhengceCore
import ZhengceParser

/// The 落款 a document closes with (issuer, then the date alone) gives its
/// issuers and 成文 date when the head does not state them.
@Suite struct ClosingSignatureTests {
  func head(_ text: String) -> ParsedDocument {
    Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text)).document
  }

  static let body = "某市关于加强农村低保工作的通知\n各县(区)人民政府:\n一、提高保障标准。\n二、规范管理。\n"

  @Test func issuerAndDateFromTheSignature() {
    let doc = head(Self.body + "某市人民政府\n2019年3月1日")
    #expect(doc.issuers == ["某市人民政府"])
    #expect(doc.date == "2019-03-01")
  }

  @Test func aBracketedNoteMayFollow() {
    let doc = head(Self.body + "某市人民政府办公室\n2019年3月1日\n(此件公开发布)")
    #expect(doc.issuers == ["某市人民政府办公室"])
    #expect(doc.date == "2019-03-01")
  }

  /// A page may lose the issuer above the date (tianjin-2019-tibet-aid-funds-notice: …抓紧推进项目实施。
  /// ⏎ 2019年1月14日): a date alone right after the last sentence still dates the text; after
  /// anything else (a list, an annex's name) it does not.
  @Test func aDateAloneAfterTheLastSentenceSignsWithoutAnIssuer() {
    let signed = head(Self.body + "2019年3月1日")
    #expect(signed.issuers.isEmpty)
    #expect(signed.date == "2019-03-01")
    let unsigned = head(Self.body + "附件:补助对象名单\n2019年3月1日")
    #expect(unsigned.date == nil)
  }
}
