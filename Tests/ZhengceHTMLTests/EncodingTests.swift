import Testing
import ZhengceCore
@testable import ZhengceHTML

/// The declared charset and the bytes decide how a page is decoded.
@Suite struct EncodingTests {
  private let body = "<body><div id=zoom><p>朱镕基、王喆、李堃同志的讲话精神要落实,〔2018〕号文件要执行。</p></div></body></html>"

  @Test(arguments: [
    ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", TextEncoding.gb18030),
    ("<META CHARSET='GBK'>", .gb18030), ("<meta charset=\"utf-8\" />", .utf8), ("<meta name=x content=y>", nil),
  ])
  func declaredCharset(meta: String, expected: TextEncoding?) {
    #expect(CharsetDetector.declared(in: Array("<html><head>\(meta)</head>".utf8)) == expected)
  }

  @Test func charsetOutsideMetaIsIgnored() {
    #expect(CharsetDetector.declared(in: Array("<html><body><p>charset=gbk</p></body>".utf8)) == nil)
  }

  @Test(arguments: ["gb2312", "utf-8", ""])
  func gbBytesAreGB18030WhateverTheLabel(label: String) throws {
    let meta = label.isEmpty ? "" : "<meta charset=\"\(label)\">"
    let bytes = try #require(GB18030.encode("<html><head>\(meta)</head>" + body))
    let source = try HTMLReader().read(bytes: bytes, path: "p.html")
    #expect(source.encoding == .gb18030)
    #expect(source.text == "朱镕基、王喆、李堃同志的讲话精神要落实,〔2018〕号文件要执行。")
  }

  @Test func utf8BytesLabelledGB2312AreUTF8() throws {
    let bytes = Array(("<html><head><meta charset=gb2312></head>" + body).utf8)
    let source = try HTMLReader().read(bytes: bytes, path: "p.html")
    #expect(source.encoding == .utf8)
    #expect(source.text == "朱镕基、王喆、李堃同志的讲话精神要落实,〔2018〕号文件要执行。")
  }

  @Test func byteOrderMarkIsDropped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(("<html>" + body).utf8)
    #expect(try HTMLReader().read(bytes: bytes, path: "p.html").text.hasPrefix("朱镕基"))
  }

  @Test func utf8CheckCountsBrokenSequencesOnce() {
    let check = UTF8Check([0xE4, 0xB8, 0xAD, 0xE5, 0x8A, 0x41, 0xFF, 0xC3, 0xA9])
    #expect(check.multibyte == 2)
    #expect(check.invalid == 2)
  }

  @Test(arguments: [
    ("<!DOCTYPE html><html>", true), ("\u{FEFF}  <html lang=zh>", true), ("<meta charset=gbk><div>", true),
    ("<HEAD><TITLE>x</TITLE>", true), ("一、总体要求 <html>", false), ("<?xml version=\"1.0\"?><root/>", false),
  ])
  func looksLikeHTML(start: String, expected: Bool) {
    #expect(HTMLReader.looksLikeHTML(Array(start.utf8)) == expected)
  }
}
