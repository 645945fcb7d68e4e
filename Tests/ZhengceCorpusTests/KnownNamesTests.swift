import Testing
import ZhengceCorpus

/// The nearest known names to a filter that matches none.
@Suite struct KnownNamesTests {
  @Test func nearestNamesByEditDistance() {
    #expect(KnownNames.nearest("财正", among: ["财政", "省财政厅", "人社", "扶贫"]) == ["财政"])
    #expect(KnownNames.nearest("serach", among: ["search", "index", "parse", "tasks"], limit: 1) == ["search"])
    #expect(KnownNames.nearest("完全不同的名字", among: ["财政"]).isEmpty)
  }

  @Test func aNameMatchesWhenOneContainsTheOther() {
    #expect(KnownNames.matches("财政", ["省财政厅"]))
    #expect(KnownNames.matches("湖南省", ["湖南"]))
    #expect(!KnownNames.matches("财正", ["省财政厅", "财政"]))
  }
}
