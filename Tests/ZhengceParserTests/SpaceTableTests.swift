import Testing
import ZhengceCore
@testable import ZhengceParser

/// Task tables laid out with runs of spaces (`pdftotext -layout`, a table copied
/// from a PDF viewer): the normaliser reads their columns and gives back
/// TAB-separated rows, wrapped cells joined; other space runs are left alone.
@Suite struct SpaceTableTests {
  func normalized(_ lines: [String]) -> [String] { TextNormalizer().lines(lines.joined(separator: "\n")).map(\.text) }

  static let numbered = [
    " 序号             主要任务                 牵头单位        配合单位                  完成时限",
    "  1      编制全省农村供水保障规划，明确   省水利厅        省发展改革委、省财政厅、  2025年6月底前",
    "         城乡供水一体化布局                               省自然资源厅",
    "  2      加强水源地保护                   省生态环境厅                              长期坚持",
  ]

  @Test func rowsSplitIntoTheHeadersColumnsAndWrappedCellsJoin() {
    #expect(normalized(Self.numbered) == [
      "序号\t主要任务\t牵头单位\t配合单位\t完成时限",
      "1\t编制全省农村供水保障规划,明确城乡供水一体化布局\t省水利厅\t省发展改革委、省财政厅、省自然资源厅\t2025年6月底前",
      "2\t加强水源地保护\t省生态环境厅\t\t长期坚持",
    ])
  }

  @Test func ideographicSpacesSeparateColumnsAndUnwrappedTaskTextStartsARow() {
    let lines = [
      "重点任务　　　　　　　　牵头单位　　　　配合单位　　　　完成时限",
      "建设产业基地，每个贫困　县农业农村局　　县财政局　　　　2020年底",
      "县培育2个主导产业",
      "开展技能培训　　　　　　县人社局　　　　　　　　　　　　长期坚持",
      "组织劳务输出　　　　　　县人社局",
    ]
    // The first task runs to the next column, so the line below continues it; 县培育… stops short, so 开展… is a new row.
    #expect(normalized(lines) == [
      "重点任务\t牵头单位\t配合单位\t完成时限",
      "建设产业基地,每个贫困县培育2个主导产业\t县农业农村局\t县财政局\t2020年底",
      "开展技能培训\t县人社局\t\t长期坚持",
      "组织劳务输出\t县人社局",
    ])
  }

  @Test func cellsCentredInTallRowsGoToTheirNumbersRow() {
    // The number sits on a row's middle line: text above it opens the row, and the
    // lines between two numbers split where the upper row's task text ends.
    let lines = [
      " 序号           主要任务                 牵头单位      配合单位                完成时限",
      "        编制全省农村供水保障规划，明确",
      "  1     城乡供水一体化布局，推进规模化   省水利厅      省发展改革委、省财政厅  2025年6月底前",
      "        供水工程建设",
      "  2     加强水源地保护和水质检测         省生态环境厅  省卫生健康委            长期坚持",
      "        落实农村供水工程建设资金，新建                 省水利厅、",
      "  3     和改造供水工程200处以上          省财政厅      省农业农村厅            2025年12月底前",
    ]
    #expect(normalized(lines) == [
      "序号\t主要任务\t牵头单位\t配合单位\t完成时限",
      "1\t编制全省农村供水保障规划,明确城乡供水一体化布局,推进规模化供水工程建设\t省水利厅\t省发展改革委、省财政厅\t2025年6月底前",
      "2\t加强水源地保护和水质检测\t省生态环境厅\t省卫生健康委\t长期坚持",
      "3\t落实农村供水工程建设资金,新建和改造供水工程200处以上\t省财政厅\t省水利厅、省农业农村厅\t2025年12月底前",
    ])
  }

  @Test func aNumbersMarkIsDropped() {
    let lines = [
      "序号    重点任务          牵头单位      完成时限",
      "1.      完善低保制度      省民政厅      2020年底",
      "2、     加强饮水安全      省水利厅      长期坚持",
    ]
    #expect(normalized(lines) == ["序号\t重点任务\t牵头单位\t完成时限", "1\t完善低保制度\t省民政厅\t2020年底", "2\t加强饮水安全\t省水利厅\t长期坚持"])
  }

  @Test func aTaskEndingASentenceIsNotContinued() {
    let lines = [
      "重点任务                  牵头单位      完成时限",
      "完善低保制度。            省民政厅      2020年底",
      "加强饮水安全              省水利厅      长期坚持",
    ]
    #expect(normalized(lines) == ["重点任务\t牵头单位\t完成时限", "完善低保制度。\t省民政厅\t2020年底", "加强饮水安全\t省水利厅\t长期坚持"])
  }

  @Test func aBlankLineThenProseEndsTheTable() {
    #expect(normalized(Self.numbered + ["", "    注：各牵头单位每季度末报送进展情况。"]).suffix(2) == [
      "2\t加强水源地保护\t省生态环境厅\t\t长期坚持", "注:各牵头单位每季度末报送进展情况。",
    ])
    let lines = TextNormalizer().lines((Self.numbered + ["", "    注：各牵头单位每季度末报送进展情况。"]).joined(separator: "\n"))
    #expect(lines.last?.afterBlank == true)
  }

  @Test func aShortLineAfterABlankEndsATableWithoutNumbers() {
    let lines = [
      "重点任务                  牵头单位      完成时限",
      "完善低保制度              省民政厅      2020年底",
      "",
      "联系人：张三",
    ]
    #expect(normalized(lines) == ["重点任务\t牵头单位\t完成时限", "完善低保制度\t省民政厅\t2020年底", "联系人:张三"])
  }

  @Test func blankLinesBetweenRowsKeepTheTable() {
    let spaced = [Self.numbered[0], ""] + Self.numbered[1...2] + ["", Self.numbered[3]]
    #expect(normalized(spaced) == normalized(Self.numbered))
  }

  @Test func aSectionHeadingEndsTheTable() {
    #expect(normalized(Self.numbered + ["         三、保障措施"]).suffix(2) == ["2\t加强水源地保护\t省生态环境厅\t\t长期坚持", "三、保障措施"])
  }

  @Test func textAcrossTheColumnsEndsTheTable() {
    let prose = "   表中任务由各牵头单位会同配合单位抓好落实，每季度调度一次，年底前报送省政府。"
    #expect(normalized(Self.numbered + [prose]).suffix(2) == [
      "2\t加强水源地保护\t省生态环境厅\t\t长期坚持", "表中任务由各牵头单位会同配合单位抓好落实,每季度调度一次,年底前报送省政府。",
    ])
  }

  @Test func aPageNumberAndFormFeedInsideTheTableAreDropped() {
    let lines = Self.numbered[0...2] + ["", "                                  — 6 —", "\u{0C}" + Self.numbered[3].dropFirst()]
    #expect(normalized(Array(lines)) == normalized(Self.numbered))
  }

  @Test func aHeaderWithoutRowsStaysText() {
    #expect(normalized(["牵头单位  省财政厅    配合单位  省民政厅", "各地要加强组织领导，确保各项任务落到实处。"]) == [
      "牵头单位省财政厅配合单位省民政厅", "各地要加强组织领导,确保各项任务落到实处。",
    ])
  }

  @Test func otherSpaceRunsAreNotTables() {
    let lines = [
      "                  江西省农村供水保障提升行动实施方案",
      "索引号：  000014349/2019-00001        主题分类：  农业、林业、水利",
      "春风  夏雨  秋实  冬藏",
      "    加强组织领导，省水利厅要会同有关部门  加强工作调度。",
      "省发展改革委        省财政厅        省水利厅",
      "联系单位：省水利厅    联系电话：0791-86221234",
      "牵头单位：省水利厅  配合单位：省财政厅  完成时限：年底",
      "                                            2019年5月20日",
    ]
    #expect(normalized(lines) == [
      "江西省农村供水保障提升行动实施方案",
      "索引号: 000014349/2019-00001主题分类:农业、林业、水利",
      "春风夏雨秋实冬藏",
      "加强组织领导,省水利厅要会同有关部门加强工作调度。",
      "省发展改革委省财政厅省水利厅",
      "联系单位:省水利厅联系电话:0791-86221234",
      "牵头单位:省水利厅配合单位:省财政厅完成时限:年底",
      "2019年5月20日",
    ])
  }

  @Test func textJustifiedWithSpreadCharactersIsNoTable() {
    let lines = ["各牵头单位  要  会同  配合单位  抓好  落实", "2025年底前  完成  全部  任务"]
    #expect(normalized(lines) == ["各牵头单位要会同配合单位抓好落实", "2025年底前完成全部任务"])
  }

  @Test func linesEndingInCRLFReadTheSame() {
    #expect(TextNormalizer().lines(Self.numbered.joined(separator: "\r\n")).map(\.text) == normalized(Self.numbered))
  }

  @Test func everyScalarOfARowComesFromTheSameSourceScalar() throws {
    let text = Self.numbered.joined(separator: "\n")
    let source = Array(text.unicodeScalars)
    let row = try #require(TextNormalizer().lines(text).dropFirst().first)
    for (u, s) in zip(row.scalars, row.sources) {
      let from = source[Int(s)]
      if u == "\t" {
        #expect(from == " " || from == "\n")
      } else {
        #expect(WidthFolding.fold(from) == u)
      }
    }
    // The row takes both of its lines: from its number to the end of 省自然资源厅.
    let starts = Self.numbered.indices.map { k in Self.numbered[..<k].reduce(0) { $0 + $1.unicodeScalars.count + 1 } }
    #expect(row.sources.min() == Int32(starts[1] + 2) && source[starts[1] + 2] == "1")
    #expect(row.sources.max() == Int32(starts[3] - 2) && source[starts[3] - 2] == "厅")
  }

  @Test func spaceRunsAreFastToRejectWithoutADepartmentWord() {
    #expect(SpaceTable.mayOpen(Array("序号  主要任务  牵头单位".unicodeScalars)))
    #expect(!SpaceTable.mayOpen(Array("索引号：  000014349/2019-00001".unicodeScalars)))
  }
}
