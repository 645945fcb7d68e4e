/// Checks JSON syntax and remembers the line on which every value starts, so
/// that a manifest error can name its line. A hand-written scanner over UTF-8.
struct JSONLocator {
  /// `departments/3/aliases` → line (1-based).
  private(set) var lines: [String: Int] = [:]

  struct SyntaxError: Error {
    var line: Int
    var reason: String
  }

  private let bytes: [UInt8]
  private var at = 0
  private var line = 1

  init(_ bytes: [UInt8]) throws(SyntaxError) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
    try value(path: [])
    skipSpace()
    if at < bytes.count { throw SyntaxError(line: line, reason: "unexpected text after the end of the manifest") }
  }

  /// The line of the value at `path`, or of its nearest enclosing value.
  func line(of path: [String]) -> Int {
    var path = path
    while true {
      if let found = lines[path.joined(separator: "/")] { return found }
      if path.isEmpty { return 1 }
      path.removeLast()
    }
  }

  private mutating func skipSpace() {
    while at < bytes.count {
      switch bytes[at] {
      case 0x0A: line += 1; at += 1
      case 0x20, 0x09, 0x0D: at += 1
      default: return
      }
    }
  }

  private mutating func value(path: [String]) throws(SyntaxError) {
    skipSpace()
    guard at < bytes.count else { throw SyntaxError(line: line, reason: "expected a value, found the end of the file") }
    lines[path.joined(separator: "/")] = line
    switch bytes[at] {
    case UInt8(ascii: "{"): try object(path: path)
    case UInt8(ascii: "["): try array(path: path)
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): number()
    default: throw SyntaxError(line: line, reason: "expected a value (string, number, list or object)")
    }
  }

  private mutating func object(path: [String]) throws(SyntaxError) {
    at += 1
    skipSpace()
    if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return }
    while true {
      skipSpace()
      guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else {
        throw SyntaxError(line: line, reason: "expected a quoted key")
      }
      let key = try string()
      skipSpace()
      guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else {
        throw SyntaxError(line: line, reason: "expected ':' after \"\(key)\"")
      }
      at += 1
      try value(path: path + [key])
      skipSpace()
      guard at < bytes.count else { throw SyntaxError(line: line, reason: "expected '}', found the end of the file") }
      if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
      if bytes[at] == UInt8(ascii: "}") { at += 1; return }
      throw SyntaxError(line: line, reason: "expected ',' or '}' after \"\(key)\"")
    }
  }

  private mutating func array(path: [String]) throws(SyntaxError) {
    at += 1
    skipSpace()
    if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return }
    var index = 0
    while true {
      try value(path: path + [String(index)])
      index += 1
      skipSpace()
      guard at < bytes.count else { throw SyntaxError(line: line, reason: "expected ']', found the end of the file") }
      if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
      if bytes[at] == UInt8(ascii: "]") { at += 1; return }
      throw SyntaxError(line: line, reason: "expected ',' or ']' in a list")
    }
  }

  private mutating func string() throws(SyntaxError) -> String {
    let startLine = line
    at += 1
    let start = at
    while at < bytes.count {
      switch bytes[at] {
      case UInt8(ascii: "\""):
        let text = String(decoding: bytes[start..<at], as: UTF8.self)
        at += 1
        return text
      case UInt8(ascii: "\\"): at += 2
      case 0x0A: throw SyntaxError(line: startLine, reason: "unterminated string")
      default: at += 1
      }
    }
    throw SyntaxError(line: startLine, reason: "unterminated string")
  }

  private mutating func literal(_ word: String) throws(SyntaxError) {
    let expected = Array(word.utf8)
    guard bytes.count - at >= expected.count, Array(bytes[at..<at + expected.count]) == expected else {
      throw SyntaxError(line: line, reason: "expected a value (string, number, list or object)")
    }
    at += expected.count
  }

  private mutating func number() {
    while at < bytes.count {
      switch bytes[at] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
        UInt8(ascii: "e"), UInt8(ascii: "E"):
        at += 1
      default: return
      }
    }
  }
}
