import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// Tables fitted to a terminal, wrapped inside their columns.
@Suite struct TerminalTableTests {
  @Test func chineseWrapsBetweenCharactersButNotBeforeClosingPunctuation() {
    // hunan-2018-deep-poverty-plan.txt, 四/(三).
    let text = "保障贫困户饮水安全。加快实施农村饮水安全巩固提升工程,加大对深度贫困县和深度贫困村支持力度。"
    let lines = TerminalTable.wrap(text, width: 20)
    #expect(lines == ["保障贫困户饮水安全。", "加快实施农村饮水安全", "巩固提升工程,加大对", "深度贫困县和深度贫困", "村支持力度。"])
    #expect(lines.allSatisfy { DisplayWidth.columns($0, on: .terminal) <= 20 })
    #expect(TerminalTable.wrap("安全。加快", width: 4) == ["安", "全。", "加快"])
  }

  @Test func latinWordsAndIDsBreakAtSpacesAndHyphens() {
    #expect(TerminalTable.wrap("hunan-2018-deep-poverty-plan", width: 12) == ["hunan-2018-", "deep-", "poverty-plan"])
    #expect(TerminalTable.wrap("COVID-19 O2O模式", width: 9) == ["COVID-19", "O2O模式"])
  }

  @Test func theLastColumnTakesWhatTheOthersLeave() {
    let table = TerminalTable(header: ["文件", "任务内容"], rows: [["hunan", "保障贫困户饮水安全。加快实施农村饮水安全巩固提升工程"]])
    #expect(table.render(width: 30) == "文件   任务内容\nhunan  保障贫困户饮水安全。加\n       快实施农村饮水安全巩固\n       提升工程\n")
    #expect(table.render(width: nil) == "文件   任务内容\nhunan  保障贫困户饮水安全。加快实施农村饮水安全巩固提升工程\n")
  }
}
