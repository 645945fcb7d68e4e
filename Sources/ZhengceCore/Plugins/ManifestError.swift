/// Why a plugin manifest cannot be used (thrown; the run stops).
public enum ManifestError: Error, Hashable, CustomStringConvertible {
  case unreadable(path: String)
  case malformed(path: String, line: Int, reason: String)
  case unsupportedVersion(Int, highestSupported: Int, path: String)
  /// `--plugin ID` names no plugin of the registry.
  case unknownPlugin(id: String, known: [String])

  public var description: String {
    switch self {
    case .unreadable(let path): "\(path): cannot read the manifest"
    case .malformed(let path, let line, let reason): line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)"
    case .unsupportedVersion(let version, let highest, let path):
      "\(path):1: manifestVersion \(version) is newer than this zhengce understands (\(highest)); upgrade zhengce"
    case .unknownPlugin(let id, let known):
      "no plugin with id '\(id)'; known: \(known.joined(separator: ", "))"
    }
  }
}
