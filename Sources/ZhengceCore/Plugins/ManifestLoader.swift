import Foundation

/// Reads `manifest.json` files into manifest layers, with errors that name the line.
public enum ManifestLoader {
  /// Reads the manifest at `path`.
  /// - Throws: `ManifestError` naming the file, the line and what was expected.
  public static func load(path: String) throws(ManifestError) -> ManifestLayer {
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
    return try decode([UInt8](data), origin: path)
  }

  /// Decodes manifest bytes; `origin` names them in errors and in provenance.
  public static func decode(_ bytes: [UInt8], origin: String) throws(ManifestError) -> ManifestLayer {
    let locator: JSONLocator
    do {
      locator = try JSONLocator(bytes)
    } catch {
      throw .malformed(path: origin, line: error.line, reason: error.reason)
    }
    let data = Data(bytes)
    guard let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw .malformed(path: origin, line: 1, reason: "expected an object { \"manifestVersion\": 1, \"id\": … }")
    }
    guard let version = top["manifestVersion"] as? Int else {
      throw .malformed(path: origin, line: locator.line(of: ["manifestVersion"]), reason: "expected \"manifestVersion\": 1")
    }
    guard version <= PluginManifest.highestSupportedVersion else {
      throw .unsupportedVersion(version, highestSupported: PluginManifest.highestSupportedVersion, path: origin)
    }
    let manifest: PluginManifest
    do {
      manifest = try JSONDecoder().decode(PluginManifest.self, from: data)
    } catch let error as DecodingError {
      let (path, reason) = explain(error)
      throw .malformed(path: origin, line: locator.line(of: path), reason: reason)
    } catch {
      throw .malformed(path: origin, line: 1, reason: "\(error)")
    }
    guard !manifest.id.isEmpty else {
      throw .malformed(path: origin, line: locator.line(of: ["id"]), reason: "expected a non-empty \"id\"")
    }
    let known = Set(PluginManifest.CodingKeys.allCases.map(\.rawValue))
    if let unknown = top.keys.sorted().first(where: { !known.contains($0) }) {
      throw .malformed(path: origin, line: locator.line(of: [unknown]), reason: "unknown key \"\(unknown)\"")
    }
    return ManifestLayer(origin: origin, manifest: manifest, keys: Set(top.keys))
  }

  private static func explain(_ error: DecodingError) -> (path: [String], reason: String) {
    func components(_ path: [any CodingKey]) -> [String] { path.map { $0.intValue.map(String.init) ?? $0.stringValue } }
    func dotted(_ path: [String]) -> String {
      path.reduce("") { out, part in Int(part) != nil ? "\(out)[\(part)]" : (out.isEmpty ? part : "\(out).\(part)") }
    }
    switch error {
    case .typeMismatch(let type, let context):
      let path = components(context.codingPath)
      return (path, "expected \(describe(type)) for \(dotted(path))")
    case .valueNotFound(let type, let context):
      let path = components(context.codingPath)
      return (path, "expected \(describe(type)) for \(dotted(path)), found null")
    case .keyNotFound(let key, let context):
      let path = components(context.codingPath)
      let place = path.isEmpty ? "the manifest" : dotted(path)
      return (path, "expected \"\(key.stringValue)\" in \(place)")
    case .dataCorrupted(let context):
      let path = components(context.codingPath)
      return (path, context.debugDescription)
    @unknown default:
      return ([], "\(error)")
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    let name = String(describing: type)
    if name.hasPrefix("Array") { return "a list" }
    if name.hasPrefix("Dictionary") || name.hasSuffix("Entry") || name.hasSuffix("Phrasings") { return "an object" }
    if name == "String" { return "a string" }
    if name == "Int" || name == "Double" { return "a number" }
    return name
  }
}
