import COpenCC
import Foundation

/// One OpenCC converter, opened once and shared by every thread behind a lock.
final class OpenCCConverter: @unchecked Sendable {
  private let handle: opencc_t
  private let lock = NSLock()

  /// OpenCC's own `t2s.json`: phrases first (乾燥 → 干燥), then characters.
  static let phrases = OpenCCConverter(config: "t2s.json")
  /// Characters alone (`t2s-characters.json`, bundled): the table `CharacterFolding` reads.
  static let characters = Bundle.module.path(forResource: "t2s-characters", ofType: "json").flatMap(OpenCCConverter.init(config:))

  /// Nil when OpenCC cannot open `config` (a missing dictionary file).
  init?(config: String) {
    guard let handle = opencc_open(config), Int(bitPattern: handle) != -1 else { return nil }
    self.handle = handle
  }

  deinit { opencc_close(handle) }

  /// `text` converted, or nil when OpenCC fails.
  func convert(_ text: String) -> String? {
    lock.lock()
    defer { lock.unlock() }
    var utf8 = Array(text.utf8)
    let length = utf8.count
    utf8.append(0)
    return utf8.withUnsafeBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress else { return nil }
      let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      guard let out = opencc_convert_utf8(handle, raw, length) else { return nil }
      defer { opencc_convert_utf8_free(out) }
      return String(cString: out)
    }
  }
}
