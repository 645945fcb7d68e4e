/// Why an index cannot be written, opened or queried (the CLI prints one line).
public enum IndexError: Error, Hashable, CustomStringConvertible {
  /// No index at the directory.
  case missing(path: String)
  /// Written by another format version.
  case versionMismatch(path: String, found: Int, expected: Int)
  /// A file is damaged: bad magic, wrong length, checksum mismatch, bad structure.
  case corrupt(path: String, reason: String)
  /// Sound, but holds what an earlier or later zhengce wrote and this one does not read
  /// (stored documents of another contract version).
  case outdated(path: String, reason: String)
  /// Another process is writing the index (and the caller chose not to wait).
  case busy(path: String)
  /// A file system operation failed.
  case io(path: String, reason: String)
  /// More data than the format's 32-bit offsets address.
  case tooLarge(what: String)

  public var description: String {
    switch self {
    case .missing(let p): return "\(p): no index here (build one with zhengce index)"
    case .versionMismatch(let p, let found, let expected):
      return "\(p): index format version \(found), this zhengce reads version \(expected): rebuild with zhengce index"
    case .corrupt(let p, let reason): return "\(p): corrupt index (\(reason)); rebuild with zhengce index"
    case .outdated(let p, let reason): return "\(p): built by another version of zhengce (\(reason)); rebuild with zhengce index"
    case .busy(let p): return "\(p): another zhengce is writing this index (without --no-wait, wait for it)"
    case .io(let p, let reason): return "\(p): \(reason)"
    case .tooLarge(let what): return "index too large: \(what) exceeds 4 GiB"
    }
  }
}
