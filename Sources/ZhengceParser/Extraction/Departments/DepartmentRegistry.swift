import ZhengceCore

/// A department name resolved through the registry.
public struct ResolvedDepartment: Sendable, Hashable {
  /// Canonical name (aliases resolved, renamed bodies linked to their successor).
  public var name: String
  public var family: String?
  public var level: String?
  /// False when no registry entry or function head covers the name.
  public var registered: Bool
  /// The canonical name before a renaming was followed.
  public var renamedFrom: String?
}

/// A manifest's department data compiled for lookup: complete names, bodies
/// after a level prefix, function families, placeholders and role phrasings.
public struct DepartmentRegistry: Sendable {
  public let manifest: PluginManifest
  /// Names and aliases; a later entry (a province over the base) wins.
  private var complete: [String: DepartmentEntry] = [:]
  private var bodies: [String: DepartmentEntry] = [:]
  private var canonical: [String: DepartmentEntry] = [:]
  /// Level prefixes, longest first.
  private let prefixes: [LevelPrefix]
  /// (keyword, family id), longest keyword first.
  private let keywords: [(String, String)]
  /// The same keywords as scalars.
  private let keywordScalars: [([Unicode.Scalar], String)]
  private let familyIDs: Set<String>
  let suffixes: [[Unicode.Scalar]]
  /// Last scalars of the suffixes, for a quick rejection.
  private let suffixEnds: Set<Unicode.Scalar>
  private let placeholders: Set<String>

  public init(manifest: PluginManifest) {
    self.manifest = manifest
    for entry in manifest.departments {
      complete[entry.name] = entry
      canonical[entry.name] = entry
      for alias in entry.aliases { complete[alias] = entry }
    }
    for entry in manifest.bodies {
      bodies[entry.name] = entry
      for alias in entry.aliases { bodies[alias] = entry }
    }
    var regionPrefixes = manifest.levels
    for region in [manifest.province].compactMap({ $0 }) + manifest.regions {
      if let level = Self.level(ofRegion: region) { regionPrefixes.append(LevelPrefix(prefix: region, level: level)) }
    }
    prefixes = regionPrefixes.sorted { $0.prefix.unicodeScalars.count > $1.prefix.unicodeScalars.count }
    keywords = manifest.families.flatMap { family in ([family.id] + family.keywords).map { ($0, family.id) } }
      .sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    keywordScalars = keywords.map { (Array($0.0.unicodeScalars), $0.1) }
    familyIDs = Set(manifest.families.map(\.id))
    suffixes = manifest.suffixes.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    suffixEnds = Set(suffixes.compactMap(\.last))
    placeholders = Set(manifest.placeholders)
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
    guard !isPlaceholder(written) else { return nil }
    let name = stripCollective(written)
    if let entry = complete[name] { return follow(entry, prefix: "", level: entry.level) }
    for prefix in prefixes where name.hasPrefix(prefix.prefix) && name.count > prefix.prefix.count {
      let rest = String(name.dropFirst(prefix.prefix.count))
      if let entry = bodies[rest] { return follow(entry, prefix: prefix.prefix, level: prefix.level) }
      if isFunctionHead(rest) {
        return ResolvedDepartment(name: name, family: family(of: rest), level: prefix.level, registered: true)
      }
    }
    if isFunctionHead(name) { return ResolvedDepartment(name: name, family: family(of: name), level: nil, registered: true) }
    let prefix = prefixes.first { name.hasPrefix($0.prefix) && name.count > $0.prefix.count }
    let body = prefix.map { String(name.dropFirst($0.prefix.count)) } ?? name
    return ResolvedDepartment(name: name, family: family(of: body) ?? family(of: name), level: prefix?.level, registered: false)
  }

  private func follow(_ entry: DepartmentEntry, prefix: String, level: String?) -> ResolvedDepartment {
    var entry = entry
    var renamedFrom: String?
    var hops = 0
    while let next = entry.renamedTo, hops < 4 {
      renamedFrom = renamedFrom ?? prefix + entry.name
      let successor = (prefix.isEmpty ? canonical[next] : bodies[next]) ?? DepartmentEntry(name: next, family: entry.family, level: entry.level)
      entry = successor
      hops += 1
    }
    let body = entry.name
    return ResolvedDepartment(
      name: prefix + body, family: entry.family ?? family(of: body), level: level ?? entry.level,
      registered: true, renamedFrom: renamedFrom)
  }

  /// 相关县(区)政府 → 县(区)政府, 各市委 → 市委: a collective word before a named kind of body.
  private func stripCollective(_ name: String) -> String {
    for word in ["相关", "有关", "各"] where name.hasPrefix(word) {
      let rest = String(name.dropFirst(word.count))
      if prefixes.contains(where: { rest.hasPrefix($0.prefix) }) { return rest }
    }
    return name
  }

  /// 相关部门, 有关部门, 各级各部门, 各地, 其他相关行业部门: no department named.
  public func isPlaceholder(_ name: String) -> Bool {
    if placeholders.contains(name) { return true }
    var rest = Substring(name)
    var stripped = false
    while let word = ["各级", "各", "相关", "有关", "其他", "省直", "市直", "县直", "行业", "其它"].first(where: { rest.hasPrefix($0) }) {
      rest = rest.dropFirst(word.count)
      stripped = true
    }
    return stripped && ["", "部门", "单位", "地", "地区", "级", "成员单位", "方面"].contains(String(rest))
  }

  /// A name made only of family stems plus 部门: 财政部门, 林业园林部门, 纪检监察部门.
  public func isFunctionHead(_ name: String) -> Bool {
    guard name.hasSuffix("部门"), name.count > 2 else { return false }
    let stem = Array(name.dropLast(2).unicodeScalars)
    var reachable = [Bool](repeating: false, count: stem.count + 1)
    reachable[0] = true
    for i in 0..<stem.count where reachable[i] {
      for (k, _) in keywordScalars where i + k.count <= stem.count && stem[i..<i + k.count].elementsEqual(k) {
        reachable[i + k.count] = true
      }
    }
    return reachable[stem.count]
  }

  /// The family whose longest keyword the name contains.
  public func family(of name: String) -> String? {
    let scalars = Array(name.unicodeScalars)
    return keywordScalars.first { k, _ in
      k.count <= scalars.count && (0...(scalars.count - k.count)).contains { scalars[$0..<$0 + k.count].elementsEqual(k) }
    }?.1
  }

  /// How a `--dept` query selects departments: a family, or one canonical name.
  public func query(_ text: String) -> DepartmentQuery {
    let text = Self.compact(text)
    if familyIDs.contains(text) { return .family(text) }
    if let hit = keywords.first(where: { $0.0 == text }) { return .family(hit.1) }
    if let entry = bodies[text] { return (entry.family ?? family(of: entry.name)).map(DepartmentQuery.family) ?? .name(entry.name) }
    if let resolved = resolve(text), resolved.registered { return .name(resolved.name) }
    return .name(text)
  }

  /// True when the registry would accept `name` as an actor without a role word
  /// (registered, or a level prefix plus a department ending).
  func isStrictDepartment(_ name: String) -> Bool {
    guard let resolved = resolve(name) else { return false }
    return resolved.registered
  }

  /// Whether the phrase ends like a department (厅, 局, 部门, 工会 …).
  func endsLikeDepartment(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let last = scalars.last, suffixEnds.contains(last) else { return false }
    return suffixes.contains { suffix in scalars.count >= suffix.count && scalars.suffix(suffix.count).elementsEqual(suffix) }
  }

  static func compact(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !(scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\t" || scalar == "\n") {
      out.append(scalar)
    }
    return String(out)
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
