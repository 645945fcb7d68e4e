import Foundation
import ZhengceCore

/// 湖南省 and its prefectures (湘西土家族苗族自治州 …): regions, 湘 文号, Hunan-only bodies such as 人民银行长沙中心支行.
public struct HunanPlugin: PolicyPlugin {
  public let manifest: PluginManifest

  public init() throws(ManifestError) {
    manifest = try ManifestLoader.bundled(target: "HunanPlugin", id: "hunan")
  }
}
