import Foundation

/// A fresh temporary directory for one test; `remove()` it in a `defer`.
struct Scratch {
  let url: URL
  var path: String { url.path }

  init(_ name: String = #function) throws {
    let tag = name.prefix { $0.isLetter }
    url = FileManager.default.temporaryDirectory.appendingPathComponent("zc-e2e-\(tag)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes `bytes` to `name` (folders created) and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  func remove() { try? FileManager.default.removeItem(at: url) }
}
