import ZhengceCore

/// What the parser knows of a document when it picks a plugin.
public struct DetectionInput: Sendable {
  public var title: String
  public var issuers: [String]
  public var docNumber: String?
  /// The first part of the normalised text.
  public var head: String

  public init(title: String, issuers: [String], docNumber: String?, head: String) {
    self.title = title
    self.issuers = issuers
    self.docNumber = docNumber
    self.head = head
  }
}

/// The plugin picked for a document, with why.
public struct PluginChoice: Sendable {
  public var plugin: any PolicyPlugin
  public var score: Double
  public var evidence: [String]
  /// The manifest extraction runs with: the fallback's base data under the plugin's own.
  public var manifest: PluginManifest

  public init(plugin: any PolicyPlugin, score: Double, evidence: [String], manifest: PluginManifest? = nil) {
    self.plugin = plugin
    self.score = score
    self.evidence = evidence
    self.manifest = manifest ?? plugin.manifest
  }
}
