import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written beside its target under a temporary name, then fsynced and
/// renamed over it: readers see the old file or the complete new one, never a
/// part. Until `commit`, the target is untouched; `discard` removes the temporary.
final class AtomicFile {
  /// The path the file will have, as the user gave it (used in error messages).
  let target: String
  /// The temporary file in the target's directory.
  let temporaryPath: String
  private var fd: Int32

  /// Creates the temporary file next to `target`.
  init(target: String) throws(ExportError) {
    self.target = target
    let url = URL(fileURLWithPath: target)
    let name = url.lastPathComponent
    let directory = url.deletingLastPathComponent().path
    guard !name.isEmpty, !target.hasSuffix("/") else { throw .output(path: target, reason: "not a file name") }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .output(path: target, reason: "is a directory")
    }
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .output(path: target, reason: "no directory \(url.deletingLastPathComponent().relativePath)")
    }
    Self.removeStaleTemporaries(of: name, in: directory)
    temporaryPath = directory + "/" + Self.temporaryPrefix(name) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .output(path: target, reason: Self.lastError()) }
  }

  deinit {
    if fd >= 0 { close(fd) }
  }

  /// Appends `bytes` to the temporary file.
  func append(_ bytes: some Collection<UInt8>) throws(ExportError) {
    let ok = Array(bytes).withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n < 0, errno == EINTR { continue }
        guard n > 0 else { return false }
        offset += n
      }
      return true
    }
    guard ok else { throw .output(path: target, reason: Self.lastError()) }
  }

  /// Flushes the temporary file to disk, renames it over the target and syncs the directory.
  func commit() throws(ExportError) {
    defer { closeDescriptor() }
    // SQLite writes through its own descriptor; fsync reaches the same file's data either way.
    guard fsync(fd) == 0 else { throw .output(path: target, reason: "fsync failed: \(Self.lastError())") }
    guard rename(temporaryPath, target) == 0 else { throw .output(path: target, reason: Self.lastError()) }
    let directory = open(URL(fileURLWithPath: target).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
    if directory >= 0 {
      _ = fsync(directory)
      close(directory)
    }
  }

  /// Removes the temporary file (and a SQLite journal beside it); the target stays as it was.
  func discard() {
    closeDescriptor()
    unlink(temporaryPath)
    unlink(temporaryPath + "-journal")
  }

  private func closeDescriptor() {
    if fd >= 0 { close(fd) }
    fd = -1
  }

  /// `.corpus.db.tmp-` for `corpus.db`; the writer's process id follows.
  private static func temporaryPrefix(_ name: String) -> String { "." + name + ".tmp-" }

  /// Removes temporaries of `name` left by exports whose process is gone (killed mid-way).
  private static func removeStaleTemporaries(of name: String, in directory: String) {
    removeTemporaries(of: name, in: directory) { pid in !(kill(pid, 0) == 0 || errno == EPERM) }
  }

  /// Removes the temporaries of `target` this process is writing (an interrupted
  /// export calls it before exiting), with a SQLite journal beside them.
  static func removeOwnTemporaries(of target: String) {
    let url = URL(fileURLWithPath: target)
    removeTemporaries(of: url.lastPathComponent, in: url.deletingLastPathComponent().path) { $0 == getpid() }
  }

  private static func removeTemporaries(of name: String, in directory: String, where remove: (Int32) -> Bool) {
    let prefix = temporaryPrefix(name)
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for entry in entries where entry.hasPrefix(prefix) {
      guard let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap({ Int32($0) }), pid > 0 else { continue }
      if remove(pid) { unlink(directory + "/" + entry) }
    }
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
