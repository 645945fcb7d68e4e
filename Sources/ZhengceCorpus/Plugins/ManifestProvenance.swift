import ZhengceCore

/// Which source set which part of an effective manifest, for `zhengce plugins show`.
public enum ManifestProvenance {
  /// `regions: 28 from built-in, 1 from /x/manifest.json`; for registry lists, each
  /// added entry with its source.
  public static func lines(_ layers: [ManifestLayer]) -> [String] {
    var out: [String] = []
    for key in PluginManifest.keys where key != "manifestVersion" && key != "id" {
      let parts = layers.filter { $0.keys.contains(key) }.compactMap { layer -> String? in
        let count = count(of: key, in: layer.manifest)
        if key == "name" { return layer.origin }
        if key == "province" { return layer.manifest.province == nil ? nil : layer.origin }
        return count == 0 ? nil : "\(count) from \(layer.origin)"
      }
      guard !parts.isEmpty else { continue }
      out.append("\(key): " + ((key == "name" || key == "province") ? "set by \(parts.last ?? "")" : parts.joined(separator: ", ")))
    }
    for layer in layers.dropFirst() {
      for entry in layer.manifest.departments + layer.manifest.bodies {
        out.append("\(layer.origin): \(entry.name) = \(entry.aliases.joined(separator: ", "))")
      }
    }
    return out
  }

  static func count(of key: String, in m: PluginManifest) -> Int {
    switch key {
    case "regions": m.regions.count
    case "cues": m.cues.docNumberPrefixes.count + m.cues.words.count
    case "departments": m.departments.count
    case "bodies": m.bodies.count
    case "families": m.families.count
    case "levels": m.levels.count
    case "suffixes": m.suffixes.count
    case "placeholders": m.placeholders.count
    case "roles":
      [m.roles.lead, m.roles.support, m.roles.responsible, m.roles.separately, m.roles.leadLabels, m.roles.supportLabels,
       m.roles.responsibleLabels, m.roles.firstListedLeads, m.roles.othersSupport, m.roles.leadTasks, m.roles.consultedBefore,
       m.roles.consultedAfter, m.roles.jointly].reduce(0) { $0 + $1.count }
    case "boilerplate": m.boilerplate.count
    default: 0
    }
  }
}
