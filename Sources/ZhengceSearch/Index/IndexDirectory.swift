import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An index directory and its generations. A commit writes a whole new
/// generation into a temporary directory, fsyncs it, renames it into place and
/// only then switches `CURRENT` (itself written by temp + fsync + rename), so
/// an interrupted build leaves the previous index untouched and usable.
public struct IndexDirectory: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  /// The live generation's directory, or nil when there is none.
  public func currentGeneration() -> String? {
    guard let data = FileManager.default.contents(atPath: path + "/" + FileFormat.currentName) else { return nil }
    let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard name.hasPrefix("gen-"), !name.contains("/") else { return nil }
    return path + "/" + name
  }

  /// Writes `files` as a new generation and makes it current.
  /// - Parameter failAfterFiles: test hook: stop with an error half-way through the file after this many.
  func commit(_ files: [(name: String, bytes: [[UInt8]])], failAfterFiles: Int? = nil) throws(IndexError) {
    let fm = FileManager.default
    do {
      try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .io(path: path, reason: "cannot create directory")
    }
    removeStaleTemporaries()
    let temp = path + "/.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard mkdir(temp, 0o755) == 0 else { throw .io(path: temp, reason: "cannot create directory") }
    do {
      for (i, file) in files.enumerated() {
        let truncate = failAfterFiles.map { i >= $0 } ?? false
        try writeFile(temp + "/" + file.name, file.bytes, failHalfway: truncate)
      }
      try syncDirectory(temp)
      // Another build may take the same number at the same moment: try the next.
      var generation = ""
      var renamed = false
      for _ in 0..<5 where !renamed {
        generation = String(format: "gen-%06d", nextGenerationNumber())
        renamed = rename(temp, path + "/" + generation) == 0
      }
      guard renamed else { throw IndexError.io(path: temp, reason: "cannot rename into place") }
      let pointer = path + "/" + FileFormat.currentName
      try writeFile(pointer + ".tmp", [Array((generation + "\n").utf8)], failHalfway: false)
      guard rename(pointer + ".tmp", pointer) == 0 else { throw IndexError.io(path: pointer, reason: "cannot rename") }
      try syncDirectory(path)
      removeGenerations(except: generation)
    } catch let error as IndexError {
      try? fm.removeItem(atPath: temp)
      throw error
    } catch {
      try? fm.removeItem(atPath: temp)
      throw .io(path: temp, reason: "\(error)")
    }
  }

  private func writeFile(_ file: String, _ chunks: [[UInt8]], failHalfway: Bool) throws(IndexError) {
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

  private func syncDirectory(_ dir: String) throws(IndexError) {
    let fd = open(dir, O_RDONLY | O_DIRECTORY)
    guard fd >= 0 else { throw .io(path: dir, reason: "cannot open directory") }
    defer { close(fd) }
    _ = fsync(fd)
  }

  private func entries() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }

  private func nextGenerationNumber() -> Int {
    let numbers = entries().compactMap { $0.hasPrefix("gen-") ? Int($0.dropFirst(4)) : nil }
    return (numbers.max() ?? 0) + 1
  }

  private func removeGenerations(except keep: String) {
    for name in entries() where name.hasPrefix("gen-") && name != keep {
      try? FileManager.default.removeItem(atPath: path + "/" + name)
    }
  }

  /// Temporaries of builds whose process is gone.
  private func removeStaleTemporaries() {
    for name in entries() where name.hasPrefix(".tmp-") {
      let pid = name.dropFirst(5).split(separator: "-").first.flatMap { Int32($0) } ?? 0
      if pid != getpid(), pid > 0, kill(pid, 0) == 0 { continue }
      try? FileManager.default.removeItem(atPath: path + "/" + name)
    }
  }
}
