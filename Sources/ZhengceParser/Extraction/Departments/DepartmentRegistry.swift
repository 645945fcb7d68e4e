import ZhengceCore

/// A department name resolved through the registry.
public struct ResolvedDepartment: Sendable, Hashable {
  /// Canonical name (aliases resolved, renamed bodies linked to their successor).
  public var name: String
  public var family: String?
  public var level: String?
  /// False when no registry entry or function head covers the name.
  public var registered: Bool
  /// The canonical name before a renaming was followed (省扶贫开发办公室).
  public var renamedFrom: String?
  /// Year of the (last) renaming followed.
  public var renamedIn: Int?
}

/// A manifest's department data compiled for lookup: complete names, bodies
/// after a level prefix, function families, placeholders and role phrasings.
public struct DepartmentRegistry: Sendable {
  public let manifest: PluginManifest
  /// Names and aliases; a later entry (a province over the base) wins. Keyed
  /// by scalars: hashing a Chinese `String` normalises it first, and every
  /// department mention of every document is looked up here.
  private var complete: [[Unicode.Scalar]: DepartmentEntry] = [:]
  private var bodies: [[Unicode.Scalar]: DepartmentEntry] = [:]
  private var canonical: [String: DepartmentEntry] = [:]
  /// Level prefixes, longest first.
  private let prefixes: [LevelPrefix]
  /// (keyword, family id), longest keyword first.
  private let keywords: [(String, String)]
  /// The same keywords as scalars, and indexed by first scalar.
  private let keywordScalars: [([Unicode.Scalar], String)]
  private let keywordIndex: ScalarIndex
  /// The level prefixes as scalars, and indexed by first scalar.
  private let prefixScalars: [[Unicode.Scalar]]
  private let prefixIndex: ScalarIndex
  private let hasEmptyPrefix: Bool
  /// The family of an empty keyword, which every name contains.
  private let emptyKeywordFamily: String?
  private let familyIDs: Set<String>
  let suffixes: [[Unicode.Scalar]]
  /// Last scalars of the suffixes, for a quick rejection.
  private let suffixEnds: Set<Unicode.Scalar>
  /// The last scalar of every name this registry knows, of every department ending and
  /// of the function endings (主管部门): a phrase that ends otherwise names no department.
  private let nameEnds: Set<Unicode.Scalar>
  private let placeholders: Set<[Unicode.Scalar]>

  public init(manifest: PluginManifest) {
    self.manifest = manifest
    for entry in manifest.departments {
      complete[Array(entry.name.unicodeScalars)] = entry
      canonical[entry.name] = entry
      for alias in entry.aliases { complete[Array(alias.unicodeScalars)] = entry }
    }
    for entry in manifest.bodies {
      bodies[Array(entry.name.unicodeScalars)] = entry
      for alias in entry.aliases { bodies[Array(alias.unicodeScalars)] = entry }
    }
    var regionPrefixes = manifest.levels
    for region in [manifest.province].compactMap({ $0 }) + manifest.regions {
      if let level = Self.level(ofRegion: region) { regionPrefixes.append(LevelPrefix(prefix: region, level: level)) }
    }
    prefixes = regionPrefixes.sorted { $0.prefix.unicodeScalars.count > $1.prefix.unicodeScalars.count }
    keywords = manifest.families.flatMap { family in ([family.id] + family.keywords).map { ($0, family.id) } }
      .sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    keywordScalars = keywords.map { (Array($0.0.unicodeScalars), $0.1) }
    keywordIndex = ScalarIndex(keywordScalars.map(\.0))
    prefixScalars = prefixes.map { Array($0.prefix.unicodeScalars) }
    prefixIndex = ScalarIndex(prefixScalars)
    hasEmptyPrefix = prefixScalars.contains { $0.isEmpty }
    emptyKeywordFamily = keywordScalars.first { $0.0.isEmpty }?.1
    familyIDs = Set(manifest.families.map(\.id))
    suffixes = manifest.suffixes.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    suffixEnds = Set(suffixes.compactMap(\.last))
    nameEnds = suffixEnds.union((Array(complete.keys) + Array(bodies.keys) + Self.functionEndings).compactMap(\.last))
    placeholders = Set(manifest.placeholders.map { Array($0.unicodeScalars) })
  }

  private static func level(ofRegion name: String) -> String? {
    if name.hasSuffix("省") || name.hasSuffix("自治区") { return "省" }
    if name.hasSuffix("市") || name.hasSuffix("州") { return "市" }
    if name.hasSuffix("县") || name.hasSuffix("区") { return "县" }
    return nil
  }

  // MARK: - Resolution

  /// Resolves a department as written; nil for a placeholder (相关部门, 各地).
  public func resolve(_ surface: String) -> ResolvedDepartment? {
    let written = Self.compact(surface)
    let writtenScalars = [Unicode.Scalar](scalarsOf: written)
    guard !isPlaceholder(writtenScalars[...]) else { return nil }
    let scalars = stripCollective(writtenScalars)
    let name = scalars.count == writtenScalars.count ? written : String(scalars: scalars)
    if let entry = complete[Array(scalars)] { return follow(entry, prefix: "", level: entry.level) }
    let candidates = prefixCandidates(scalars).filter { scalars.count > prefixScalars[$0].count }
    for k in candidates {
      let restScalars = scalars.dropFirst(prefixScalars[k].count)
      if let entry = bodies[Array(restScalars)] { return follow(entry, prefix: prefixes[k].prefix, level: prefixes[k].level) }
      if isFunctionHead(restScalars) {
        return ResolvedDepartment(name: name, family: family(of: restScalars), level: prefixes[k].level, registered: true)
      }
    }
    if isFunctionHead(scalars) { return ResolvedDepartment(name: name, family: family(of: scalars), level: nil, registered: true) }
    let prefix = candidates.first
    let body = prefix.map { scalars.dropFirst(prefixScalars[$0].count) } ?? scalars
    return ResolvedDepartment(
      name: name, family: family(of: body) ?? family(of: scalars), level: prefix.map { prefixes[$0].level }, registered: false)
  }

  /// Indices of the level prefixes `name` starts with, longest first.
  private func prefixCandidates(_ name: ArraySlice<Unicode.Scalar>) -> [Int] {
    guard let first = name.first else { return hasEmptyPrefix ? prefixes.indices.filter { prefixScalars[$0].isEmpty } : [] }
    let group = hasEmptyPrefix ? Array(prefixes.indices)[...] : prefixIndex.words(startingWith: first)
    return group.filter { name.has(prefixScalars[$0], at: name.startIndex) }
  }

  /// Follows `renamedTo` links to the current body: 省扶贫办 → 省乡村振兴局.
  /// Below the provincial level a 厅 successor is the 局 of the same name when
  /// the registry has one (州农委 → 州农业农村局, 省农委 → 省农业农村厅).
  private func follow(_ entry: DepartmentEntry, prefix: String, level: String?) -> ResolvedDepartment {
    var entry = entry
    var renamedFrom: String?
    var renamedIn: Int?
    var hops = 0
    while let next = entry.renamedTo, hops < 4 {
      renamedFrom = renamedFrom ?? prefix + entry.name
      renamedIn = entry.renamedIn ?? renamedIn
      let successor = (prefix.isEmpty ? canonical[next] : body(named: next, level: level))
        ?? DepartmentEntry(name: next, family: entry.family, level: entry.level)
      entry = successor
      hops += 1
    }
    let body = entry.name
    return ResolvedDepartment(
      name: prefix + body, family: entry.family ?? family(of: body), level: level ?? entry.level,
      registered: true, renamedFrom: renamedFrom, renamedIn: renamedIn)
  }

  /// The body `name` at `level`: 农业农村厅 is 农业农村局 below the provincial level.
  private func body(named name: String, level: String?) -> DepartmentEntry? {
    if level != "省", name.hasSuffix("厅"), let local = bodies[Array((String(name.dropLast()) + "局").unicodeScalars)] { return local }
    return bodies[Array(name.unicodeScalars)]
  }

  /// 相关县(区)政府 → 县(区)政府, 各市委 → 市委: a collective word before a named kind of body.
  private func stripCollective(_ name: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
    for word in Self.collectives where name.has(word, at: 0) {
      let rest = name.dropFirst(word.count)
      if prefixScalars.contains(where: { rest.has($0, at: rest.startIndex) }) { return rest }
    }
    return name[...]
  }

  private static let collectives = ["相关", "有关", "各"].map { Array($0.unicodeScalars) }

  /// 相关部门, 有关部门, 各级各部门, 各地, 其他相关行业部门: no department named.
  public func isPlaceholder(_ name: String) -> Bool {
    isPlaceholder(Array(name.unicodeScalars)[...])
  }

  private func isPlaceholder(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    if placeholders.contains(Array(scalars)) { return true }
    var rest = scalars
    var stripped = false
    while let word = Self.placeholderHeads.first(where: { rest.has($0, at: rest.startIndex) }) {
      rest = rest.dropFirst(word.count)
      stripped = true
    }
    return stripped && Self.placeholderTails.contains { rest.elementsEqual($0) }
  }

  private static let placeholderHeads = ["各级", "各", "相关", "有关", "其他", "省直", "市直", "县直", "行业", "其它"]
    .map { Array($0.unicodeScalars) }
  private static let placeholderTails = ["", "部门", "单位", "地", "地区", "级", "成员单位", "方面"].map { Array($0.unicodeScalars) }
  /// Endings of a name that is a function's department, longest first.
  private static let functionEndings = ["行政主管部门", "主管部门", "部门"].map { Array($0.unicodeScalars) }

  /// A name made only of family stems plus 部门: 财政部门, 林业园林部门, 纪检监察部门.
  public func isFunctionHead(_ name: String) -> Bool { isFunctionHead(Array(name.unicodeScalars)[...]) }

  private func isFunctionHead(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
    // 建设行政主管部门, 教育主管部门: the department in charge of a function.
    guard let ending = Self.functionEndings.first(where: { name.count > $0.count && name.has($0, at: name.endIndex - $0.count) })
    else { return false }
    let stem = name.dropLast(ending.count)
    var reachable = [Bool](repeating: false, count: stem.count + 1)
    reachable[0] = true
    for i in 0..<stem.count where reachable[i] {
      for k in keywordIndex.words(startingWith: stem[stem.startIndex + i]) {
        let word = keywordScalars[k].0
        if stem.has(word, at: stem.startIndex + i) { reachable[i + word.count] = true }
      }
    }
    return reachable[stem.count]
  }

  /// The family whose longest keyword the name contains.
  public func family(of name: String) -> String? { family(of: Array(name.unicodeScalars)[...]) }

  /// The keyword first in longest-first order wins, wherever it occurs.
  private func family(of name: ArraySlice<Unicode.Scalar>) -> String? {
    var best = Int.max
    for i in name.indices {
      for k in keywordIndex.words(startingWith: name[i]) where k < best && name.has(keywordScalars[k].0, at: i) {
        best = k
      }
    }
    return best == Int.max ? emptyKeywordFamily : keywordScalars[best].1
  }

  /// How a `--dept` query selects departments: a family, or one canonical name.
  public func query(_ text: String) -> DepartmentQuery {
    let text = Self.compact(text)
    if familyIDs.contains(text) { return .family(text) }
    if let hit = keywords.first(where: { $0.0 == text }) { return .family(hit.1) }
    if let entry = bodies[Array(text.unicodeScalars)] { return (entry.family ?? family(of: entry.name)).map(DepartmentQuery.family) ?? .name(entry.name) }
    if let resolved = resolve(text), resolved.registered { return .name(resolved.name) }
    return .name(text)
  }

  /// True when the registry would accept `name` as an actor without a role word
  /// (registered, or a level prefix plus a department ending).
  func isStrictDepartment(_ name: String) -> Bool {
    guard let resolved = resolve(name) else { return false }
    return resolved.registered
  }

  /// Whether a name that ends with `last` may be a department, known or shaped like
  /// one: the test to make before resolving a phrase.
  func mayEndName(_ last: Unicode.Scalar) -> Bool { nameEnds.contains(last) }

  /// Whether the phrase ends like a department (厅, 局, 部门, 工会 …).
  func endsLikeDepartment(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let last = scalars.last, suffixEnds.contains(last) else { return false }
    return suffixes.contains { suffix in scalars.count >= suffix.count && scalars.suffix(suffix.count).elementsEqual(suffix) }
  }

  static func compact(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isSpace) else { return text }
    return String(scalars: text.unicodeScalars.filter { !isSpace($0) })
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\t" || scalar == "\n"
  }
}

/// What `zhengce tasks --dept` selects.
public enum DepartmentQuery: Sendable, Hashable {
  /// Every department of a family (财政, 人社 …).
  case family(String)
  /// One canonical department name.
  case name(String)

  public func matches(_ ref: DepartmentRef) -> Bool {
    switch self {
    case .family(let id): ref.family == id
    case .name(let name): ref.name == name || ref.surface == name
    }
  }
}
