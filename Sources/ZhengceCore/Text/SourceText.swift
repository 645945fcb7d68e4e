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
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  public static func read(_ path: String) throws(SourceError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missing(path: path)
    }
    if isDirectory.boolValue { throw .isDirectory(path: path) }
    // A FIFO, socket or device would block or never end.
    guard isRegularFile(path) else { throw .unreadable(path: path, reason: "not a regular file") }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw .unreadable(path: path, reason: "\(error.localizedDescription)")
    }
  }
}
