import ZhengceCore
import ZhengceParser

/// The names a `--dept`, `--province` or `--topic` value can match, and the
/// nearest of them to a value that matches none.
///
/// Why: a mistyped filter (`--dept 财正`) used to give an empty list that looked
/// like a true answer. Commands now say on stderr that nothing is called so,
/// and name what the user most likely meant.
public enum KnownNames {
  /// Canonical names, aliases and family ids of every plugin's departments.
  public static func departments(_ registry: PluginRegistry) -> [String] {
    var names: [String] = []
    for plugin in registry.all {
      let manifest = plugin.manifest
      for entry in manifest.departments + manifest.bodies { names += [entry.name] + entry.aliases + (entry.family.map { [$0] } ?? []) }
      for family in manifest.families { names += [family.id] + family.keywords }
    }
    return unique(names)
  }

  /// Provinces of the gazetteer, full and short (湖南省, 湖南), and of the plugins.
  public static func provinces(_ registry: PluginRegistry) -> [String] {
    let gazetteer = Gazetteer.standard.units.filter { $0.level == .province }.flatMap { [$0.name] + $0.shorts }
    return unique(gazetteer + registry.all.compactMap(\.manifest.province))
  }

  /// Topic ids, aliases and groups of the standard taxonomy.
  public static func topics() -> [String] {
    unique(TopicTaxonomy.standard.topics.flatMap { [$0.id] + $0.aliases + ($0.group.map { [$0] } ?? []) })
  }

  /// Whether `value` names something in `known`: equal, or one contains the
  /// other (`财政` in `省财政厅`, `湖南省` for `湖南`).
  public static func matches(_ value: String, _ known: [String]) -> Bool {
    known.contains { $0.contains(value) || value.contains($0) }
  }

  /// Up to `limit` names of `known` closest to `value` in edit distance
  /// (over Unicode scalars), nearest first, those no more than half as long as
  /// the value apart.
  public static func nearest(_ value: String, among known: [String], limit: Int = 3) -> [String] {
    let target = Array(value.unicodeScalars)
    let bound = max(1, (target.count + 1) / 2)
    let scored = known.map { ($0, distance(target, Array($0.unicodeScalars))) }.filter { $0.1 <= bound }
    return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
  }

  /// Levenshtein distance, one row at a time.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
