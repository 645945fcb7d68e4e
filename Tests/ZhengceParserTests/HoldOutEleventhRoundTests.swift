import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Rules found wrong on the eleventh hold-out round of Tests/Fixtures/realworld (SOURCES.md,
/// "Eleventh round"), asserted on those documents; the values are read from their texts.
@Suite struct HoldOutEleventhRoundTests {
  private static func commitments(_ name: String) throws -> [Commitment] {
    try HoldOutTests.parse(name).measures.flatMap(\.commitments)
  }

  /// guizhou-2017: the 文号 glued after the notice's title (…的通知黔府办发〔2017〕76号) is neither
  /// part of the title nor of the number; jiangsu-yancheng-2022: a page's share button (转发) above
  /// the title is no cover verb, and 发文部门 labels the issuer.
  @Test func aNumberGluedToItsTitleAndAShareButton() throws {
    let guizhou = try HoldOutTests.parse("guizhou-2017-mountain-urbanization-plan.txt")
    #expect(guizhou.docNumber == "黔府办发〔2017〕76号")
    #expect(guizhou.noticeTitle == "省人民政府办公厅关于印发贵州省加快推进山地特色新型城镇化建设实施方案的通知")
    #expect(guizhou.title == "贵州省加快推进山地特色新型城镇化建设实施方案")
    let yancheng = try HoldOutTests.parse("jiangsu-yancheng-2022-digital-economy-action-plan.txt")
    #expect(yancheng.title == "盐城市数字经济发展三年行动计划(2022—2024年)")
    #expect(yancheng.issuers == ["盐城市工业和信息化局"])
  }

  /// guizhou-ceheng-2021: 红旗村 is a village, not 新乡's 红旗区, so the notice is placed nowhere
  /// rather than in Henan; 周边一公里范围内 bounds a zone.
  @Test func aVillageIsNoDistrict() throws {
    let ceheng = try HoldOutTests.parse("guizhou-ceheng-2021-fireworks-ban-announcement.txt")
    #expect(ceheng.region.province == nil && ceheng.region.county == nil)
    let zone = try #require(ceheng.measures.flatMap(\.commitments).first { $0.unit == "公里" })
    #expect(zone.value == 1 && zone.comparator == .atMost && zone.kind == .standard)
  }

  /// hebei-cangzhou-2013: 面积约0.9195公顷(13.7925亩) and 每亩10.5万元(每公顷157.5万元): the bracket
  /// restates the figure in other units, with its bound and subject.
  @Test func aFigureRestatedInBrackets() throws {
    let cangzhou = try Self.commitments("hebei-cangzhou-2013-land-requisition-notification.txt")
    let mu = try #require(cangzhou.first { $0.unit == "亩" })
    let hectares = try #require(cangzhou.first { $0.unit == "公顷" })
    #expect(mu.comparator == .approximately && mu.subject == hectares.subject && mu.kind == hectares.kind)
    let perHectare = try #require(cangzhou.first { $0.value == 1_575_000 })
    #expect(perHectare.per == "每公顷" && perHectare.subject == "区片价标准" && perHectare.kind == .standard)
  }

  /// liaoning-bayuquan-2023: 分别不低于24%和30% bounds both figures, which measure one thing;
  /// henan-zhengzhou-2007: 4000美元 is in dollars, and a title that opens with its year
  /// (2007年鄭州市人民政府目標管理工作方案) dates its goals.
  @Test func boundsUnitsAndTheYearOfTheTitle() throws {
    let bayuquan = try Self.commitments("liaoning-bayuquan-2023-health-action-plan-draft.txt")
    let literacy = bayuquan.filter { $0.unit == "%" }
    #expect(literacy.map(\.value) == [24, 30] && literacy.allSatisfy { $0.comparator == .atLeast })
    #expect(literacy.allSatisfy { $0.subject == "居民健康素养水平" })
    let zhengzhou = try Self.commitments("henan-zhengzhou-2007-target-management-plan-trad-spam.txt")
    #expect(zhengzhou.first { $0.value == 4000 }?.unit == "美元")
    #expect(zhengzhou.first { $0.value == 15 && $0.unit == "%" }?.deadline == "2007")
  }
}
