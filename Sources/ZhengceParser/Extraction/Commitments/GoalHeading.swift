import ZhengceCore

/// The year a heading names for the goals under it: `一、今年全省经济社会发展的主要预期目标`
/// or `一、确保完成全年主要预期目标` (the document's year) or `(二)2025年发展目标`. A target listed under such a heading
/// with no date of its own is due that year, as a government work report's task list
/// means it (1.地区生产总值增长5%以上).
struct GoalHeading {
  let documentYear: Int?
  /// The year of each outline path whose heading, or an enclosing one, names goals with a year.
  private let years: HeadedPaths<Int>

  init(outline: [OutlineSection], documentYear: Int?) {
    self.documentYear = documentYear
    years = HeadedPaths(outline) { Self.year(in: $0, documentYear: documentYear) }
  }

  /// The year for a measure: its own heading's, else its path's.
  func year(of measure: Measure) -> Int? {
    (measure.heading.isEmpty ? nil : Self.year(in: measure.heading, documentYear: documentYear)) ?? years.value(at: measure.path)
  }

  /// The year a heading names before 目标: 今年 (the document's) or a written year (2025年).
  static func year(in heading: String, documentYear: Int?) -> Int? {
    var goal: Int?
    ByteSearch(heading).forEach("目标") { at in
      goal = at
      return false
    }
    guard let goal else { return nil }
    let before = String(decoding: heading.utf8.prefix(goal), as: UTF8.self)
    // 今年 (this year), 全年 (the whole year: a year's task list's own).
    let search = ByteSearch(before)
    if let documentYear, search.contains("今年") || search.contains("全年") { return documentYear }
    return Self.writtenYear(in: Array(before.unicodeScalars))
  }

  /// The year a document's title gives the work it plans, when the title is
  /// a year's list of work or a year's plan: 乃东区人民政府2025年工作要点, 关于2021年重点工作及责任分解的通知,
  /// 2025年县政府工作报告任务清单, 临汾市水污染防治2018年行动计划.
  /// Its targets with no date of their own are due that year. Nil when the
  /// title names another kind, or more than one year.
  static func annualYear(ofTitle title: String?) -> Int? {
    guard let title else { return nil }
    let scalars = Array(title.unicodeScalars)
    var years: Set<Int> = []
    var annual: Int?
    for i in scalars.indices where i + 4 < scalars.count && scalars[i + 4] == "年" {
      guard let year = writtenYear(in: Array(scalars[i..<(i + 5)])) else { continue }
      years.insert(year)
      // A title that opens with its year (2007年鄭州市人民政府目標管理工作方案) is that year's whole.
      let after = String(String.UnicodeScalarView(scalars[(i + 5)...].prefix(i == 0 ? scalars.count : Self.annualWorkReach)))
      // 2030年前碳达峰行动方案 gives a limit, not the year of the work.
      let search = ByteSearch(after)
      if !after.hasPrefix("前"), !after.hasPrefix("底前"), annualWork.contains(where: { search.contains($0) }) {
        annual = year
      }
    }
    return years.count == 1 ? annual : nil
  }

  /// How far after the year the words of a year's work may end (2025年县政府工作报告任务清单).
  static let annualWorkReach = 10

  /// What follows the year, within `annualWorkReach` characters, in the title of a year's list of work
  /// (2025年工作要点, 2021年度重点工作, 2025年县政府工作报告任务清单) or a year's plan
  /// (临汾市水污染防治2018年行动计划, 2019年…工作方案).
  private static let annualWork = [
    "工作要点", "重点工作", "工作计划", "工作任务", "目标任务", "重点任务", "工作安排", "政府工作报告",
    "行动计划", "实施计划", "工作方案", "行动方案", "实施方案",
  ]

  /// A four-digit year written before 年 (2025年).
  private static func writtenYear(in scalars: [Unicode.Scalar]) -> Int? {
    for i in scalars.indices where i + 4 < scalars.count && scalars[i + 4] == "年" {
      let digits = scalars[i..<(i + 4)].compactMap { CommitmentScalarClass.digit($0) }
      guard digits.count == 4, i == 0 || CommitmentScalarClass.digit(scalars[i - 1]) == nil else { continue }
      let year = digits.reduce(0) { $0 * 10 + $1 }
      if (1949...2100).contains(year) { return year }
    }
    return nil
  }
}
