import Foundation

/// A document's text as read from disk: decoded, not yet normalised.
public struct SourceText: Sendable {
  public var path: String
  public var format: SourceFormat
  public var encoding: TextEncoding
  /// SHA-256 of the original bytes.
  public var sha256: String
  /// The decoded text (for HTML, the article text the page reader extracted).
  public var text: String
  /// What a container such as an HTML info table said about the document.
  public var hints: MetadataHints
  /// Invalid byte sequences replaced by U+FFFD while decoding.
  public var replacements: Int
  /// The file's bytes, for mapping offsets back; empty when the text was
  /// extracted from a container (an HTML page) and has no byte-for-byte origin.
  public var originalBytes: [UInt8]

  public init(
    path: String, format: SourceFormat, encoding: TextEncoding, sha256: String, text: String,
    hints: MetadataHints = MetadataHints(), replacements: Int = 0, originalBytes: [UInt8] = []
  ) {
    self.path = path
    self.format = format
    self.encoding = encoding
    self.sha256 = sha256
    self.text = text
    self.hints = hints
    self.replacements = replacements
    self.originalBytes = originalBytes
  }

  /// Decodes plain-text bytes (UTF-8 or GB18030, detected).
  public static func plainText(bytes: [UInt8], path: String) throws(SourceError) -> SourceText {
    let decoded = try TextDecoder.decode(bytes, path: path)
    return SourceText(
      path: path, format: .text, encoding: decoded.encoding, sha256: SHA256.hex(bytes),
      text: decoded.text, replacements: decoded.replacements, originalBytes: bytes)
  }

  /// The byte offset in the original file of each decoded scalar, plus the end;
  /// nil when the text has no byte-for-byte origin.
  public func scalarByteOffsets() -> [Int]? {
    guard !originalBytes.isEmpty else { return nil }
    var offsets: [Int] = []
    switch encoding {
    case .utf8 where replacements > 0:
      // Each broken sequence became one U+FFFD: step over the bytes the decoder replaced.
      let start = originalBytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var parser = Unicode.UTF8.ForwardParser()
      var input = originalBytes[start...].makeIterator()
      var at = start
      parsing: while true {
        switch parser.parseScalar(from: &input) {
        case .valid(let encoded): offsets.append(at); at += encoded.count
        case .error(let length): offsets.append(at); at += length
        case .emptyInput: break parsing
        }
      }
      offsets.append(at)
    case .utf8:
      var at = originalBytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      for u in text.unicodeScalars {
        offsets.append(at)
        at += UTF8.width(u)
      }
      offsets.append(at)
    case .gb18030:
      offsets = GB18030.sequenceStarts(originalBytes)
    }
    return offsets
  }

  /// The stem of a path: `corpus/a-b.txt` → `a-b`.
  public static func stem(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}

/// Reads a file's bytes, turning every file-system problem into a `SourceError`.
public enum FileBytes {
  /// Whether `path` (symbolic links followed) is a regular file, which reading cannot block on.
  public static func isRegularFile(_ path: String) -> Bool {
    FileName.status(path).map { $0.st_mode & S_IFMT == S_IFREG } ?? false
  }

  /// The bytes of the file at `path` (a `FileName` string: names in any encoding are read).
  /// - Throws: `SourceError` naming the file: missing, a directory (with no
  ///   documents, or unreadable), not a regular file, or unreadable.
  public static func read(_ path: String) throws(SourceError) -> [UInt8] {
    guard let info = FileName.status(path) else { throw .missing(path: path) }
    if info.st_mode & S_IFMT == S_IFDIR {
      // A folder reaches loading when a walk found no document in it, or could not look inside.
      guard let dir = FileName.withCString(path, { opendir($0) }) else {
        throw .unreadable(path: path, reason: "\(String(cString: strerror(errno))): the documents in it are skipped")
      }
      closedir(dir)
      throw .isDirectory(path: path)
    }
    // A FIFO, socket or device would block or never end.
    guard info.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
    let fd = FileName.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else {
      throw .unreadable(path: path, reason: errno == EACCES ? "permission denied" : String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
    var count = 0
    while true {
      if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(4096, bytes.count)) }
      let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress.map { $0 + count }, $0.count - count) }
      if n < 0, errno == EINTR { continue }
      guard n >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
      if n == 0 { break }
      count += n
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }

  /// The first `limit` bytes of the regular file at `path`, or nil when it cannot be read.
  public static func head(_ path: String, limit: Int) -> [UInt8]? {
    // Opening a FIFO for reading waits for a writer: look only into regular files.
    guard isRegularFile(path) else { return nil }
    let fd = FileName.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: limit)
    let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, limit) }
    guard n >= 0 else { return nil }
    return Array(bytes.prefix(n))
  }
}

/// The system's `read(2)` (inside `FileBytes` the name means its own `read`).
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
