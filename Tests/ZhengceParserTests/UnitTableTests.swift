import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Tables whose unit is declared above them (单位:万元), as pages flatten them.
@Suite struct UnitTableTests {
  static func rows(_ text: String) -> [[String?]] {
    CommitmentExtractor().extract(from: text, documentDate: nil).map { [$0.surface, $0.unit, $0.subject, $0.value.description] }
  }

  /// guizhou-zhengan-2009-relief-funds-notice: a cell a line, under 单位:万元, the total last.
  @Test func aCellALineOfTheZhenganTable() throws {
    let document = try CorpusFixtures.parse(realWorld: "guizhou-zhengan-2009-relief-funds-notice.txt").document
    let found = document.measures.flatMap(\.commitments).map { [$0.surface, $0.subject, $0.value.description] as [String?] }
    #expect(found == [
      ["2", "杨兴乡", "20000.0"], ["0.5", "新州镇", "5000.0"], ["0.5", "安场镇", "5000.0"], ["0.5", "凤仪镇", "5000.0"],
      ["0.5", "乐俭乡", "5000.0"], ["0.5", "和溪镇", "5000.0"], ["1", "中观镇", "10000.0"], ["2", "班竹乡", "20000.0"],
      ["2.5", "格林镇", "25000.0"], ["10", "合计", "100000.0"],
    ])
  }

  @Test func aRowALine() {
    #expect(Self.rows("分配表\n单位:万元\n乡镇  金额\n城关镇  12.5\n合计\t12.5\n") == [
      ["12.5", "元", "城关镇", "125000.0"], ["12.5", "元", "合计", "125000.0"],
    ])
  }

  /// A year column, a line of prose, and 单位 that declares no unit (责任单位:…) give no figures.
  @Test func whatIsNoFigureOfTheTable() {
    #expect(Self.rows("单位:万元\n年度\n2019\n").isEmpty)
    #expect(Self.rows("单位:万元\n以上资金请于收到文件后及时拨付到项目单位,专款专用。\n3\n").isEmpty)
    #expect(Self.rows("责任单位:省财政厅\n3\n").isEmpty)
  }
}
