import Testing
import ZhengceCore
import ZhengceParser

/// `A会同B、C…`: the body before the cue leads and those after it support
/// (xinjiang-toli-2023-funds-announcement-trad.txt, liaoning and shaanxi plans).
@Suite struct JointActionTests {
  private func attributions(_ text: String, plugin: String = "generic") -> [String] {
    Departments.findings(text, plugin: plugin).departments.map { "\($0.surface) \($0.role.rawValue)" }
  }

  @Test func theBodyBeforeLeadsAndThoseAfterSupport() {
    #expect(attributions("省财政厅会同省扶贫办制定资金管理办法。") == ["省财政厅 lead", "省扶贫办 support"])
  }

  /// Bodies after the cue without a place prefix still support when a lead stands before it.
  @Test func partnersWithoutAPrefix() {
    #expect(
      attributions("托里县乡村振兴局会同发改委、统战部、财政局,严格执行上级文件要求。", plugin: "xinjiang")
        == ["托里县乡村振兴局 lead", "发改委 support", "统战部 support", "财政局 support"])
  }

  /// 会同有关部门 names no partner: the body before the cue still leads, after 由.
  @Test func aPlaceholderPartnerLeavesTheLead() {
    #expect(attributions("农村危房改造任务由住房城乡建设部门会同相关部门统筹安排予以保障。") == ["住房城乡建设部门 lead"])
  }

  /// No body before the cue: the issuer acts, and the sentence attributes nothing, so a
  /// measure so worded keeps what it inherits (shaanxi-ankang-2020, 附件11 三 3).
  @Test func noBodyBeforeTheCue() {
    #expect(attributions("全年会同财政、审计部门组织开展重点业务专项检查2次以上。").isEmpty)
  }

  /// 会同 with nothing that looks like a body after it and none before: nothing.
  @Test func noBodyOnEitherSide() {
    #expect(attributions("会同研究部署相关工作。").isEmpty)
  }

  /// yunnan-2017-stable-growth-opinions.txt: banks' provincial branches (分行) are bodies
  /// of a support list, which the comma after them does not cut.
  @Test func bankBranchesSupport() {
    let text = "(省发展改革委、财政厅牵头;省工业和信息化委、国土资源厅,国家开发银行云南省分行、农业发展银行云南省分行,各州、市人民政府配合)"
    let found = Departments.findings(text).departments
    #expect(found.filter { $0.role == .support }.map(\.surface).contains("国家开发银行云南省分行"))
    #expect(found.filter { $0.role == .support }.map(\.surface).contains("国土资源厅"))
  }
}
