#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input read line by line as bytes, exactly as they came.
struct StandardInput {
  private var buffer: [UInt8] = []
  private var start = 0
  /// Bytes from `start` up to here hold no LF (a long line is searched once).
  private var scanned = 0
  private var ended = false

  /// The next line without its LF (or CR LF), or nil at the end of input.
  mutating func nextLine() -> [UInt8]? {
    while true {
      if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
        var line = Array(buffer[start..<newline])
        start = newline + 1
        scanned = start
        if line.last == 0x0D { line.removeLast() }
        return line
      }
      if ended {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return Array(buffer[start...])
      }
      buffer.removeFirst(start)
      start = 0
      scanned = buffer.count
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { ended = true } else { buffer += chunk[..<count] }
    }
  }
}
