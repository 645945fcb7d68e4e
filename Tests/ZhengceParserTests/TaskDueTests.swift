import Testing
import ZhengceCore
@testable import ZhengceParser

/// Reading a 完成时限 cell: the first date that is not a baseline, year-less ones in the document's year.
@Suite struct TaskDueTests {
  @Test(arguments: [
    ("2020年12月底", 2018, "2020-12-31"), ("12月底前", 2019, "2019-12-31"), ("2019年6月", nil, "2019-06"),
    ("2018—2020年", nil, "2020"), ("上半年", 2021, "2021-06-30"), ("长期坚持", 2019, nil), ("3月底前", nil, nil),
  ] as [(String, Int?, String?)])
  func cellDates(cell: String, year: Int?, date: String?) {
    #expect(DeadlineResolver.firstDate(in: cell, documentYear: year) == date)
  }

  @Test func headerNamesTheDueColumn() {
    let column = { (cell: String) in TableRowSyntax.column(of: Array(cell.unicodeScalars)) }
    #expect(["完成时限", "完成时间", "时间节点", "完成期限", "时限要求"].allSatisfy { column($0) == .due })
    #expect(["重点任务", "牵头单位", "序号", "工作完成情况及时间安排说明"].map(column) == [nil, .departments, .number, nil])
  }
}
