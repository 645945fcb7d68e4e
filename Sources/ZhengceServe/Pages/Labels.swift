import ZhengceCore
import ZhengceSearch

/// Every word the pages show, in Chinese (the default) and English
/// (`?lang=en`). Role, kind and comparator labels come from here too, so a
/// page never shows a raw enum value such as `lead` or `times`.
struct Labels: Sendable {
  var language: Language
  var htmlLang: String
  var appName: String
  var search: String
  var tasks: String
  var compare: String
  var queryPlaceholder: String
  var submit: String
  var results: @Sendable (Int) -> String
  var noResults: String
  var previous: String
  var next: String
  var pageOf: @Sendable (Int, Int) -> String
  var removeFilter: String
  var facetNames: [String: String]
  var roles: [String: String]
  /// Kinds of document by `DocumentGenre` value: 方案 for `plan`.
  var genres: [String: String]
  var genre: String
  /// Said after a genre read from the body's own words rather than a title.
  var genreFromBody: String
  var measureKinds: [String: String]
  var quantityKinds: [String: String]
  var docNumber: String
  var issuers: String
  var date: String
  var region: String
  var outline: String
  var measures: String
  var departments: String
  var quantities: String
  var topics: String
  var citations: String
  var due: String
  var deadline: String
  /// What a quantity counts, and what it is for (每户).
  var subject: String
  var department: String
  var departmentPlaceholder: String
  var province: String
  var role: String
  var year: String
  var sort: String
  var sortOptions: [String: String]
  var any: String
  var document: String
  var path: String
  var text: String
  var downloadCSV: String
  var downloadJSONL: String
  var rows: @Sendable (Int) -> String
  var capped: @Sendable (Int) -> String
  var topic: String
  var query: String
  var byProvince: String
  var byDocument: String
  var measureCount: String
  var leadsByFamily: String
  var indicators: String
  var chartTopics: String
  var chartIndicator: String
  var unknownFamily: String
  var notFound: String
  var badRequest: String
  var switchLanguage: String
  var otherLanguage: Language

  static func of(_ language: Language) -> Labels { language == .en ? .english : .chinese }

  /// 牵头 for `lead`; the value itself when unknown.
  func role(_ value: String) -> String { roles[value] ?? value }

  /// 方案 for `plan`; the value itself when unknown.
  func genre(_ value: String) -> String { genres[value] ?? value }

  /// How a facet value is shown: roles and genres by their labels, other values as they are.
  func facetValue(_ field: Field, _ value: String) -> String {
    switch field {
    case .role: role(value)
    case .genre: genre(value)
    default: value
    }
  }

  static let chinese = Labels(
    language: .zh, htmlLang: "zh-CN", appName: "政策检索", search: "检索", tasks: "任务清单", compare: "省份对比",
    queryPlaceholder: "输入检索词,如 易地扶贫搬迁 province:湖南 -金融", submit: "检索",
    results: { "共 \(NumberText.grouped($0)) 条措施" }, noResults: "没有找到符合条件的措施。", previous: "上一页", next: "下一页",
    pageOf: { "第 \($0) / \($1) 页" }, removeFilter: "移除筛选",
    facetNames: [
      "province": "省份", "region": "市县", "family": "部门类别", "role": "部门角色", "topic": "主题", "year": "年份", "genre": "文种",
    ],
    roles: ["lead": "牵头", "support": "配合", "responsible": "负责", "consulted": "征求意见"],
    genres: Dictionary(uniqueKeysWithValues: DocumentGenre.allCases.map { ($0.rawValue, $0.chineseName) }), genre: "文种",
    genreFromBody: "据正文",
    measureKinds: ["numbered": "编号条目", "preamble": "序言", "paragraph": "段落"],
    quantityKinds: ["target": "目标", "baseline": "现状", "allocation": "资金安排", "standard": "标准"],
    docNumber: "文号", issuers: "发文机关", date: "成文日期", region: "地区", outline: "目录", measures: "措施", departments: "部门",
    quantities: "指标", topics: "主题", citations: "引用文件", due: "完成时限", deadline: "期限", subject: "对象",
    department: "部门",
    departmentPlaceholder: "部门类别、全称或简称,如 财政、省财政厅、市人社局", province: "省份", role: "角色", year: "年份", sort: "排序",
    sortOptions: ["document": "按文件", "due": "按完成时限", "province": "按省份"], any: "全部", document: "文件", path: "条目",
    text: "内容", downloadCSV: "下载 CSV", downloadJSONL: "下载 JSON Lines", rows: { "共 \(NumberText.grouped($0)) 项任务" },
    capped: { "结果较多,只读取了前 \(NumberText.grouped($0)) 份文件;请用省份或年份缩小范围。" }, topic: "主题", query: "检索式",
    byProvince: "按省份", byDocument: "按文件", measureCount: "措施数", leadsByFamily: "牵头部门(按类别)", indicators: "指标对照",
    chartTopics: "各省措施数(按主题)", chartIndicator: "同一指标各省数值", unknownFamily: "其他", notFound: "没有找到该页面或文件。",
    badRequest: "请求有误", switchLanguage: "English", otherLanguage: .en)

  static let english = Labels(
    language: .en, htmlLang: "en", appName: "Zhengce", search: "Search", tasks: "Task register", compare: "Compare",
    queryPlaceholder: "Search, e.g. 易地扶贫搬迁 province:湖南 -金融", submit: "Search",
    results: { "\(NumberText.grouped($0)) \($0 == 1 ? "measure" : "measures")" }, noResults: "No measures match.",
    previous: "Previous", next: "Next", pageOf: { "Page \($0) of \($1)" }, removeFilter: "Remove filter",
    facetNames: [
      "province": "Province", "region": "City / county", "family": "Department family", "role": "Role", "topic": "Topic",
      "year": "Year", "genre": "Kind of document",
    ],
    roles: ["lead": "lead", "support": "support", "responsible": "responsible", "consulted": "consulted"],
    genres: [
      "plan": "plan", "opinions": "opinions", "funds-notice": "funds notice", "notice": "notice", "announcement": "announcement",
      "rules": "rules", "work-points": "work points", "task-division": "task division", "assessment": "assessment",
      "program": "program", "decision": "decision", "other": "other",
    ],
    genre: "Kind of document", genreFromBody: "as the body says",
    measureKinds: ["numbered": "numbered", "preamble": "preamble", "paragraph": "paragraph"],
    quantityKinds: ["target": "target", "baseline": "baseline", "allocation": "allocation", "standard": "standard"],
    docNumber: "Document number", issuers: "Issuers", date: "Date", region: "Region", outline: "Outline", measures: "Measures",
    departments: "Departments", quantities: "Quantities", topics: "Topics", citations: "Citations", due: "Due", deadline: "Deadline",
    subject: "Of", department: "Department", departmentPlaceholder: "Family, name or alias, e.g. 财政, 省财政厅, 市人社局", province: "Province",
    role: "Role", year: "Year", sort: "Sort", sortOptions: ["document": "by document", "due": "by due date", "province": "by province"],
    any: "any", document: "Document", path: "Item", text: "Text", downloadCSV: "Download CSV", downloadJSONL: "Download JSON Lines",
    rows: { "\(NumberText.grouped($0)) tasks" },
    capped: { "Many matches: only the first \(NumberText.grouped($0)) documents were read; narrow by province or year." },
    topic: "Topic", query: "Query", byProvince: "by province", byDocument: "by document", measureCount: "Measures",
    leadsByFamily: "Leads by family", indicators: "Indicators", chartTopics: "Measures per province (by topic)",
    chartIndicator: "The same indicator across provinces", unknownFamily: "other", notFound: "No such page or document.",
    badRequest: "Bad request", switchLanguage: "中文", otherLanguage: .zh)
}
