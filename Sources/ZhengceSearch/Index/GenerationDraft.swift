import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A generation being written: its files go into a temporary directory, each
/// written and fsynced on its own (from any thread), and `publish` renames the
/// directory into place and switches `CURRENT`. Until then the live index is
/// untouched; `discard` removes what was written.
final class GenerationDraft: @unchecked Sendable {
  /// The writer's lock, held for as long as the draft exists.
  let lock: IndexWriteLock
  var directory: IndexDirectory { lock.directory }
  let temp: String
  /// Test hook: the file written after this many fails half-way through.
  private let failAfterFiles: Int?
  private var started = 0
  private let counter = NSLock()

  /// Starts a generation in a temporary directory; `lock` keeps other writers out until it is published.
  init(_ lock: IndexWriteLock, failAfterFiles: Int? = nil) throws(IndexError) {
    self.lock = lock
    self.failAfterFiles = failAfterFiles
    let directory = lock.directory
    directory.removeStaleTemporaries()
    temp = directory.path + "/.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard mkdir(temp, 0o755) == 0 else {
      throw .io(path: directory.path, reason: "cannot write in it (\(String(cString: strerror(errno))))")
    }
  }

  /// Folders made inside the draft (a segment's), fsynced before it is published.
  private var folders: [String] = []

  /// Makes the folder of a segment after the first.
  func makeFolder(_ folder: String) throws(IndexError) {
    guard mkdir(temp + "/" + folder, 0o755) == 0 else {
      throw .io(path: temp + "/" + folder, reason: "cannot create folder (\(String(cString: strerror(errno))))")
    }
    counter.withLock { folders.append(folder) }
  }

  /// Links every segment of `previous` (a generation of the same directory)
  /// into the draft, file by file and under the same folder names: their files
  /// never change once written, so the new generation shares them, and either
  /// generation can be removed without the other. Copies where the file
  /// system has no hard links.
  func linkSegments(of previous: IndexReader, first count: Int? = nil) throws(IndexError) {
    for segment in previous.meta.allSegments.prefix(count ?? Int.max) {
      if !segment.directory.isEmpty { try makeFolder(segment.directory) }
      let folder = segment.directory.isEmpty ? "" : "/" + segment.directory
      for part in FileFormat.Part.allCases {
        let from = previous.path + folder + "/" + part.fileName
        let to = temp + folder + "/" + part.fileName
        if link(from, to) == 0 { continue }
        do {
          try FileManager.default.copyItem(atPath: from, toPath: to)
        } catch {
          throw .io(path: from, reason: "cannot link or copy into the new generation")
        }
      }
    }
  }

  /// Writes one file of the generation (header chunks included) and fsyncs it;
  /// `name` may lie in a segment's folder (`seg-2/postings.zx`).
  func write(_ name: String, _ chunks: [[UInt8]]) throws(IndexError) {
    let order = counter.withLock {
      started += 1
      return started - 1
    }
    try IndexDirectory.writeFile(temp + "/" + name, chunks, failHalfway: failAfterFiles.map { order >= $0 } ?? false)
  }

  /// Makes the written files the current generation.
  func publish() throws(IndexError) {
    do throws(IndexError) {
      for folder in counter.withLock({ folders }) { try IndexDirectory.syncDirectory(temp + "/" + folder) }
      try IndexDirectory.syncDirectory(temp)
      // The writer's lock is held: no other build takes this number.
      let generation = String(format: "gen-%06d", directory.nextGenerationNumber())
      guard rename(temp, directory.path + "/" + generation) == 0 else {
        throw IndexError.io(path: temp, reason: "cannot rename into place (\(String(cString: strerror(errno))))")
      }
      let pointer = directory.path + "/" + FileFormat.currentName
      try IndexDirectory.writeFile(pointer + ".tmp", [Array((generation + "\n").utf8)], failHalfway: false)
      guard rename(pointer + ".tmp", pointer) == 0 else { throw IndexError.io(path: pointer, reason: "cannot rename") }
      try IndexDirectory.syncDirectory(directory.path)
      directory.removeGenerations(except: generation)
    } catch {
      discard()
      throw error
    }
  }

  /// Removes the temporary directory and everything in it.
  func discard() { try? FileManager.default.removeItem(atPath: temp) }
}

/// One file checksummed, written and fsynced on a background thread while the
/// caller goes on; `wait` returns once it is on disk and rethrows a failure.
final class BackgroundWrite: @unchecked Sendable {
  private let group = DispatchGroup()
  private var failure: IndexError?

  /// - Parameter folder: the segment's folder in the draft; "" for the first segment.
  init(_ draft: GenerationDraft, _ file: PartPayload, folder: String = "") {
    let name = folder.isEmpty ? file.part.fileName : folder + "/" + file.part.fileName
    DispatchQueue.global().async(group: group) {
      do throws(IndexError) {
        try draft.write(name, [FileFormat.header(kind: file.part.kind, chunks: file.chunks)] + file.chunks)
      } catch {
        self.failure = error
      }
    }
  }

  func wait() throws(IndexError) {
    group.wait()
    if let failure { throw failure }
  }
}
