import Foundation
import Testing
import ZhengceCore
@testable import ZhengceParser
import ZhengceTestSupport

/// The gazetteer and the region resolver on their own.
@Suite struct RegionResolverTests {
  static let resolver = RegionResolver()

  static func resolve(_ text: String) throws -> RegionResolution {
    let source = try SourceText.plainText(bytes: Array(text.utf8), path: "doc.txt")
    return Parser(registry: .genericOnly).parse(source).region
  }

  @Test func theGazetteerCoversTheCountry() {
    let units = Self.resolver.gazetteer.units
    #expect(units.filter { $0.level == .province }.count == 31)
    #expect(units.filter { $0.level == .city }.count == 333)
    #expect(units.filter { $0.level == .county }.count == 2847)
    let xiangxi = units.first { $0.name == "湘西土家族苗族自治州" }
    #expect(xiangxi?.code == "433100" && xiangxi?.shorts == ["湘西", "湘西州", "湘西自治州"])
    #expect(units.first { $0.name == "恩施土家族苗族自治州" }?.shorts.contains("恩施州") == true)
    #expect(units.first { $0.name == "黔东南苗族侗族自治州" }?.shorts.contains("黔东南州") == true)
    #expect(units.first { $0.name == "巴中市" }?.shorts == ["巴中"])
    #expect(units.filter { $0.name == "城中区" }.count == 2)
    let former = Dictionary(Self.resolver.gazetteer.formerNames.map { ($0.name, ($0.year, units[$0.unit].name)) }) { a, _ in a }
    #expect(former["襄樊市"]! == (2010, "襄阳市"))
    #expect(former["莱芜市"]! == (2019, "济南市"))
    #expect(former["巢湖市"]! == (2011, "巢湖市"))
    #expect(former["宁乡县"]! == (2017, "宁乡市"))
  }

  @Test func namesAreFoundLeftmostLongestInOnePass() {
    let matcher = Self.resolver.names.matcher
    func names(_ text: String) -> [String] { matcher.matches(in: Array(text.unicodeScalars)).map { matcher.names[$0.name] } }
    #expect(names("浙江西部山区") == ["浙江"])
    #expect(names("北京市朝阳区人民政府") == ["北京市", "朝阳区"])
    // Traditional characters read as simplified ones.
    #expect(names("鹿寨縣人民政府辦公室") == ["鹿寨县"])
  }

  /// A document of the former 襄樊市 (renamed 襄阳市 in December 2010): the
  /// 2008-03-12 通报 of the offices of the 襄樊 city Party committee and city
  /// government (中共襄樊市委办公室、市政府办公室关于表彰2007年度全市开发区建设工作先进单位的通报),
  /// read whole from Tests/Fixtures/realworld/docs/hubei-xiangfan-2008-development-zones-commendation.txt,
  /// as stored at http://www.fsou.net/html/text/lar/169843/16984334.html (see SOURCES.md there).
  @Test func aFormerNameResolvesToItsSuccessor() throws {
    let file = CorpusFixtures.root.appendingPathComponent(
      "Tests/Fixtures/realworld/docs/hubei-xiangfan-2008-development-zones-commendation.txt")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("中共襄樊市委办公室") && !text.contains("襄阳市"))
    let resolution = try Self.resolve(text)
    #expect(resolution.region == Region(province: "湖北省", city: "襄阳市", level: .city, code: "420600"))
    #expect(resolution.evidence.first?.contains("襄樊市 (former name, until 2010)") == true)
  }

  /// The State Council's opinions on Hainan (国发〔2009〕44号) are national although
  /// they are about one province. Quoted from
  /// Tests/Fixtures/realworld/docs/national-2009-hainan-tourism-island-opinions.txt.
  @Test func aCentralDocumentAboutOneProvinceIsNational() throws {
    let resolution = try Self.resolve("""
      國務(wù)院關(guān)于推進(jìn)海南國際旅游島 建設發(fā)展的若干意見(jiàn) 國發(fā)〔2009〕44號
      各省、自治區、直轄市人民政府,國務(wù)院各部委、各直屬機構:
      海南是我國最大的經(jīng)濟特區和唯一的熱帶島嶼省份。
      """)
    #expect(resolution.region == Region(level: .national))
  }

  @Test func anIssuerOfTheStateCouncilIsNational() {
    let clues = RegionClues(issuers: ["国务院办公厅"], titles: ["关于支持海南全面深化改革开放的指导意见"], body: "海南省 海南省 海南省")
    #expect(Self.resolver.resolve(clues).region == Region(level: .national))
    let local = RegionClues(issuers: ["国家税务总局湖南省税务局"], body: "")
    #expect(Self.resolver.resolve(local).region.province == "湖南省")
  }

  @Test func anAmbiguousCountyIsSettledByTheOtherCluesOrLeftOpen() {
    let alone = Self.resolver.resolve(RegionClues(issuers: ["城中区人民政府"], body: "城中区人民政府关于加强城市管理的通知"))
    #expect(alone.region == Region(level: .county))
    let xining = Self.resolver.resolve(RegionClues(issuers: ["城中区人民政府"], body: "为加快西宁市城中区发展,根据西宁市部署"))
    #expect(xining.region == Region(province: "青海省", city: "西宁市", county: "城中区", level: .county, code: "630103"))
    let beijing = Self.resolver.resolve(RegionClues(issuers: ["朝阳区人民政府"], titles: ["北京市朝阳区乡村振兴规划"]))
    #expect(beijing.region == Region(province: "北京市", county: "朝阳区", level: .county, code: "110105"))
  }

  @Test func aProvinceAbbreviationSharedWithACityIsSettledByTheBody() {
    // 青政发 opens 青海省's and 青岛市's 文号 alike.
    let qingdao = Self.resolver.resolve(RegionClues(docNumber: "青政发〔2019〕1号", body: "青岛市人民政府关于改善人民生活方面10件实事的通知。各区、市人民政府,青岛市政府各部门"))
    #expect(qingdao.region.city == "青岛市")
    let qinghai = Self.resolver.resolve(RegionClues(docNumber: "青政办〔2016〕29号", body: "各市、自治州人民政府,省政府各委、办、厅、局"))
    #expect(qinghai.region == Region(province: "青海省", level: .province, code: "630000"))
  }
}
