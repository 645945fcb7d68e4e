import ZhengceCore

/// The gazetteer's names as the resolver looks for them: full names of every
/// unit, short forms of provinces and prefectures (湖南, 湘西州, 巴中), former
/// names (襄樊市), and the words that say a document's level (全市, 我县), all in
/// one automaton so a text is read once.
struct PlaceNames: Sendable {
  /// How a name names its units.
  enum Form: Sendable, Hashable {
    case full, short
    /// A former name, with the year it was given up.
    case former(Int)
  }

  /// What a matched name stands for.
  enum Meaning: Sendable, Hashable {
    case units([Int], Form)
    /// 全省, 我市, 县委 …: the text speaks as a body of this level.
    case levelWord(Gazetteer.Level)
    /// 各省、自治区、直辖市: the addressees of a central document.
    case allProvinces
  }

  let gazetteer: Gazetteer
  let matcher: PlaceNameMatcher
  let meanings: [Meaning]
  let provincesByAbbreviation: [Unicode.Scalar: Int]
  /// Units directly under each unit.
  let children: [Int: [Int]]

  /// Names that are also common words (城区, 郊区, 新城区): they count only in an issuer's name.
  static let commonWords: Set<String> = ["城区", "郊区", "矿区", "新城区", "老城区", "东区", "西区", "市中区", "城关区", "新区"]

  /// How a body speaks of its own area: 全省, 我市, 本县 (not 省委 or 市政府, which
  /// a county's document writes of the bodies above it too).
  static let levelWords: [(String, Gazetteer.Level)] =
    ["全省", "我省", "本省", "全自治区", "全区各族"].map { ($0, .province) }
    + ["全市", "我市", "本市", "全州", "我州", "本州", "全盟", "我盟"].map { ($0, .city) }
    + ["全县", "我县", "本县", "全旗", "我旗", "本旗"].map { ($0, .county) }

  /// How central documents address every province.
  static let allProvinces = ["各省、自治区、直辖市", "各省(自治区、直辖市)", "各省(区、市)", "各省区市", "各省、区、市"]

  init(_ gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
    var byName: [String: [(Int, Form)]] = [:]
    var abbreviations: [Unicode.Scalar: Int] = [:]
    var children: [Int: [Int]] = [:]
    for (index, unit) in gazetteer.units.enumerated() {
      byName[unit.name, default: []].append((index, .full))
      if let parent = unit.parent { children[parent, default: []].append(index) }
      switch unit.level {
      case .province:
        if let a = unit.abbreviation?.unicodeScalars.first { abbreviations[a] = index }
        for short in unit.shorts { byName[short, default: []].append((index, .short)) }
      case .city:
        for short in unit.shorts where short.unicodeScalars.count >= 2 { byName[short, default: []].append((index, .short)) }
      case .county:
        // 城中, 襄城: too often other words; 彭水自治县, 彭水县, 鄂温克旗 name only the unit.
        for short in unit.shorts where short.hasSuffix("县") || short.hasSuffix("旗") {
          byName[short, default: []].append((index, .short))
        }
      }
    }
    for former in gazetteer.formerNames {
      byName[former.name, default: []].append((former.unit, .former(former.year)))
      if gazetteer.units[former.unit].level == .city, former.name.hasSuffix("市") {
        let short = String(former.name.dropLast())
        if short.unicodeScalars.count >= 2, byName[short] == nil { byName[short] = [(former.unit, .former(former.year))] }
      }
    }
    var names: [String] = []
    var meanings: [Meaning] = []
    for (name, entries) in byName.sorted(by: { $0.key < $1.key }) {
      // A full name outranks the same text as another unit's short form.
      let full = entries.filter { if case .full = $0.1 { true } else { false } }
      let kept = full.isEmpty ? entries : full
      names.append(name)
      meanings.append(.units(kept.map(\.0), kept[0].1))
    }
    for (word, level) in Self.levelWords where byName[word] == nil {
      names.append(word)
      meanings.append(.levelWord(level))
    }
    for phrase in Self.allProvinces {
      names.append(phrase)
      meanings.append(.allProvinces)
    }
    self.matcher = PlaceNameMatcher(names: names, folding: gazetteer.simplified)
    self.meanings = meanings
    self.provincesByAbbreviation = abbreviations
    self.children = children
  }

  /// The names found in `text` that count in `tier`, with their units.
  func found(in scalars: [Unicode.Scalar], tier: Tier) -> [Found] {
    found(matcher.matches(in: scalars), of: scalars, tier: tier)
  }

  typealias Found = (units: [Int], form: Form, match: PlaceNameMatcher.Match)

  /// Levels below a county's that a short name may open: 村, 镇, 乡, 街道, 社区 (红旗村).
  static let smallerPlaces = Set("村镇乡街社屯寨".unicodeScalars)

  private func found(_ matches: [PlaceNameMatcher.Match], of scalars: [Unicode.Scalar], tier: Tier) -> [Found] {
    var out: [Found] = []
    for match in matches {
      guard case .units(let units, let form) = meanings[match.name] else { continue }
      let name = matcher.names[match.name]
      if Self.commonWords.contains(name), tier != .issuers { continue }
      if tier == .body, form == .short, gazetteer.units[units[0]].level == .city, match.end - match.start < 3 { continue }
      // A short name followed by the level of a smaller place is that place's (红旗村 is no 红旗区).
      if form == .short, match.end < scalars.count, Self.smallerPlaces.contains(scalars[match.end]) { continue }
      // A two-character name (和县, 新县, 东区) must begin the text or follow a place or 中共.
      if match.end - match.start == 2, match.start > 0, out.last?.match.end != match.start {
        let before = scalars[match.start - 1]
        let afterParty = match.start >= 2 && scalars[match.start - 2] == "中" && before == "共"
        if ScalarClass.isHan(before), !afterParty { continue }
      }
      out.append((units, form, match))
    }
    return out
  }

  /// The place a name-like text (an issuer, a title) is of: its first place name
  /// outside a cited title (《…》), made deeper by the names that follow it
  /// directly (广西壮族自治区南宁市隆安县).
  func place(in text: String, tier: Tier) -> Place? {
    let scalars = Array(text.unicodeScalars)
    let cited = Self.insideTitleMarks(scalars)
    let found = found(in: scalars, tier: tier).filter { !cited[$0.match.start] }
    guard let first = found.first else { return nil }
    var candidates = first.units
    var surface = matcher.names[first.match.name]
    var end = first.match.end
    for next in found.dropFirst() where next.match.start == end {
      let below = next.units.filter { unit in candidates.contains { gazetteer.chain(unit).contains($0) } }
      guard !below.isEmpty else { break }
      candidates = below
      surface += matcher.names[next.match.name]
      end = next.match.end
    }
    let named = candidates.map { gazetteer.units[$0].name }.joined(separator: " or ")
    var why = "\(tier.rawValue) \(text) names \(surface)"
    if case .former(let year) = first.form { why += " (former name, until \(year))" }
    if surface != named { why += ": \(named)" }
    return Place(candidates: candidates, why: why)
  }

  /// For each scalar, whether it lies inside 《》 or 〈〉: the title of a cited
  /// document, whose places are not the citing document's.
  static func insideTitleMarks(_ scalars: [Unicode.Scalar]) -> [Bool] {
    var depth = 0
    return scalars.map { scalar in
      if scalar == "《" || scalar == "〈" { depth += 1 } else if scalar == "》" || scalar == "〉" { depth = max(0, depth - 1) }
      return depth > 0
    }
  }

  /// Every unambiguous place the body names, and its level words, counted.
  func mentions<C: Collection>(in body: C) -> Mentions where C.Element == Unicode.Scalar {
    var mentions = Mentions()
    let scalars = Array(body)
    let matches = matcher.matches(in: scalars)
    for match in matches {
      switch meanings[match.name] {
      case .levelWord(let level): mentions.levelWords[level, default: 0] += 1
      case .allProvinces: mentions.addressedToAllProvinces = mentions.addressedToAllProvinces || match.start < 400
      case .units: break
      }
    }
    let cited = Self.insideTitleMarks(scalars)
    for (units, _, match) in found(matches, of: scalars, tier: .body) where units.count == 1 {
      mentions.own[units[0], default: 0] += 1
      if !cited[match.start] { mentions.uncited[units[0], default: 0] += 1 }
      for unit in gazetteer.chain(units[0]) { mentions.places[unit, default: 0] += 1 }
    }
    return mentions
  }
}

/// What the body names: each unit with its own mentions and with those of the
/// units under it, how often it speaks as a province, a city or a county, and
/// whether it is addressed to every province (各省、自治区、直辖市: a central document).
struct Mentions: Sendable {
  var own: [Int: Int] = [:]
  /// Mentions outside cited titles (《湖南省…办法》 names the province of the document cited).
  var uncited: [Int: Int] = [:]
  var places: [Int: Int] = [:]
  var levelWords: [Gazetteer.Level: Int] = [:]
  var addressedToAllProvinces = false

  /// The unit the body is about, under `anchor` (or anywhere): at the level it
  /// speaks as (or `level`, when the issuers say it), the only unit of that level
  /// it names, or the one named most often by itself, at least twice and more
  /// than any other; a unit it never names by itself but whose units it names
  /// (two counties of one city) when no other comes close; else the same one
  /// level up. A county-level city speaks as 我市, so at city level it counts too.
  /// Without such a unit, the province with the most mentions.
  func deepest(under anchor: Int?, level: Gazetteer.Level?, _ gazetteer: Gazetteer) -> (unit: Int, why: String)? {
    let target = level ?? spokenLevel ?? .county
    for step in [Gazetteer.Level.county, .city, .province] where step.depth <= target.depth {
      let candidates = places.keys.filter { unit in
        let u = gazetteer.units[unit]
        guard u.level == step || (step == .city && u.level == .county && u.name.hasSuffix("市")) else { return false }
        guard let anchor else { return true }
        return unit != anchor && gazetteer.chain(unit).contains(anchor)
      }
      let byOwn = candidates.filter { own[$0, default: 0] > 0 }.sorted { (own[$0, default: 0], $1) > (own[$1, default: 0], $0) }
      if let best = byOwn.first {
        let count = own[best, default: 0]
        // A body that says no level and names its province as often speaks for the province (a list of its counties).
        let province = gazetteer.province(of: best)
        let outnamed = level == nil && spokenLevel == nil && uncited[province, default: 0] >= uncited[best, default: 0]
          && uncited[province, default: 0] > 0
        if !outnamed, byOwn.count == 1 || (count >= 2 && own[byOwn[1], default: 0] < count) {
          return (best, "body names \(gazetteer.units[best].name) ×\(count)")
        }
        continue
      }
      let byPlaces = candidates.sorted { (places[$0, default: 0], $1) > (places[$1, default: 0], $0) }
      if let best = byPlaces.first, places[best, default: 0] >= 2,
        byPlaces.count == 1 || places[byPlaces[1], default: 0] < places[best, default: 0]
      {
        return (best, "body names places of \(gazetteer.units[best].name) ×\(places[best, default: 0])")
      }
    }
    guard anchor == nil else { return nil }
    let provinces = places.filter { $0.value >= 1 && gazetteer.units[$0.key].level == .province }
      .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
    guard let best = provinces.first, provinces.count == 1 || provinces[1].value < best.value else { return nil }
    return (best.key, "body names places of \(gazetteer.units[best.key].name) ×\(best.value)")
  }

  /// The candidate the body names most, counting the places under each; nil on a tie or none.
  func mostNamed(_ candidates: [Int]) -> Int? {
    let ranked = candidates.map { ($0, places[$0, default: 0]) }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
    guard let best = ranked.first, ranked.count == 1 || ranked[1].1 < best.1 else { return nil }
    return best.0
  }

  /// The level the body speaks as: 全市 and 我市 at least as often as 全省 make a
  /// city's document (a city writes of the province's policies, seldom the
  /// reverse); nil for a body that never says (no 全省, no 我县).
  var spokenLevel: Gazetteer.Level? {
    let p = levelWords[.province, default: 0]
    let c = levelWords[.city, default: 0]
    let k = levelWords[.county, default: 0]
    if k > 0, k >= c, k >= p { return .county }
    if c > 0, c >= p { return .city }
    return p > 0 ? .province : nil
  }
}
