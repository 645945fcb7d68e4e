import Foundation

/// Where a command's report goes: `--output FILE` (written whole, then renamed
/// into place) or standard output.
enum OutputFile {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw fail("\(path): cannot write: \(error.localizedDescription)")
    }
  }
}
