import GenericPlugin
import GuangxiPlugin
import HunanPlugin
import LiaoningPlugin
import ShaanxiPlugin
import ZhengceCore

/// The compiled plugins, listed by hand: Swift cannot discover conforming
/// types at run time. Add a compiled plugin here and in Package.swift.
public enum BuiltinPlugins {
  /// Every built-in plugin, `generic` (the fallback) first.
  /// - Throws: `ManifestError` when a bundled manifest is missing or malformed.
  public static func all() throws(ManifestError) -> [any PolicyPlugin] {
    [
      try GenericPlugin(),
      try HunanPlugin(),
      try ShaanxiPlugin(),
      try GuangxiPlugin(),
      try LiaoningPlugin(),
    ]
  }
}
