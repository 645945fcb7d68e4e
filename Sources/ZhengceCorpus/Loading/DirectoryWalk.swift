import Foundation
import ZhengceCore

/// One recursive walk of a folder for `CorpusFiles.expand`: names read as
/// bytes through `readdir`, entries sorted by name, symbolic links followed
/// with every folder walked once (by device and inode, so a link loop ends).
/// A folder that cannot be opened is listed itself, for loading to report.
struct DirectoryWalk {
  private(set) var found: [String] = []
  private var walked = Set<FolderID>()

  private struct FolderID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  mutating func visit(_ folder: String) {
    guard let info = FileName.status(folder) else { return }
    guard walked.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
    guard let names = Self.names(in: folder) else {
      found.append(folder)
      return
    }
    for name in names {
      guard !name.hasPrefix("."), name != "README.md" else { continue }
      let full = (folder as NSString).appendingPathComponent(name)
      if let entry = FileName.status(full), entry.st_mode & S_IFMT == S_IFDIR {
        visit(full)
        continue
      }
      let ext = (name as NSString).pathExtension.lowercased()
      guard CorpusFiles.documentExtensions.contains(ext) || (ext.isEmpty && DocumentLoader.isHTMLFile(full)) else {
        continue
      }
      found.append(full)
    }
  }

  /// The entries of `folder` sorted by their bytes, or nil when it cannot be opened.
  private static func names(in folder: String) -> [String]? {
    guard let dir = FileName.withCString(folder, { opendir($0) }) else { return nil }
    defer { closedir(dir) }
    var names: [[UInt8]] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name != [0x2E], name != [0x2E, 0x2E] { names.append(name) }
    }
    return names.sorted { $0.lexicographicallyPrecedes($1) }.map { FileName.string($0) }
  }
}
