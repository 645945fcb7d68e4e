import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Addressee lines that list levels of government before one name (各市、县人民政府)
/// or the parts of a collective office (省人民政府各委、办、厅、局): one addressee,
/// as written, not its last part. Whole files of Tests/Fixtures/realworld/docs.
@Suite struct AddresseeListTests {
  static func addressees(_ name: String) throws -> [DepartmentRef] {
    let path = CorpusFixtures.root.appendingPathComponent("Tests/Fixtures/realworld/docs/\(name)").path
    let document = Parser(registry: Departments.registry).parse(try SourceText.plainText(bytes: try FileBytes.read(path), path: path)).document
    return try #require(document.measures.first).departments
  }

  /// 各区、市、县、自治县人民政府,市级各部门:
  @Test func levelsBeforeAnAutonomousCounty() throws {
    let found = try Self.addressees("sichuan-leshan-2020-task-division.txt")
    #expect(found.map(\.surface) == ["各区、市、县、自治县人民政府", "市级各部门"])
    #expect(found.allSatisfy { $0.role == .responsible })
  }

  /// 各地区行政公署,有关市、州、县人民政府,省政府各部门:
  @Test func levelsAfterYouguan() throws {
    let found = try Self.addressees("hubei-1994-87-poverty-counties-notice.txt")
    #expect(found.map(\.surface) == ["各地区行政公署", "市、州、县人民政府", "省政府各部门"])
  }

  /// 各州、市、县、区人民政府,省直各委、办、厅、局:
  @Test func officesUpToTing() throws {
    let found = try Self.addressees("yunnan-2017-stable-growth-opinions.txt")
    #expect(found.map(\.surface) == ["各州、市、县、区人民政府", "省直各委、办、厅、局"])
  }

  /// 各县(市)、区人民政府,市政府各委、办、局,各有关单位:
  @Test func aLevelWithItsBracketBeforeTheName() throws {
    let found = try Self.addressees("heilongjiang-qiqihaer-2019-emergency-plan.txt")
    #expect(found.map(\.surface) == ["各县(市)、区人民政府", "市政府各委、办、局", "各有关单位"])
  }
}
