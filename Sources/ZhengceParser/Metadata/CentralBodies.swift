import ZhengceCore

/// Recognises the central bodies whose documents are national (国务院, 中共中央,
/// ministries), and the level an issuer without a place name states (市财政局).
enum CentralBodies {
  /// How central bodies' names begin.
  static let prefixes = [
    "国务院", "中共中央", "中央", "全国人民代表大会", "全国人大", "全国政协", "最高人民法院", "最高人民检察院", "国家",
    "中国人民银行", "中国银行保险监督管理委员会", "中国银保监会", "中国证券监督管理委员会", "中国证监会", "共青团中央",
    "中华全国", "全国妇联", "中国残疾人联合会", "中国残联",
  ]
  /// How ministries' and central offices' names end (财政部, 审计署, 海关总署).
  static let endings = ["部", "总署", "审计署"]
  /// 文号 of the State Council and the Party Centre: 国发, 国办发, 国函, 中发, 中办发.
  static let docNumberPrefixes = ["国发", "国办发", "国函", "国办函", "国务院令", "中发", "中办发"]
  /// Titles that name a central issuer first (国务院关于…, 中办国办印发《…》).
  static let titlePrefixes = ["国务院", "中共中央", "国务院办公厅", "中共中央办公厅", "中办国办", "中办", "国办"]

  /// Why the document is national, or nil: its first issuer, who leads it, is a
  /// central body and names no place (provinces may sign beside a ministry:
  /// 生态环境部 … 上海市人民政府), or (no issuers known) its 文号 or title says so.
  static func national(_ clues: RegionClues, simplified: [Unicode.Scalar: Unicode.Scalar]) -> String? {
    func fold(_ text: String) -> String { String(scalars: text.unicodeScalars.map { simplified[$0] ?? $0 }) }
    let issuers = clues.issuers.map(fold)
    if !issuers.isEmpty {
      guard let lead = issuers.first, isCentral(lead) else { return nil }
      return "issuer \(lead) is a central body: national"
    }
    if let number = clues.docNumber.map(fold), let prefix = docNumberPrefixes.first(where: { number.utf8.starts(with: $0.utf8) }) {
      return "文号 \(number) opens with \(prefix): national"
    }
    if let title = clues.titles.first.map(fold), let prefix = titlePrefixes.first(where: { title.utf8.starts(with: $0.utf8) }) {
      return "title opens with \(prefix): national"
    }
    return nil
  }

  /// A central body's name: 国务院办公厅, 农业农村部; not 湖南省财政厅 or 国家税务总局湖南省税务局,
  /// which the caller rules out by the place they name (see `national`).
  static func isCentral(_ issuer: String) -> Bool {
    guard !hasLevelPrefix(issuer), !containsPlaceWord(issuer) else { return false }
    return prefixes.contains { issuer.utf8.starts(with: $0.utf8) }
      || (issuer.unicodeScalars.count <= 12 && endings.contains { issuer.utf8.ends(with: $0.utf8) })
  }

  /// 省, 市, 县 … or a place's suffix inside the name: a local body (湖南省财政厅, 国家税务总局长沙市税务局).
  private static func containsPlaceWord(_ issuer: String) -> Bool {
    // 市 in 市场监督管理总局 names no city.
    let name = ByteSearch(issuer)
    let marketCount = name.count("市场")
    return ["省", "县", "自治区", "自治州", "盟", "旗"].contains(where: name.contains) || name.count("市") > marketCount
  }

  private static func hasLevelPrefix(_ issuer: String) -> Bool {
    guard let first = issuer.unicodeScalars.first else { return false }
    return "省市州县区旗乡镇村".unicodeScalars.contains(first)
  }

  /// The level issuers state by a prefix without naming a place: 市财政局 → city,
  /// 县扶贫办 → county, 省财政厅 → province; nil when they name a place or no level.
  static func issuerLevel(_ issuers: [String]) -> Gazetteer.Level? {
    for issuer in issuers {
      if issuer.hasPrefix("自治区") || issuer.hasPrefix("省") || issuer.hasPrefix("中共省委") { return .province }
      if issuer.hasPrefix("市") || issuer.hasPrefix("州") || issuer.hasPrefix("盟") || issuer.hasPrefix("中共市委") { return .city }
      if issuer.hasPrefix("县") || issuer.hasPrefix("旗") || issuer.hasPrefix("中共县委") { return .county }
    }
    return nil
  }
}
