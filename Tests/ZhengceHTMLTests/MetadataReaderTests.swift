import Testing
import ZhengceCore
@testable import ZhengceHTML

/// Info blocks in their common layouts → `MetadataHints`.
@Suite struct MetadataReaderTests {
  private func hints(_ lines: [[String]]) -> MetadataHints {
    var reader = MetadataReader()
    reader.read(lines)
    return reader.hints
  }

  @Test func labelAndValueCells() {
    let h = hints([
      ["索 引 号:", "006686322/2016-00098", "主题分类:", "扶贫"],
      ["发文机关:", "中共湘西自治州委 湘西自治州人民政府", "成文日期:", "2016年01月13日"],
      ["文    号:", "州发〔2016〕1号", "发布日期:", "2016-01-20"],
    ])
    #expect(h == MetadataHints(
      docNumber: "州发〔2016〕1号", issuers: ["中共湘西自治州委", "湘西自治州人民政府"], date: "2016-01-13",
      indexNumber: "006686322/2016-00098", publishedDate: "2016-01-20"))
  }

  @Test func bracketLabelsOnOneLine() {
    let h = hints([["【索引号】430000/2018-00217 【发布机构】湖南省扶贫办 【发布文号】湘办发〔2018〕9号 【发布日期】2018-05-02"]])
    #expect(h == MetadataHints(
      docNumber: "湘办发〔2018〕9号", publisher: "湖南省扶贫办", indexNumber: "430000/2018-00217", publishedDate: "2018-05-02"))
  }

  @Test func asciiBracketLabels() {
    let h = hints([["[ 索引号 ] 719776475-GK-2020-2146799"], ["[ 发文字号 ] 安脱贫发〔2020〕2号"], ["[ 发文机关 ] 安康市脱贫攻坚领导小组"]])
    #expect(h == MetadataHints(
      docNumber: "安脱贫发〔2020〕2号", issuers: ["安康市脱贫攻坚领导小组"], indexNumber: "719776475-GK-2020-2146799"))
  }

  @Test func labelLinesFollowedByValueLines() {
    let h = hints([["索引号"], ["006686322/2016-00098"], ["发文机关:"], ["湘西自治州人民政府"], ["文号"], ["成文日期"], ["2016-01-13"]])
    #expect(h == MetadataHints(issuers: ["湘西自治州人民政府"], date: "2016-01-13", indexNumber: "006686322/2016-00098"))
  }

  @Test func severalColonLabelsOnOneLine() {
    let h = hints([["索引号 719776475-GK-2020-2146799 发布日期 2020-08-06 16:53"], ["来源 市扶贫局"], ["发布时间:2017-07-20 14:49:32 阅读次数:次"]])
    #expect(h == MetadataHints(publisher: "市扶贫局", indexNumber: "719776475-GK-2020-2146799", publishedDate: "2020-08-06"))
  }

  @Test func writtenAndPublishedDatesAreKeptApart() {
    #expect(hints([["发布日期:2020-08-06"], ["成文日期:2020年2月14日"]]) == MetadataHints(date: "2020-02-14", publishedDate: "2020-08-06"))
    #expect(hints([["成文日期:"], ["发布时间:2020/8/7"], ["发布日期:2020/8/6"]]) == MetadataHints(publishedDate: "2020-08-06"))
    #expect(hints([["印发日期:2020-02-20"], ["成文日期:2020-02-14"]]).date == "2020-02-14")
  }

  @Test func labelsInsideProseAreNotLabels() {
    let h = hints([["各地要拓宽资金来源:财政资金、社会资金并举。"], ["项目名称:某某扶贫产业园建设"], ["来源于群众的意见建议"]])
    #expect(h == MetadataHints())
  }

  @Test func emptyOrUnusableValuesAreSkipped() {
    let h = hints([["文号:", "", "发文日期:", "无"], ["索引号:", "-"], ["文号:湘政办发〔2018〕23号"]])
    #expect(h == MetadataHints(docNumber: "湘政办发〔2018〕23号"))
  }

  @Test(arguments: [
    ("2016-01-13", "2016-01-13"), ("2016年1月13日", "2016-01-13"), ("2018/4/28 10:00", "2018-04-28"),
    ("2019.03.03", "2019-03-03"), ("２０２０年２月１４日", "2020-02-14"),
  ])
  func dates(text: String, expected: String) {
    #expect(PageDate.parse(text) == expected)
  }

  @Test(arguments: ["", "无", "2020年", "2020-13-01", "1800-01-01", "第2020-1-1"])
  func notDates(text: String) {
    #expect(PageDate.parse(text) == nil)
  }
}
