import Foundation
import Testing
import ZhengceCore
import ZhengceCorpus
import ZhengceParser
import ZhengceTestSupport

/// `.html`/`.htm` files, and extension-less files holding HTML, take the HTML path.
@Suite struct DocumentLoaderTests {
  private let page = "<!DOCTYPE html><html><body><div id=zoom><p>各县区要加强组织领导,落实工作责任。</p></div></body></html>"

  private func withFiles(_ files: [String: String], _ body: (URL) throws -> Void) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (name, content) in files { try Data(content.utf8).write(to: dir.appendingPathComponent(name)) }
    try body(dir)
  }

  @Test(arguments: ["a.html", "b.htm", "C.HTML", "page"])
  func htmlFilesAreReadAsPages(name: String) throws {
    try withFiles([name: page]) { dir in
      let source = try DocumentLoader.load(dir.appendingPathComponent(name).path)
      #expect(source.format == .html)
      #expect(source.text == "各县区要加强组织领导,落实工作责任。")
    }
  }

  @Test func textFilesStayText() throws {
    try withFiles(["plan.txt": "一、总体要求\n<p>不是网页</p>", "notes": "一、总体要求\n各县区要加强组织领导。"]) { dir in
      let txt = try DocumentLoader.load(dir.appendingPathComponent("plan.txt").path)
      #expect(txt.format == .text)
      #expect(txt.text == "一、总体要求\n<p>不是网页</p>")
      #expect(try DocumentLoader.load(dir.appendingPathComponent("notes").path).format == .text)
    }
  }

  /// shanxi-2018-income-plan.txt: five plain lines (发文机关:山西省人民政府 … 文号 :晋政发〔2018〕13号),
  /// then the notice and the plan in one line of <p>…</p>: 各市、县人民政府…, 山西省人民政府, 2018年3月27日,
  /// the plan's title centred in <strong>, 一、指导思想, 二、总体目标.
  @Test func textHoldingAPagesMarkupIsReadAsAPage() throws {
    let path = CorpusFixtures.root.appendingPathComponent("Tests/Fixtures/realworld/docs/shanxi-2018-income-plan.txt").path
    let source = try DocumentLoader.load(path)
    #expect(source.format == .html)
    #expect(source.sha256 == SHA256.hex(try FileBytes.read(path)))
    #expect(!source.text.contains("<p>"))
    let document = Parser(registry: .genericOnly).parse(source).document
    #expect(document.title == "山西省激发重点群体活力带动城乡居民增收的实施方案")
    #expect(document.docNumber == "晋政发〔2018〕13号")
    #expect(document.date == "2018-03-27")
    #expect(document.outline.map { $0.marker } == ["一", "二"])
    #expect(document.outline.map { $0.title } == ["指导思想", "总体目标"])
  }

  @Test func corpusDocumentThroughHTMLKeepsTheSourceHash() throws {
    let doc = CorpusPage.all[2]
    let bytes = try #require(doc.page(charset: "gb2312").bytes(gb18030: true))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("xiangxi.htm").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let source = try DocumentLoader.load(path)
    #expect(source.format == .html)
    #expect(source.encoding == .gb18030)
    #expect(source.sha256 == SHA256.hex(bytes))
    #expect(source.hints.docNumber == "州发〔2016〕1号")
  }

  @Test func unreadablePageNamesTheFile() throws {
    try withFiles(["empty.html": ""]) { dir in
      let path = dir.appendingPathComponent("empty.html").path
      #expect(throws: SourceError.empty(path: path)) { try DocumentLoader.load(path) }
    }
  }
}

/// Walking a directory picks up pages, with or without an extension.
@Suite struct CorpusFilesTests {
  @Test func directoryWalkTakesHTMLPagesAndSkipsOtherFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-walk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = [
      "a.txt": "一、总体要求", "b.html": "<html></html>", "sub/c.htm": "<html></html>", "sub/saved": "<!DOCTYPE html><html>",
      "Makefile": "all:\n\techo", "notes.md": "# x", "image.png": "PNG",
    ]
    for (name, content) in files { try Data(content.utf8).write(to: dir.appendingPathComponent(name)) }
    let found = CorpusFiles.expand([dir.path]).map { String($0.dropFirst(dir.path.count + 1)) }
    #expect(found == ["a.txt", "b.html", "sub/c.htm", "sub/saved"])
  }
}

/// Pages parsed on every core give what they give one at a time (libxml2 state is per thread).
@Suite struct ConcurrentPagesTests {
  @Test func corpusParserReadsPagesInParallel() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-par-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var paths: [String] = []
    for (i, doc) in CorpusPage.all.enumerated() {
      for gb in [false, true] {
        let path = dir.appendingPathComponent("\(i)-\(gb ? "gb" : "utf8").html").path
        try Data(try #require(doc.page(charset: gb ? "gb2312" : "utf-8").bytes(gb18030: gb))).write(to: URL(fileURLWithPath: path))
        paths.append(path)
      }
    }
    let parallel = CorpusParser(parser: Parser(registry: .genericOnly)).parse(paths)
    #expect(parallel.count == 10)
    for (path, outcome) in zip(paths, parallel) {
      let one = Parser(registry: .genericOnly).parse(try DocumentLoader.load(path)).document
      #expect(try outcome.get().document == one, "\(path)")
    }
  }
}
