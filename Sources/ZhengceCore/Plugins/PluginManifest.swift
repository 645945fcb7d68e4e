/// The data half of a plugin: what a province's documents look like.
/// (Extended by the plugin issue: department registry, role phrasings, boilerplate.)
public struct PluginManifest: Sendable, Hashable, Codable {
  public static let highestSupportedVersion = 1

  public var manifestVersion: Int
  public var id: String
  public var name: String
  /// Full province name, e.g. 湖南省; nil for the generic plugin.
  public var province: String?
  /// Cities, prefectures and counties the plugin covers.
  public var regions: [String]

  public init(id: String, name: String, province: String? = nil, regions: [String] = []) {
    self.manifestVersion = Self.highestSupportedVersion
    self.id = id
    self.name = name
    self.province = province
    self.regions = regions
  }
}
