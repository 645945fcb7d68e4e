/// One source of a plugin's effective manifest: where it came from and which
/// top-level keys it stated.
public struct ManifestLayer: Sendable, Hashable {
  /// `built-in` or the path of a manifest file.
  public var origin: String
  public var manifest: PluginManifest
  /// The top-level keys the source wrote; only these take part in layering.
  public var keys: Set<String>

  public init(origin: String, manifest: PluginManifest, keys: Set<String>? = nil) {
    self.origin = origin
    self.manifest = manifest
    self.keys = keys ?? Set(PluginManifest.CodingKeys.allCases.map(\.rawValue))
  }
}

extension PluginManifest {
  /// This manifest with `layer` on top: for each key the layer states, lists
  /// append (without repeating an item; departments of the same name merge
  /// their aliases) and scalars replace.
  public func layered(with layer: ManifestLayer) -> PluginManifest {
    var out = self
    let over = layer.manifest
    for key in layer.keys {
      switch CodingKeys(rawValue: key) {
      case .name: out.name = over.name
      case .province: out.province = over.province
      case .regions: out.regions.appendUnique(over.regions)
      case .cues:
        out.cues.docNumberPrefixes.appendUnique(over.cues.docNumberPrefixes)
        out.cues.words.appendUnique(over.cues.words)
      case .departments: out.departments = Self.merge(out.departments, over.departments)
      case .bodies: out.bodies = Self.merge(out.bodies, over.bodies)
      case .families: out.families = Self.merge(out.families, over.families)
      case .levels: out.levels.appendUnique(over.levels)
      case .suffixes: out.suffixes.appendUnique(over.suffixes)
      case .placeholders: out.placeholders.appendUnique(over.placeholders)
      case .roles: out.roles.append(over.roles)
      case .boilerplate: out.boilerplate.appendUnique(over.boilerplate)
      case .topics: out.topics.merge(over.topics) { old, new in old.merging(new) { _, replaced in replaced } }
      case .stages: out.stages.appendUnique(over.stages)
      case .manifestVersion, .id, nil: break
      }
    }
    return out
  }

  static func merge(_ base: [DepartmentEntry], _ more: [DepartmentEntry]) -> [DepartmentEntry] {
    var out = base
    for entry in more {
      guard let at = out.firstIndex(where: { $0.name == entry.name }) else {
        out.append(entry)
        continue
      }
      out[at].aliases.appendUnique(entry.aliases)
      if let family = entry.family { out[at].family = family }
      if let level = entry.level { out[at].level = level }
      if let renamed = entry.renamedTo { out[at].renamedTo = renamed }
      if let year = entry.renamedIn { out[at].renamedIn = year }
    }
    return out
  }

  static func merge(_ base: [DepartmentFamily], _ more: [DepartmentFamily]) -> [DepartmentFamily] {
    var out = base
    for family in more {
      if let at = out.firstIndex(where: { $0.id == family.id }) {
        out[at].keywords.appendUnique(family.keywords)
      } else {
        out.append(family)
      }
    }
    return out
  }
}

extension RolePhrasings {
  mutating func append(_ more: RolePhrasings) {
    lead.appendUnique(more.lead)
    support.appendUnique(more.support)
    responsible.appendUnique(more.responsible)
    separately.appendUnique(more.separately)
    leadLabels.appendUnique(more.leadLabels)
    supportLabels.appendUnique(more.supportLabels)
    responsibleLabels.appendUnique(more.responsibleLabels)
    firstListedLeads.appendUnique(more.firstListedLeads)
    othersSupport.appendUnique(more.othersSupport)
    leadTasks.appendUnique(more.leadTasks)
    consultedBefore.appendUnique(more.consultedBefore)
    consultedAfter.appendUnique(more.consultedAfter)
    jointly.appendUnique(more.jointly)
  }
}

extension Array where Element: Hashable {
  mutating func appendUnique(_ more: [Element]) {
    var seen = Set(self)
    for item in more where seen.insert(item).inserted { append(item) }
  }
}
