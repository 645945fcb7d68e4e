import BuiltinPlugins
import ZhengceCore
import ZhengceParser

/// Extraction with the built-in registry of one plugin (generic base under it).
enum Departments {
  static let registry: PluginRegistry = {
    do {
      return try PluginRegistry.layered(builtins: try BuiltinPlugins.all(), stages: BuiltinPlugins.stages, data: [])
    } catch {
      preconditionFailure("built-in manifests must load: \(error)")
    }
  }()

  static func extractor(_ pluginID: String = "generic", firstListedLeads: Bool = false) -> DepartmentExtractor {
    guard let plugin = registry.plugin(id: pluginID) else { preconditionFailure("no plugin \(pluginID)") }
    return DepartmentExtractor(
      registry: DepartmentRegistry(manifest: registry.extractionManifest(for: plugin)), firstListedLeads: firstListedLeads)
  }

  static func findings(_ text: String, plugin: String = "generic", firstListedLeads: Bool = false) -> DepartmentFindings {
    extractor(plugin, firstListedLeads: firstListedLeads).extract(text)
  }

  /// `name/role` for each department, `*` marking separately; in order.
  static func summary(_ text: String, plugin: String = "generic", firstListedLeads: Bool = false) -> [String] {
    findings(text, plugin: plugin, firstListedLeads: firstListedLeads).departments.map(\.summary)
  }
}

extension DepartmentRef {
  var summary: String { "\(name)/\(role.rawValue)\(separately ? "*" : "")" }
}
