import Testing
import ZhengceCore
import ZhengceHTML

/// Pages whose text is elsewhere: frame sets and iframe shells are named with the pages to open.
@Suite struct FramePageTests {
  @Test func aFramesetNamesItsFramesAndIgnoresItsNoframesFallback() {
    let page = """
      <html><head><title>湖南省人民政府</title></head>
      <frameset cols="20%,80%"><frame src="menu.htm" name="left"><frame src=" content/doc 2018.htm "></frame>
      <noframes><body>您的浏览器不支持框架,请升级浏览器后查看本页内容。</body></noframes></frameset></html>
      """
    let reason = "HTML frame page (<frameset>); its text is in the frames: menu.htm, content/doc 2018.htm"
    #expect(throws: SourceError.unusable(path: "f.html", reason: reason)) {
      try HTMLReader().read(bytes: Array(page.utf8), path: "f.html")
    }
  }

  @Test func aFramesetWithoutSourcesSaysSo() {
    let page = "<html><frameset rows=\"50%,50%\"><frame name=a><frame name=b></frameset></html>"
    let reason = "HTML frame page (<frameset>); its text is in the frames: none named"
    #expect(throws: SourceError.unusable(path: "f.html", reason: reason)) {
      try HTMLReader().read(bytes: Array(page.utf8), path: "f.html")
    }
  }

  @Test func aShellAroundAnIframeNamesIt() {
    let page = "<html><body><script>var a = '扶贫';</script><iframe src=\"article/2018/23.html\"></iframe></body></html>"
    let reason = "HTML page has no readable text; it embeds article/2018/23.html"
    #expect(throws: SourceError.unusable(path: "i.html", reason: reason)) {
      try HTMLReader().read(bytes: Array(page.utf8), path: "i.html")
    }
  }

  @Test func aPageWithTextAndAnIframeIsReadAsBefore() throws {
    let page = "<html><body><div id=zoom><p>各县区要加强组织领导,落实工作责任。</p><iframe src=\"x.html\"></iframe></div></body></html>"
    #expect(try HTMLReader().read(bytes: Array(page.utf8), path: "t.html").text == "各县区要加强组织领导,落实工作责任。")
  }

  @Test func theSizeLimitComesFromTheEnvironmentWhenItIsAWholeNumberOfMegabytes() {
    #expect(HTMLReader.Limits.fromEnvironment([:]).maxBytes == 32 << 20)
    #expect(HTMLReader.Limits.fromEnvironment(["ZHENGCE_HTML_MAX_MB": "64"]).maxBytes == 64 << 20)
    for junk in ["", "0", "-5", "1.5", "lots", "5000"] {
      #expect(HTMLReader.Limits.fromEnvironment(["ZHENGCE_HTML_MAX_MB": junk]).maxBytes == 32 << 20, "\(junk)")
    }
  }
}
