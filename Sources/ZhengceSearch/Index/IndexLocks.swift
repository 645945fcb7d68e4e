#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writer's lock of an index directory: an exclusive `flock` on its `LOCK`
/// file, held from reading the previous generation to publishing the next, so
/// two writers never interleave (the second waits, or is refused with `--no-wait`).
/// The lock belongs to the open file: it is released when this object goes
/// away, and by the kernel when the process dies, so a killed writer leaves no
/// stale lock behind.
public final class IndexWriteLock: @unchecked Sendable {
  public let directory: IndexDirectory
  private let fd: Int32

  /// Checks that an index can be written at `directory` (`checkWritable`), then
  /// takes the lock, creating the directory and its `LOCK` file if needed.
  /// - Parameters:
  ///   - wait: wait for another writer to finish; false refuses at once.
  ///   - onWait: called once before waiting (to say why nothing happens).
  /// - Throws: `IndexError.busy` when another writer holds it and `wait` is false,
  ///   `IndexError.io` when the directory cannot be created or locked.
  public init(_ directory: IndexDirectory, wait: Bool = true, onWait: (() -> Void)? = nil) throws(IndexError) {
    self.directory = directory
    try directory.checkWritable()
    try directory.create()
    let path = directory.path + "/" + FileFormat.lockName
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .io(path: path, reason: "cannot open lock file (\(String(cString: strerror(errno))))") }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK, wait else {
        close(fd)
        throw errno == EWOULDBLOCK ? .busy(path: directory.path) : .io(path: path, reason: "cannot lock")
      }
      onWait?()
      while flock(fd, LOCK_EX) != 0 {
        guard errno == EINTR else {
          close(fd)
          throw .io(path: path, reason: "cannot lock (\(String(cString: strerror(errno))))")
        }
      }
    }
    self.fd = fd
  }

  deinit { close(fd) }

  /// Removes the generations older than the current one that no reader pins
  /// any longer: a commit leaves those the writer itself still read from.
  public func removeReplacedGenerations() {
    guard let current = directory.currentGeneration() else { return }
    directory.removeGenerations(except: String(current.split(separator: "/").last ?? ""))
  }
}

/// A reader's hold on one generation: a shared `flock` on the generation's
/// directory for as long as the reader lives. A writer removes an old
/// generation only when it can take that lock exclusively, so a generation is
/// never deleted under a running search (Lucene keeps a commit while a reader
/// holds it in the same way, through its `IndexDeletionPolicy`); one still held
/// is left for a later writer to remove.
final class GenerationPin: @unchecked Sendable {
  private let fd: Int32

  /// Pins the generation at `path`, or returns nil when it is gone (removed
  /// between reading `CURRENT` and pinning it: the caller reads `CURRENT` again).
  init?(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    while flock(fd, LOCK_SH) != 0 {
      guard errno == EINTR else {
        close(fd)
        return nil
      }
    }
    self.fd = fd
  }

  deinit { close(fd) }

  /// Removes the generation at `path` when no reader pins it.
  /// - Returns: whether it was removed (false: in use, left for a later writer).
  static func removeIfUnused(_ path: String, remove: (String) -> Void) -> Bool {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return true }
    defer { close(fd) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
    // Held while removing: a reader that read CURRENT before the switch waits,
    // then finds the generation gone and reads CURRENT again.
    remove(path)
    return true
  }
}
