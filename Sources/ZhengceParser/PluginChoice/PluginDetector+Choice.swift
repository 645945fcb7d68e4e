import ZhengceCore

/// The plugin a parsed document runs with: the one the caller names, else the
/// plugin of the place the document is from, else detection by cues.
extension PluginDetector {
  /// The plugin `override` names; else the plugin of the document's province
  /// (with the detection cues' evidence when they agree), `generic` for a national
  /// document, and detection by cues when no place is known.
  func choose(
    _ document: ParsedDocument, _ resolution: RegionResolution, head: String, override: String?,
    _ diagnostics: inout [Diagnostic]
  ) -> PluginChoice {
    if let override {
      if let plugin = registry.plugin(id: override) {
        return PluginChoice(
          plugin: plugin, score: .infinity, evidence: ["chosen with --plugin \(override)"],
          manifest: registry.extractionManifest(for: plugin))
      }
      diagnostics.append(Diagnostic("plugin.unknown", .warning, "no plugin '\(override)'; detecting instead"))
    }
    let input = DetectionInput(title: document.title ?? "", issuers: document.issuers, docNumber: document.docNumber, head: head)
    let detected = detect(input)
    if resolution.region.level != .national, detected.plugin.manifest.province == resolution.region.province { return detected }
    return choice(forRegion: resolution) ?? detected
  }

  /// The fallback for a national document, the plugin of its province for a
  /// placed one; nil when the place is unknown or no plugin covers it.
  private func choice(forRegion resolution: RegionResolution) -> PluginChoice? {
    let why = resolution.evidence.first ?? ""
    if resolution.region.level == .national {
      return PluginChoice(plugin: registry.fallback, score: 0, evidence: [why], manifest: registry.fallback.manifest)
    }
    guard let province = resolution.region.province,
      let plugin = registry.plugins.first(where: { $0.manifest.province == province })
    else { return nil }
    return PluginChoice(plugin: plugin, score: Self.threshold, evidence: ["region \(province)"] + resolution.evidence, manifest: registry.extractionManifest(for: plugin))
  }
}
