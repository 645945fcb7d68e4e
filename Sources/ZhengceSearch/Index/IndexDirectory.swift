import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An index directory and its generations. A commit writes a whole new
/// generation into a temporary directory (`GenerationDraft`), fsyncs it, renames
/// it into place and only then switches `CURRENT` (itself written by temp +
/// fsync + rename), so an interrupted build leaves the previous index usable.
/// One writer at a time holds `IndexWriteLock`; readers pin the generation they
/// opened (`GenerationPin`), and an old generation is removed only once unpinned.
public struct IndexDirectory: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  /// Checks that an index can be written here before any work is done: the
  /// path is absent, an empty directory or an index. A file, or a directory
  /// holding anything else (whose `gen-*` entries a commit would remove), is refused.
  /// - Throws: `IndexError.io` naming the path and the problem.
  public func checkWritable() throws(IndexError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else { throw .io(path: path, reason: "is a file, not an index directory") }
    let foreign = entries().filter { name in
      !(name == FileFormat.currentName || name == FileFormat.currentName + ".tmp" || name == FileFormat.lockName
        || name.hasPrefix("gen-") || name.hasPrefix(".tmp-"))
    }
    if let first = foreign.min() {
      throw .io(path: path, reason: "not an index directory (it holds \(first)); name a new or empty directory")
    }
  }

  /// Creates the directory (and its parents) if it does not exist.
  /// - Throws: `IndexError.io` saying why: an ancestor is a file, or not writable.
  func create() throws(IndexError) {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .io(path: path, reason: Self.creationFailure(path))
    }
  }

  /// Why `path` could not be created: its nearest existing ancestor is a file or not writable.
  private static func creationFailure(_ path: String) -> String {
    var ancestor = path
    repeat {
      let parent = (ancestor as NSString).deletingLastPathComponent
      ancestor = parent.isEmpty ? "." : parent
    } while !FileManager.default.fileExists(atPath: ancestor) && ancestor != "." && ancestor != "/"
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory), !isDirectory.boolValue {
      return "cannot create directory: \(ancestor) is a file"
    }
    if !FileManager.default.isWritableFile(atPath: ancestor) {
      return "cannot create directory: no permission to write in \(ancestor)"
    }
    return "cannot create directory"
  }

  /// The live generation's directory, or nil when there is none.
  public func currentGeneration() -> String? {
    guard let data = FileManager.default.contents(atPath: path + "/" + FileFormat.currentName) else { return nil }
    let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard name.hasPrefix("gen-"), !name.contains("/") else { return nil }
    return path + "/" + name
  }

  static func writeFile(_ file: String, _ chunks: [[UInt8]], failHalfway: Bool) throws(IndexError) {
    let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .io(path: file, reason: "cannot create file") }
    defer { close(fd) }
    let total = chunks.reduce(0) { $0 + $1.count }
    var written = 0
    for chunk in chunks {
      var offset = 0
      while offset < chunk.count {
        if failHalfway, written >= total / 2 { throw .io(path: file, reason: "write failed (injected)") }
        let n = chunk.withUnsafeBytes { buf in
          write(fd, buf.baseAddress.map { $0 + offset }, min(chunk.count - offset, 1 << 24))
        }
        guard n > 0 else { throw .io(path: file, reason: "write failed: \(String(cString: strerror(errno)))") }
        offset += n
        written += n
      }
    }
    if failHalfway { throw .io(path: file, reason: "write failed (injected)") }
    guard fsync(fd) == 0 else { throw .io(path: file, reason: "fsync failed") }
  }

  static func syncDirectory(_ dir: String) throws(IndexError) {
    let fd = open(dir, O_RDONLY | O_DIRECTORY)
    guard fd >= 0 else { throw .io(path: dir, reason: "cannot open directory") }
    defer { close(fd) }
    _ = fsync(fd)
  }

  private func entries() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }

  func nextGenerationNumber() -> Int {
    let numbers = entries().compactMap { $0.hasPrefix("gen-") ? Int($0.dropFirst(4)) : nil }
    return (numbers.max() ?? 0) + 1
  }

  /// Removes every generation but `keep` that no reader pins; a pinned one is
  /// left for the next commit to remove.
  func removeGenerations(except keep: String) {
    for name in entries() where name.hasPrefix("gen-") && name != keep {
      _ = GenerationPin.removeIfUnused(path + "/" + name) { try? FileManager.default.removeItem(atPath: $0) }
    }
  }

  /// Removes the temporaries this process is writing (an interrupted build
  /// calls it before exiting; the next build would otherwise remove them).
  /// Writer threads may still be adding files: the directory is renamed first,
  /// so that they can create nothing more in it, then removed.
  public func removeOwnTemporaries() {
    let prefix = ".tmp-\(getpid())-"
    for name in entries() where name.hasPrefix(prefix) {
      let doomed = path + "/" + name + (name.hasSuffix("-interrupted") ? "" : "-interrupted")
      if !name.hasSuffix("-interrupted") { _ = rename(path + "/" + name, doomed) }
      for _ in 0..<20 where FileManager.default.fileExists(atPath: doomed) {
        if (try? FileManager.default.removeItem(atPath: doomed)) == nil { usleep(1_000) }
      }
    }
  }

  /// Temporaries of builds whose process is gone.
  func removeStaleTemporaries() {
    for name in entries() where name.hasPrefix(".tmp-") {
      let pid = name.dropFirst(5).split(separator: "-").first.flatMap { Int32($0) } ?? 0
      if pid != getpid(), pid > 0, kill(pid, 0) == 0 { continue }
      // This process's writer spills its segments there until it commits.
      if pid == getpid(), name.hasSuffix("-spill") { continue }
      try? FileManager.default.removeItem(atPath: path + "/" + name)
    }
  }
}
