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
    return Parser(registry: .genericOnly).parse(try SourceText.plainText(bytes: try FileBytes.read(path), path: path)).document
  }

  /// The notice, its addressees and signature (2018年7月6日), then the plan's own text
  /// without its heading: the plan is the document.
  @Test func aCoverNoticeFollowedByTheTextItIssues() throws {
    let document = try Self.parse("henan-2018-three-year-action-plan.txt")
    #expect(document.title == "河南省打赢脱贫攻坚战三年行动计划")
    #expect(document.noticeTitle == "中共河南省委 河南省人民政府关于印发《河南省打赢脱贫攻坚战三年行动计划》的通知")
  }

  /// 荥阳市人民政府办公室 ⏎ 关于印发荥阳市气象灾害应急预案的 ⏎ 通 知: the notice's last line letter-spaced.
  @Test func aLetterSpacedLastLineEndsTheNoticeTitle() throws {
    let document = try Self.parse("henan-xingyang-2015-meteorological-emergency-plan.txt")
    #expect(document.noticeTitle == "荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知")
    #expect(document.title == "荥阳市气象灾害应急预案")
    #expect(document.docNumber == "荥政办〔2015〕67号")
  }

  /// 中共江西省委办公厅 江西省人民政府办公厅 《关于深入推进脱贫攻坚工作的意见》的通知: bodies
  /// sending a document without the word 印发.
  @Test func bodiesSendingATitleInMarks() throws {
    let document = try Self.parse("jiangxi-2017-deepen-poverty-opinions.txt")
    #expect(document.title == "关于深入推进脱贫攻坚工作的意见")
    #expect(document.noticeTitle == "中共江西省委办公厅 江西省人民政府办公厅 《关于深入推进脱贫攻坚工作的意见》的通知")
  }

  /// 关于印发《财政扶贫资金管理办法》(试行)和《…》的通知: the status after the marks is the title's.
  @Test func aStatusAfterTheMarks() throws {
    #expect(try Self.parse("national-2000-poverty-funds-rules.txt").title == "财政扶贫资金管理办法(试行)")
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

/// Titles printed with page words around them on their line. Each expectation was read
/// from the file named.
@Suite struct TitleLineTests {
  /// 于田县2017年中央财政专项扶贫资金(发展资金)项目公示 时间:2017-03-24
  @Test func aPageLabelAfterTheTitle() throws {
    let document = try CoverNoticeTitleTests.parse("xinjiang-yutian-2017-funds-announcement.txt")
    #expect(document.title == "于田县2017年中央财政专项扶贫资金(发展资金)项目公示")
  }

  /// 《新疆维吾尔自治区乡村振兴战略规划(2018-2022年)》(全文)
  @Test func aTitleInMarksWithANoteAfterIt() throws {
    let document = try CoverNoticeTitleTests.parse("xinjiang-2018-rural-revitalization-strategy-program.txt")
    #expect(document.title == "新疆维吾尔自治区乡村振兴战略规划(2018-2022年)")
  }

  /// 中办国办印发《省级党委和政府扶贫开发工作成效考核办法》: the headline says who issued it,
  /// which still makes the document national.
  @Test func aHeadlineReportingTheIssue() throws {
    let document = try CoverNoticeTitleTests.parse("national-2016-provincial-poverty-assessment.txt")
    #expect(document.title == "省级党委和政府扶贫开发工作成效考核办法")
    #expect(document.region == Region(level: .national))
  }
}

/// Publication stamps heading a page, the date of last resort. Read from the files named.
@Suite struct PublicationStampTests {
  /// 17.02.2016  12:08 under the headline: day first, then the time.
  @Test func aDayFirstStampWithItsTime() throws {
    #expect(try CoverNoticeTitleTests.parse("national-2016-provincial-poverty-assessment.txt").date == "2016-02-17")
    #expect(try CoverNoticeTitleTests.parse("heilongjiang-2017-poverty-program.txt").date == "2017-10-20")
  }
}

/// Issuers named where a page puts them. Read from the files named.
@Suite struct IssuerPlacesTests {
  /// 中共江西省委办公厅 江西省人民政府办公厅 《关于深入推进脱贫攻坚工作的意见》的通知
  @Test func bodiesBeforeTheIssuedTitleInMarks() throws {
    let document = try CoverNoticeTitleTests.parse("jiangxi-2017-deepen-poverty-opinions.txt")
    #expect(document.issuers == ["中共江西省委办公厅", "江西省人民政府办公厅"])
  }

  /// The headline runs the bodies together (安徽省委辦公廳省政府辦公廳印發《…》); the report
  /// under it names them in full: 近日,中共安徽省委辦公廳、安徽省人民政府辦公廳印發了《…》.
  @Test func theReportOfTheIssueNamesTheBodies() throws {
    let document = try CoverNoticeTitleTests.parse("anhui-2016-county-leaders-assessment.txt")
    #expect(document.issuers == ["中共安徽省委辦公廳", "安徽省人民政府辦公廳"])
  }

  /// The closing signature without its date, above the page's links:
  /// 附件:1.2020年雨露计划补助资金安排表 ⏎ 漳平市脱贫攻坚战役指挥部办公室 ⏎ - 相关链接.
  @Test func aSignatureWithoutItsDate() throws {
    let document = try CoverNoticeTitleTests.parse("fujian-zhangping-2020-rain-dew-funds-notice.txt")
    #expect(document.issuers == ["漳平市脱贫攻坚战役指挥部办公室"])
  }

  /// 中办国办印发《…》: the central general offices by their usual abbreviation.
  @Test func theCentralOfficesAbbreviated() throws {
    let document = try CoverNoticeTitleTests.parse("national-2016-provincial-poverty-assessment.txt")
    #expect(document.issuers == ["中共中央办公厅", "国务院办公厅"])
  }
}

/// A Traditional title printed over two lines keeps its own characters once joined.
@Suite struct TraditionalTitleTests {
  /// 中共湖南省委 湖南省人民政府 ⏎ 關于實現(xiàn)鞏固拓展…的實施意見 (pinyin after 現 removed).
  @Test func aTitleJoinedFromTwoLines() throws {
    let document = try CoverNoticeTitleTests.parse("hunan-2021-consolidation-revitalization-opinions.txt")
    #expect(document.title == "中共湖南省委 湖南省人民政府關于實現鞏固拓展脫貧攻堅成果同鄉村振興有效銜接的實施意見")
  }
}
