/// A province's knowledge: a manifest, plus code where data cannot say it.
public protocol PolicyPlugin: Sendable {
  var manifest: PluginManifest { get }
  /// Adjusts the standard pipeline (insert or replace a stage). Default: no change.
  func configure(_ pipeline: inout Pipeline)
}

// MARK: - Default implementations

extension PolicyPlugin {
  public var id: String { manifest.id }
  public func configure(_ pipeline: inout Pipeline) {}
}
