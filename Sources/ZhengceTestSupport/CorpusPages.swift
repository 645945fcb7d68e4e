import Foundation
import ZhengceCore

/// The five corpus documents, each with the heading and info values its portal page states.
public struct CorpusPage: Sendable, CustomStringConvertible {
  public var file: String
  public var site: String
  public var heading: String
  public var info: PortalPage.Info
  /// The hints the reader must return.
  public var expected: MetadataHints

  public var description: String { file }

  public var path: String { CorpusFixtures.root.appendingPathComponent("corpus/" + file).path }

  public var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

  /// The corpus text after its heading line, one paragraph an element.
  public var paragraphs: [String] {
    let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return lines[(start + 1)...].filter { !$0.isEmpty }
  }

  /// The corpus lines before the heading (the source site's own info lines or banners).
  public var leadingLines: [String] {
    let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return lines[..<start].filter { !$0.isEmpty }
  }

  public func page(layout: PortalPage.InfoLayout = .tableCells, charset: String = "utf-8") -> PortalPage {
    PortalPage(site: site, heading: heading, info: info, layout: layout, paragraphs: paragraphs, charsetLabel: charset)
  }

  public static let all: [CorpusPage] = [
    CorpusPage(
      file: "guangxi-nanning-2015-precision-poverty-plan.txt", site: "南宁市人民政府门户网站",
      heading: "广西精准扶贫实施方案",
      info: .init(
        indexNumber: "000014349/2017-04521", issuers: "南宁市人民政府", writtenDate: "", docNumber: "",
        publishedDate: "2017-07-20", publisher: "南宁市扶贫开发办公室"),
      expected: MetadataHints(
        title: "广西精准扶贫实施方案", docNumber: nil, issuers: ["南宁市人民政府"], date: nil,
        publisher: "南宁市扶贫开发办公室", indexNumber: "000014349/2017-04521", publishedDate: "2017-07-20")),
    CorpusPage(
      file: "hunan-2018-deep-poverty-plan.txt", site: "湖南省人民政府门户网站",
      heading: "湖南省关于支持深度贫困地区脱贫攻坚的实施方案",
      info: .init(
        indexNumber: "430000/2018-00217", issuers: "中共湖南省委办公厅、湖南省人民政府办公厅",
        writtenDate: "2018年4月26日", docNumber: "湘办发〔2018〕9号", publishedDate: "2018-05-02",
        publisher: "湖南省扶贫开发办公室"),
      expected: MetadataHints(
        title: "湖南省关于支持深度贫困地区脱贫攻坚的实施方案", docNumber: "湘办发〔2018〕9号",
        issuers: ["中共湖南省委办公厅", "湖南省人民政府办公厅"], date: "2018-04-26", publisher: "湖南省扶贫开发办公室",
        indexNumber: "430000/2018-00217", publishedDate: "2018-05-02")),
    CorpusPage(
      file: "hunan-xiangxi-2016-precision-poverty-opinions.txt", site: "湘西土家族苗族自治州人民政府",
      heading: "中共湘西自治州委 湘西自治州人民政府 关于打赢精准脱贫攻坚战的意见",
      info: .init(
        indexNumber: "006686322/2016-00098", issuers: "中共湘西自治州委 湘西自治州人民政府", writtenDate: "2016-01-13",
        docNumber: "州发〔2016〕1号", publishedDate: "2016-01-13", publisher: "州扶贫办"),
      expected: MetadataHints(
        title: "中共湘西自治州委 湘西自治州人民政府 关于打赢精准脱贫攻坚战的意见", docNumber: "州发〔2016〕1号",
        issuers: ["中共湘西自治州委", "湘西自治州人民政府"], date: "2016-01-13", publisher: "州扶贫办",
        indexNumber: "006686322/2016-00098", publishedDate: "2016-01-13")),
    CorpusPage(
      file: "liaoning-2019-three-year-action-opinions.txt", site: "辽宁省人民政府",
      heading: "中共辽宁省委 辽宁省人民政府 关于打赢脱贫攻坚战三年行动的实施意见",
      info: .init(
        indexNumber: "", issuers: "中共辽宁省委,辽宁省人民政府", writtenDate: "", docNumber: "",
        publishedDate: "2019年03月03日", publisher: "辽宁日报"),
      expected: MetadataHints(
        title: "中共辽宁省委 辽宁省人民政府 关于打赢脱贫攻坚战三年行动的实施意见", docNumber: nil,
        issuers: ["中共辽宁省委", "辽宁省人民政府"], date: nil, publisher: "辽宁日报", indexNumber: nil,
        publishedDate: "2019-03-03")),
    CorpusPage(
      file: "shaanxi-ankang-2020-consolidation-plan.txt", site: "安康市人民政府",
      heading: "关于印发《安康市巩固提升脱贫攻坚成果实施方案》的通知",
      info: .init(
        indexNumber: "719776475-GK-2020-2146799", issuers: "安康市脱贫攻坚领导小组", writtenDate: "2020-02-14",
        docNumber: "安脱贫发〔2020〕2号", publishedDate: "2020-08-06 16:53", publisher: "市扶贫局"),
      expected: MetadataHints(
        title: "关于印发《安康市巩固提升脱贫攻坚成果实施方案》的通知", docNumber: "安脱贫发〔2020〕2号",
        issuers: ["安康市脱贫攻坚领导小组"], date: "2020-02-14", publisher: "市扶贫局",
        indexNumber: "719776475-GK-2020-2146799", publishedDate: "2020-08-06")),
  ]
}
