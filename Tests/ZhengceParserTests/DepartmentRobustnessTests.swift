import Foundation
import Testing
import ZhengceCore
import ZhengceParser

@Suite struct DepartmentRobustnessTests {
  @Test(arguments: [
    String(repeating: "(", count: 50_000),
    String(repeating: "由", count: 50_000),
    String(repeating: "、", count: 50_000) + "负责",
    String(repeating: "(省财政厅牵头负责)", count: 5_000),
    String(repeating: "牵头单位:\t", count: 10_000),
    "", "(", ")", "由", "负责", "牵头", "、、、部门负责", "\t\n\t",
  ])
  func oddInputIsFastAndNeverCrashes(text: String) {
    let start = Date()
    let found = Departments.findings(text)
    #expect(Date().timeIntervalSince(start) < 30, "a quadratic scan would take hours")
    #expect(found.departments.count <= 1)
  }

  @Test func aLongMeasureIsScannedInLinearTime() {
    let sentence = "由市农业农村局牵头,市林业局、市水利局配合,重点发展优势产业。扶贫、财政部门负责盘清台账。(省财政厅牵头负责)"
    let text = String(repeating: sentence, count: 2_000)
    let start = Date()
    let found = Departments.findings(text)
    #expect(Date().timeIntervalSince(start) < 30, "a quadratic scan would take hours")
    #expect(found.departments.map(\.summary) == [
      "市农业农村局/lead", "市林业局/support", "市水利局/support", "扶贫部门/responsible", "财政部门/responsible", "省财政厅/lead",
    ])
  }
}
