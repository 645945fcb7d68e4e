import ZhengceCore
import ZhengceParser

/// What a parse of a corpus document depends on: the document and the parser's
/// whole configuration, so that two parsers share a cached result only when they
/// would parse alike.
///
/// `Parser` is its detector's registry (plugin types and manifests, with the layers
/// they were built from; the detector's cues and the registry's extraction manifests
/// are derived from those), its normaliser (the chrome filter;
/// the screen is derived), its region resolver (the gazetteer; the place-name
/// automaton is derived) and its genre rules. `ParseKeyTests` fails when one of
/// them gains a stored property, so that this key is kept whole.
struct ParseKey: Hashable, Sendable {
  var document: String
  /// The type of each plugin, fallback first: a compiled plugin's code is its type.
  var pluginTypes: [ObjectIdentifier]
  var manifests: [PluginManifest]
  var layers: [String: [ManifestLayer]]
  var chrome: ChromeFilter
  var gazetteer: Gazetteer
  var genres: GenreRules

  init(document: String, parser: Parser) {
    self.document = document
    let plugins = parser.registry.all
    pluginTypes = plugins.map { ObjectIdentifier(type(of: $0)) }
    manifests = plugins.map(\.manifest)
    layers = parser.registry.layers
    chrome = parser.normalizer.chrome
    gazetteer = parser.regions.gazetteer
    genres = parser.genres
  }
}
