#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names as the file system keeps them: bytes, not always UTF-8 (a name
/// written by a GBK system, or cut by an archiver). A Swift `String` holds only
/// Unicode, so each byte of an invalid sequence is carried as the private-use
/// scalar U+10FF00 + byte: the string names exactly the same file, survives
/// every path operation, and gives distinct document ids for distinct names.
/// `display` shows those bytes as `\xNN`; `withCString` hands the original
/// bytes to the system. (A name that really holds U+10FF80…U+10FFFF, private
/// use characters no one types, would be misread.)
public enum FileName {
  /// The string for the bytes of a name or path.
  public static func string<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    if let valid = String(validating: bytes, as: UTF8.self) { return valid }
    var scalars = String.UnicodeScalarView()
    var parser = Unicode.UTF8.ForwardParser()
    var input = bytes.makeIterator()
    var rest = Array(bytes)[...]
    parsing: while true {
      switch parser.parseScalar(from: &input) {
      case .valid(let encoded):
        scalars.append(Unicode.UTF8.decode(encoded))
        rest = rest.dropFirst(encoded.count)
      case .error(let length):
        for byte in rest.prefix(length) { scalars.append(Unicode.Scalar(escapeBase + UInt32(byte)) ?? "\u{FFFD}") }
        rest = rest.dropFirst(length)
      case .emptyInput: break parsing
      }
    }
    return String(scalars)
  }

  /// The bytes `path` stands for (escaped bytes restored).
  public static func bytes(_ path: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(path.utf8.count)
    for scalar in path.unicodeScalars {
      if let byte = escapedByte(scalar) {
        out.append(byte)
      } else {
        out.append(contentsOf: String(scalar).utf8)
      }
    }
    return out
  }

  /// Calls `body` with the NUL-terminated bytes of `path`, for a system call.
  public static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
    guard path.unicodeScalars.contains(where: { escapedByte($0) != nil }) else { return try path.withCString(body) }
    let raw = bytes(path).map { CChar(bitPattern: $0) } + [0]
    return try raw.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { preconditionFailure("a C string holds at least its NUL") }
      return try body(base)
    }
  }

  /// `path` for messages: bytes that are not UTF-8 shown as `\xNN`.
  public static func display(_ path: String) -> String {
    guard path.unicodeScalars.contains(where: { escapedByte($0) != nil }) else { return path }
    var out = ""
    for scalar in path.unicodeScalars {
      if let byte = escapedByte(scalar) {
        let hex = Array("0123456789abcdef")
        out += "\\x" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `stat` of the file `path` names, symbolic links followed; nil when there is none.
  public static func status(_ path: String) -> stat? {
    var info = stat()
    return withCString(path) { stat($0, &info) } == 0 ? info : nil
  }

  /// Invalid bytes are 0x80…0xFF: their scalars are U+10FF80…U+10FFFF.
  private static let escapeBase: UInt32 = 0x10FF00

  private static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
    scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF ? UInt8(scalar.value - escapeBase) : nil
  }
}
