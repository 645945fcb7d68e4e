import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// Messy files as users have them: each is one stderr line naming the file and the problem, or read in full.
@Suite struct BadFileCommandTests {
  static let big5 = Bundle.module.url(forResource: "big5-notice", withExtension: "txt", subdirectory: "Fixtures")

  @Test func filesWithNoTextOrAForeignEncodingAreNamedOneLineEach() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("blank.txt", " \n\t\n　\n")
    try scratch.write("bom.txt", [0xEF, 0xBB, 0xBF])
    try scratch.write("lines.txt", String(repeating: "\n", count: 100_000))
    try scratch.write("utf16.txt", [0xFF, 0xFE] + "扶贫开发\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try scratch.write("big5.txt", Array(try Data(contentsOf: try #require(Self.big5))))
    let run = try CommandRunner.run(["parse", "blank.txt", "bom.txt", "lines.txt", "utf16.txt", "big5.txt"], in: scratch.url)
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(run.stderr.split(separator: "\n") == [
      "zhengce: blank.txt: no text, only whitespace",
      "zhengce: bom.txt: no text, only whitespace",
      "zhengce: lines.txt: no text, only whitespace",
      "zhengce: utf16.txt: UTF-16 text (little-endian, with BOM), not UTF-8 or GB18030; convert it first: iconv -f UTF-16 -t UTF-8",
      "zhengce: big5.txt: Big5 text (traditional Chinese), not UTF-8 or GB18030; convert it first: iconv -f BIG5 -t UTF-8",
    ])
  }

  @Test func aFileCutInTheMiddleOfACharacterIsStillParsed() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let bytes = try CorpusFixtures.bytes(CorpusFixtures.hunan)
    // The first byte that continues a character (10xxxxxx) after 20 000 bytes: the cut falls inside one.
    let cut = try #require(bytes.indices.first { $0 > 20_000 && bytes[$0] & 0xC0 == 0x80 })
    try scratch.write("cut.txt", Array(bytes[..<cut]))
    let run = try CommandRunner.run(["parse", "--json", "cut.txt"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    let doc = try JSONDecoder().decode(ParsedDocument.self, from: Data(run.stdout.utf8))
    #expect(doc.source.encoding == "utf-8")
    #expect(doc.title == "湖南省关于支持深度贫困地区脱贫攻坚的实施方案")
    #expect(doc.measures.count > 20)
  }

  @Test func aFramePageNamesItsFrames() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("frames.html", """
      <html><head><title>政府信息公开</title></head><frameset cols="25%,75%">
      <frame src="nav.htm"><frame src="xxgk/2018/t23.htm"><noframes>您的浏览器不支持框架</noframes></frameset></html>
      """)
    let run = try CommandRunner.run(["parse", "frames.html"], in: scratch.url)
    #expect(run.status == 1)
    #expect(run.stderr == "zhengce: frames.html: HTML frame page (<frameset>); its text is in the frames: nav.htm, xxgk/2018/t23.htm\n")
  }

  @Test func pathsWithSpacesAndChineseAndSymlinkLoopsAreWalked() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("政策 文件/2018 湖南/深度 贫困.txt", try CorpusFixtures.bytes(CorpusFixtures.hunan))
    try FileManager.default.createSymbolicLink(atPath: scratch.path + "/政策 文件/2018 湖南/up", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: scratch.path + "/政策 文件/self", withDestinationPath: "self")
    let run = try CommandRunner.run(["index", "政策 文件", "--index", "idx"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr == "indexed 1 files (1 parsed, 0 unchanged, 0 dropped, 0 unreadable): 33 measures → idx\n")
    let parse = try CommandRunner.run(["parse", "--json", "政策 文件"], in: scratch.url)
    #expect(try JSONDecoder().decode(ParsedDocument.self, from: Data(parse.stdout.utf8)).id == "深度 贫困")
  }

  @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
  func anUnreadableFileIsNamed() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let file = try scratch.write("locked.txt", "一、总体要求\n")
    chmod(file, 0)
    defer { chmod(file, 0o644) }
    let run = try CommandRunner.run(["parse", "locked.txt"], in: scratch.url)
    #expect(run.status == 1)
    #expect(run.stderr == "zhengce: locked.txt: cannot be read (permission denied)\n")
  }
}
