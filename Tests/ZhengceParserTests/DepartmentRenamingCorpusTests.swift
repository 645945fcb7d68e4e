import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// The corpus's departments named before a renaming, linked to their successors.
@Suite struct DepartmentRenamingCorpusTests {
  typealias C = CorpusFixtures

  /// `path | surface | name | renamedFrom | renamedIn | family | level | role` of every renamed department, in order.
  private func renamed(_ stem: String) throws -> [String] {
    let result = try C.parse(stem, parser: Parser(registry: Departments.registry))
    return result.document.measures.flatMap { measure in
      measure.departments.compactMap { d in
        d.renamedFrom.map { from in
          [
            measure.path.joined(separator: "/"), d.surface, d.name, from, d.renamedIn.map(String.init) ?? "-", d.family ?? "-",
            d.level ?? "-", d.role.rawValue + (d.separately ? "*" : ""),
          ].joined(separator: " | ")
        }
      }
    }
  }

  @Test func hunanNamesNineFormerBodies() throws {
    let found = try renamed(C.hunan)
    #expect(found.count == 23)
    #expect(found.filter { $0.contains(" | 省扶贫办 | ") }.count == 12)
    #expect(found.contains("五/(二) | 省扶贫办 | 省乡村振兴局 | 省扶贫开发办公室 | 2021 | 扶贫 | 省 | lead"))
    #expect(found.filter { !$0.contains(" | 省扶贫办 | ") && !$0.contains(" | 省卫生计生委 | ") } == [
      "三/(二) | 湖南银监局 | 湖南银保监局 | 湖南银监局 | 2018 | 金融 | 省 | lead*",
      "三/(二) | 湖南保监局 | 湖南银保监局 | 湖南保监局 | 2018 | 金融 | 省 | lead*",
      "三/(四) | 省国土资源厅 | 省自然资源厅 | 省国土资源厅 | 2018 | 自然资源 | 省 | lead",
      "三/(六) | 省农委 | 省农业农村厅 | 省农业委员会 | 2018 | 农业农村 | 省 | lead*",
      "三/(六) | 省经信委 | 省工业和信息化厅 | 省经济和信息化委员会 | 2018 | 工信 | 省 | lead*",
      "三/(六) | 省林业厅 | 省林业局 | 省林业厅 | 2018 | 林业 | 省 | lead*",
      "三/(六) | 省旅发委 | 省文化和旅游厅 | 省旅游发展委员会 | 2018 | 文旅 | 省 | lead*",
      "三/(七) | 省林业厅 | 省林业局 | 省林业厅 | 2018 | 林业 | 省 | lead*",
      "四/(八) | 省农委 | 省农业农村厅 | 省农业委员会 | 2018 | 农业农村 | 省 | lead*",
    ])
    #expect(found.contains("四/(二) | 省卫生计生委 | 省卫生健康委员会 | 省卫生和计划生育委员会 | 2018 | 卫健 | 省 | lead*"))
  }

  @Test func nanningsPovertyOffice() throws {
    #expect(try renamed(C.nanning) == ["三/(一)/5 | 市扶贫办 | 市乡村振兴局 | 市扶贫开发办公室 | 2021 | 扶贫 | 市 | responsible"])
  }

  @Test func ankangsPovertyBureauInTheTextAndItsAnnex() throws {
    let found = try renamed(C.ankang)
    #expect(found.count == 10)
    #expect(found.first == "二/(十一) | 市扶贫开发局 | 市乡村振兴局 | 市扶贫开发局 | 2021 | 扶贫 | 市 | lead")
    #expect(found.contains("附件11/三/2 | 市扶贫开发局 | 市乡村振兴局 | 市扶贫开发局 | 2021 | 扶贫 | 市 | support"))
    #expect(found.allSatisfy { $0.hasPrefix("二/(十一) | ") || $0.hasPrefix("附件11") })
  }

  /// Xiangxi 2016 assigns no department a role; Liaoning 2019 names 国务院扶贫办 only as a co-issuer of a cited notice.
  @Test func xiangxiAndLiaoningNameNoFormerBodyWithARole() throws {
    #expect(try renamed(C.xiangxi).isEmpty)
    #expect(try renamed(C.liaoning).isEmpty)
  }
}
