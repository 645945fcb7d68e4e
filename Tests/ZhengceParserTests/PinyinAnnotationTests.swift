import Testing
import ZhengceCore
import ZhengceParser

/// Pinyin a mirror site put after characters goes; real parentheses stay.
@Suite struct PinyinAnnotationTests {
  /// The normalised text of one paragraph.
  func normalized(_ line: String) -> (text: String, removed: Bool) {
    let result = Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: "标题\n" + line))
    return (result.normalized.text, result.diagnostics.contains { $0.id == "text.pinyinRemoved" })
  }

  @Test func injectedReadingsGo() {
    // xinjiang-toli-2023-funds-announcement-trad.txt, first sentence.
    let toli = normalized("根據(jù)自治區(qū)《自治區(qū)關(guān)于做好鞏固拓展脫貧攻堅成果同鄉(xiāng)村振興有效銜接任務(wù)資金使用管理的通知》")
    #expect(toli.text.hasSuffix("根據自治區《自治區關于做好鞏固拓展脫貧攻堅成果同鄉村振興有效銜接任務資金使用管理的通知》"))
    #expect(toli.removed)
    // yunnan-2015-poverty-decision-trad.txt: a space inside the parenthesis.
    #expect(normalized("黨的十八屆五中全會(huì )把脫貧攻堅作為實(shí)現第一個(gè)百年奮斗目標").text
      .hasSuffix("黨的十八屆五中全會把脫貧攻堅作為實現第一個百年奮斗目標"))
    // beijing-2023-rural-construction-repost.txt: tone marks in 【】.
    #expect(normalized("中共【gòng】北京市委办公厅【tīng】北【běi】京【jīng】市人【rén】民政府【fǔ】办公厅").text
      .hasSuffix("中共北京市委办公厅北京市人民政府办公厅"))
  }

  @Test func realParenthesesStay() {
    // The false friends (numbering, 试行, a year, an abbreviation), the real-world corpus's
    // anhui-2017-county-pairing-assessment.txt title and a project code of a Yunnan announcement.
    for line in [
      "(一)重大意义。", "安徽省县域结对帮扶工作考核办法(试行)", "脱贫攻坚规划(2019)", "地区生产总值(GDP)年均增长7%",
      "项目编号(ycssmz202601)", "见附件(a)", "辦法(暫行)",
    ] {
      let result = normalized(line)
      #expect(result.text.hasSuffix(line), "\(line)")
      #expect(!result.removed, "\(line)")
    }
  }

  @Test func moreSyllablesThanCharactersStay() {
    // One syllable per Han character before the parenthesis at most: 省(shěng shì) is not a reading.
    let two = normalized("本省(shěng shì)")
    #expect(two.text.hasSuffix("本省") && two.removed)
    let three = normalized("省(shěng shì qū)")
    #expect(three.text.hasSuffix("省(shěng shì qū)") && !three.removed)
  }
}
