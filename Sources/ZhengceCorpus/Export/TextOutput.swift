import Foundation

/// Where a text export goes: standard output as it is written, or a file
/// written beside its target and put in place only on `commit`.
final class TextOutput {
  private let file: AtomicFile?

  /// - Parameter path: a file to replace, or nil for standard output.
  init(path: String?) throws(ExportError) {
    file = try path.map { path throws(ExportError) in try AtomicFile(target: path) }
  }

  func write(_ text: String) throws(ExportError) {
    guard !text.isEmpty else { return }
    if let file {
      try file.append(text.utf8)
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }

  func commit() throws(ExportError) { try file?.commit() }

  func discard() { file?.discard() }
}
