/// The kind of document (文种) its title names: a plan, opinions, a notice …
/// Researchers filter by it (实施方案 against 意见), so it is part of the
/// contract; the vocabulary is that of the real-world expectations' `kind`.
public enum DocumentGenre: String, Sendable, Hashable, Codable, CaseIterable {
  /// 实施方案, 行动方案, 工作方案, 行动计划.
  case plan
  /// 意见, 实施意见, 指导意见.
  case opinions
  /// A 通知 (or 函) that issues or allocates funds: 下达…资金, 拨付…资金.
  case fundsNotice = "funds-notice"
  /// Any other 通知.
  case notice
  /// 公告, 公示, 通告.
  case announcement
  /// 办法, 细则, 条例, 规定, 规则.
  case rules
  /// 工作要点.
  case workPoints = "work-points"
  /// 任务分工, 分工方案, 责任分解.
  case taskDivision = "task-division"
  /// 考核办法, 考核细则.
  case assessment
  /// 规划, 纲要.
  case program
  /// 决定.
  case decision
  /// A kind outside this list that a title names: 批复, 通报, 函, 预案, 措施, 建议 ….
  case other

  /// What the value is called in Chinese, the label first (方案 for `plan`): pages show
  /// the label, and a query may name the genre by any of them (`文种:实施方案`).
  public var chineseNames: [String] {
    switch self {
    case .plan: ["方案", "实施方案", "行动方案", "计划", "行动计划"]
    case .opinions: ["意见", "实施意见", "指导意见"]
    case .fundsNotice: ["资金通知", "资金下达通知"]
    case .notice: ["通知"]
    case .announcement: ["公告", "公示", "通告"]
    case .rules: ["办法", "管理办法", "细则", "条例", "规定", "规则"]
    case .workPoints: ["工作要点", "要点"]
    case .taskDivision: ["任务分工", "分工方案"]
    case .assessment: ["考核办法", "考核"]
    case .program: ["规划", "纲要"]
    case .decision: ["决定"]
    case .other: ["其他"]
    }
  }

  /// The Chinese label: 方案, 意见, 资金通知 …
  public var chineseName: String { chineseNames[0] }

  /// The genre a name stands for: the value itself (`plan`) or a Chinese name (`方案`, `实施方案`).
  public init?(name: String) {
    guard let genre = Self(rawValue: name) ?? Self.allCases.first(where: { $0.chineseNames.contains(name) }) else { return nil }
    self = genre
  }
}

/// Where a document's genre was read: its title (or the cover notice carrying
/// it), or the words with which its body names its own kind (特提出如下实施意见,
/// 特此公告) when there is no title that names one. A researcher who wants only
/// genres a title states filters on it.
public enum GenreSource: String, Sendable, Hashable, Codable, CaseIterable {
  case title
  case body
}
