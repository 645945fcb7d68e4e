import Testing
import ZhengceScript

/// OpenCC's t2s, character by character and with phrases, on real sentences.
@Suite struct FoldingTests {
  let characters = CharacterFolding.simplified

  @Test func charactersFoldToSimplified() {
    #expect(characters.fold("扶貧") == "扶贫")
    #expect(characters.fold("國務院關於") == "国务院关于")
    // Simplified text and everything that is not Han is left alone.
    #expect(characters.fold("扶贫 2175万元 GDP") == "扶贫 2175万元 GDP")
  }

  @Test func targetsAreTheSimplifiedForms() {
    let pin = "贫".unicodeScalars.first!.value
    let traditional = "貧".unicodeScalars.first!.value
    #expect(characters.isTarget(pin))
    #expect(!characters.changes(pin))
    #expect(characters.changes(traditional))
    #expect(!characters.isTarget("的".unicodeScalars.first!.value))
  }

  @Test func phrasesFoldScalarForScalar() {
    // heilongjiang-2014-growth-measures.txt, measure 一/2: 幹道 is 干道 (phrase and character).
    let line = "加快國省幹道和農村公路建設,今明兩年投資270億元。"
    let folded = SimplifiedFolding.fold(line)
    #expect(folded == "加快国省干道和农村公路建设,今明两年投资270亿元。")
    #expect(folded.unicodeScalars.count == line.unicodeScalars.count)
    // Lines keep their own lengths when converted together.
    let lines = [Array("黑龍江省".unicodeScalars), [], Array("(省發改委、交通運輸廳負責)".unicodeScalars)]
    #expect(SimplifiedFolding.fold(lines: lines).map { String(String.UnicodeScalarView($0)) } == ["黑龙江省", "", "(省发改委、交通运输厅负责)"])
  }

  @Test func traditionalTextIsTold() {
    // heilongjiang-2014-growth-measures.txt, preamble.
    let traditional = "今年以來,我省受能源工業出現負增長等因素影響,經濟增速回落,下行壓力加大。為貫徹落實黨中央、國務院關於穩增長、促改革、調結構、惠民生的決策部署,省政府決定,公布正在實施和今明兩年進一步採取促進經濟穩增長的若干措施。"
    #expect(TraditionalScript.isTraditional(traditional))
    // corpus/hunan-2018-deep-poverty-plan.txt: Simplified, and still so with a Traditional word quoted.
    let simplified = "全省上下要以习近平新时代中国特色社会主义思想为指导,深刻认识深度贫困地区脱贫攻坚的艰巨性和重要性,坚定打赢脱贫攻坚战的信心和决心。"
    #expect(!TraditionalScript.isTraditional(simplified))
    #expect(!TraditionalScript.isTraditional(simplified + "《扶貧》"))
  }
}
