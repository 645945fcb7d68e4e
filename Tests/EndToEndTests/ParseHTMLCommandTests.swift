import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// `zhengce parse` on saved web pages: the HTML path end to end.
@Suite struct ParseHTMLCommandTests {
  static let page = """
    <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>某某县人民政府门户网站</title><script>if (a && b) { document.write("<div>广告</div>"); }</script></head>
    <body><div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
    <div class="crumb">您当前的位置:首页 &gt; 政策文件</div>
    <table class="xxgk"><tr><td>索 引 号:</td><td>000000000/2019-00001</td><td>发文机关:</td><td>某某县人民政府办公室</td></tr>
    <tr><td>发文字号:</td><td>某政办发〔2019〕5号</td><td>成文日期:</td><td>2019年5月6日</td></tr></table>
    <h1>某某县产业扶贫三年行动实施方案</h1>
    <div id="zoom">
    <p>为推进产业扶贫,制定本方案。
    <p>一、发展特色产业。各乡镇要因地制宜发展特色种养业(县农业农村局牵头,县财政局配合)。
    <p>二、加强技能培训。每年培训贫困劳动力500人次以上(县人社局负责)。
    <table border=1><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>完成时限</td></tr>
    <tr><td>1</td><td>建设产业基地</td><td>县农业农村局</td><td>2020年底</td></tr></table>
    </div>
    <div class="bottom"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
    </body></html>
    """

  @Test func gb2312PageParsesToTheContract() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let bytes = try #require(GB18030.encode(Self.page))
    try Data(bytes).write(to: dir.appendingPathComponent("plan.htm"))
    try Data(bytes).write(to: dir.appendingPathComponent("saved-page"))
    let run = try CommandRunner.run(["parse", "--json", "plan.htm", "saved-page"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let validator = try JSONSchemaValidator(
      schemaData: Data(contentsOf: try #require(ParseCommandTests.schemaURL)))
    for line in lines {
      #expect(try validator.validate(Data(line.utf8)).isEmpty)
      var doc = try JSONDecoder().decode(ParsedDocument.self, from: Data(line.utf8))
      // The text before 一、 is the preamble measure (前言); the numbered measures follow it.
      #expect(doc.measures.first.map { "\($0.kind.rawValue) \($0.path)" } == "preamble [\"前言\"]")
      doc.measures.removeFirst()
      #expect(doc.source.format == .html)
      #expect(doc.source.encoding == "gb18030")
      #expect(doc.source.sha256 == SHA256.hex(bytes))
      #expect(doc.title == "某某县产业扶贫三年行动实施方案")
      #expect(doc.docNumber == "某政办发〔2019〕5号")
      #expect(doc.issuers == ["某某县人民政府办公室"])
      #expect(doc.date == "2019-05-06")
      #expect(doc.measures.map { $0.path.joined(separator: "/") } == ["一", "二", "二/1"])
      #expect(doc.measures.map(\.heading) == ["发展特色产业", "加强技能培训", "建设产业基地"])
      // The task table's row is a measure of its own, its lead read from the 牵头单位 column.
      #expect(doc.measures[2].text == "1\t建设产业基地\t县农业农村局\t2020年底")
      #expect(doc.measures[2].departments.map { "\($0.name) \($0.role.rawValue)" } == ["县农业农村局 lead"])
      #expect(doc.measures[1].text == "加强技能培训。每年培训贫困劳动力500人次以上(县人社局负责)。")
      #expect(doc.measures.last?.text.contains("打印本页") == false)
    }
  }

  @Test func unusablePageGetsOneLineAndExitStatus1() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("<html><body><img src=a.png><script>x()</script></body></html>".utf8)
      .write(to: dir.appendingPathComponent("blank.html"))
    let run = try CommandRunner.run(["parse", "blank.html"], in: dir)
    #expect(run.status == 1)
    #expect(run.stderr == "zhengce: blank.html: HTML page has no readable text\n")
    #expect(run.stdout.isEmpty)
  }
}
