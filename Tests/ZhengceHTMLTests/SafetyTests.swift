import Foundation
import Testing
import ZhengceCore
@testable import ZhengceHTML

/// Hostile and broken pages: entities, size, depth, bytes.
@Suite struct SafetyTests {
  @Test func externalEntityIsNeverRead() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-xxe-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let secret = dir.appendingPathComponent("secret.txt")
    try Data("TOPSECRET-XXE-CONTENT".utf8).write(to: secret)
    let page = """
      <?xml version="1.0"?>
      <!DOCTYPE html [<!ENTITY xxe SYSTEM "file://\(secret.path)"> <!ENTITY % pe SYSTEM "file://\(secret.path)"> %pe;]>
      <html><body><div id="zoom"><p>关于做好脱贫攻坚工作的通知,内容如下:X&xxe;Y</p></div></body></html>
      """
    let source = try HTMLReader().read(bytes: Array(page.utf8), path: "xxe.html")
    #expect(!source.text.contains("TOPSECRET"))
    #expect(source.text.contains("关于做好脱贫攻坚工作的通知"))
  }

  @Test func noNetworkAccessForDoctypeEntitiesOrResources() throws {
    let listener = try #require(LocalListener())
    defer { listener.close() }
    let url = "http://127.0.0.1:\(listener.port)"
    let page = """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(url)/strict.dtd" [<!ENTITY net SYSTEM "\(url)/entity">]>
      <html xmlns:xi="http://www.w3.org/2001/XInclude"><head><link rel=stylesheet href="\(url)/a.css">
      <script src="\(url)/a.js"></script></head>
      <body><img src="\(url)/a.png"><iframe src="\(url)/frame.html"></iframe><xi:include href="\(url)/inc.xml"/>
      <div id="zoom"><p>各县区要加强组织领导,落实工作责任。&net;</p></div></body></html>
      """
    let source = try HTMLReader().read(bytes: Array(page.utf8), path: "net.html")
    #expect(source.text.contains("各县区要加强组织领导"))
    #expect(listener.connectionAttempted() == false)
  }

  @Test func billionLaughsIsNotExpanded() throws {
    var dtd = "<!ENTITY lol \"lol\">"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
    }
    let page = "<!DOCTYPE html [\(dtd)]><html><body><div class=article><p>推进产业扶贫,确保贫困户稳定增收。&lol9;</p></div></body></html>"
    let clock = ContinuousClock()
    let start = clock.now
    let source = try HTMLReader().read(bytes: Array(page.utf8), path: "laughs.html")
    #expect(clock.now - start < .seconds(2))
    #expect(source.text.utf8.count < 2_000)
    #expect(source.text.contains("推进产业扶贫"))
    #expect(!source.text.contains("lollollol"))
  }

  @Test func pageOverTheSizeLimitIsRefusedWithAClearError() throws {
    let paragraph = Array("<p>各县区要加强组织领导,落实工作责任,确保各项措施落到实处。</p>\n".utf8)
    var bytes = Array("<html><body><div id=zoom>".utf8)
    bytes.reserveCapacity(50 << 20 + 1024)
    while bytes.count < 50 << 20 { bytes.append(contentsOf: paragraph) }
    let clock = ContinuousClock()
    let start = clock.now
    #expect(throws: SourceError.unusable(path: "big.html", reason: "HTML page is 50.0 MB, over the 32.0 MB limit (raise it with ZHENGCE_HTML_MAX_MB=MEGABYTES)")) {
      try HTMLReader().read(bytes: bytes, path: "big.html")
    }
    #expect(clock.now - start < .milliseconds(100))
  }

  @Test func tagsNested100000DeepDoNotOverflowTheStack() throws {
    let depth = 100_000
    for tag in ["div", "b", "td", "table"] {
      var page = "<html><body><div id=zoom><p>各县区要加强组织领导,落实工作责任,确保各项措施落到实处。</p>"
      page += String(repeating: "<\(tag)>", count: depth)
      page += "深度嵌套的正文内容,也要完整读出。"
      page += String(repeating: "</\(tag)>", count: depth)
      page += "</div></body></html>"
      let source = try HTMLReader().read(bytes: Array(page.utf8), path: "deep-\(tag).html")
      #expect(source.text == "各县区要加强组织领导,落实工作责任,确保各项措施落到实处。\n深度嵌套的正文内容,也要完整读出。", "\(tag)")
    }
  }

  @Test func binaryBytesAreRefused() {
    var bytes = Array("<html><body><p>".utf8)
    bytes += [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x00, 0x7F]
    bytes += Array("</p></body></html>".utf8)
    #expect(throws: SourceError.binary(path: "bin.html")) { try HTMLReader().read(bytes: bytes, path: "bin.html") }
  }

  @Test func bytesThatAreNeitherUTF8NorGB18030AreRefused() {
    var bytes = Array("<html><body><p>".utf8)
    bytes += [UInt8](repeating: 0x80, count: 400)
    bytes += Array("</p></body></html>".utf8)
    #expect(throws: SourceError.undecodable(path: "junk.html", invalidBytes: 400)) {
      try HTMLReader().read(bytes: bytes, path: "junk.html")
    }
  }

  @Test func aFewBrokenBytesInAUTF8PageAreReplaced() throws {
    var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><div id=zoom><p>各县区要加强组织领导,落实工作责任。".utf8)
    bytes += [0xE5, 0x8A]  // a truncated sequence
    bytes += Array("确保各项措施落到实处。</p></div></body></html>".utf8)
    let source = try HTMLReader().read(bytes: bytes, path: "broken.html")
    #expect(source.encoding == .utf8)
    #expect(source.replacements == 1)
    #expect(source.text == "各县区要加强组织领导,落实工作责任。\u{FFFD}确保各项措施落到实处。")
  }

  @Test func aFewBrokenBytesInAGBPageAreReplaced() throws {
    let html = "<html><head><meta charset=gb2312></head><body><div id=zoom><p>各县区要加强组织领导,落实工作责任。</p></div></body></html>"
    var bytes = try #require(GB18030.encode(html))
    // After 各 (the first two non-ASCII bytes), a byte no GB18030 sequence starts with.
    let first = try #require(bytes.firstIndex { $0 >= 0x80 })
    bytes.insert(0xFF, at: first + 2)
    let source = try HTMLReader().read(bytes: bytes, path: "broken-gb.html")
    #expect(source.encoding == .gb18030)
    #expect(source.replacements == 1)
    #expect(source.text == "各\u{FFFD}县区要加强组织领导,落实工作责任。")
  }

  @Test func emptyAndTextlessPagesAreRefused() {
    #expect(throws: SourceError.empty(path: "e.html")) { try HTMLReader().read(bytes: [], path: "e.html") }
    let page = "<html><head><title></title><script>var a = 1;</script></head><body><img src=a.png></body></html>"
    #expect(throws: SourceError.unusable(path: "t.html", reason: "HTML page has no readable text")) {
      try HTMLReader().read(bytes: Array(page.utf8), path: "t.html")
    }
  }
}

/// A TCP socket listening on 127.0.0.1 that records whether anyone tried to connect.
final class LocalListener: @unchecked Sendable {
  private let fd: Int32
  let port: UInt16

  init?() {
    let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard s >= 0 else { return nil }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    let bound = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) }
    }
    guard bound == 0, named == 0, listen(s, 8) == 0 else {
      Glibc.close(s)
      return nil
    }
    _ = fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK)
    fd = s
    port = UInt16(bigEndian: addr.sin_port)
  }

  /// Whether a connection is waiting (a client connected since we started listening).
  func connectionAttempted() -> Bool {
    let client = accept(fd, nil, nil)
    if client >= 0 {
      Glibc.close(client)
      return true
    }
    return false
  }

  func close() { Glibc.close(fd) }
}
