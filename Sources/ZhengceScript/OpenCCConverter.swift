import COpenCC
import Foundation

/// One OpenCC converter, opened once and shared by every thread behind a lock.
final class OpenCCConverter: @unchecked Sendable {
  private let handle: opencc_t
  private let lock = NSLock()

  /// OpenCC's own `t2s.json`: phrases first (乾燥 → 干燥), then characters.
  static let phrases = OpenCCConverter(config: "t2s.json")
  /// Characters alone (OpenCC's TSCharacters dictionary without the phrases): the
  /// table `CharacterFolding` reads. OpenCC takes a configuration only as a file,
  /// so it is written to a temporary file and read once; the binary carries no
  /// resource bundle that a copied binary could lose.
  static let characters: OpenCCConverter? = {
    let path = NSTemporaryDirectory() + "zhengce-t2s-characters-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).json"
    guard FileManager.default.createFile(atPath: path, contents: Data(charactersConfig.utf8)) else { return nil }
    defer { try? FileManager.default.removeItem(atPath: path) }
    return OpenCCConverter(config: path)
  }()

  private static let charactersConfig = """
    {"name": "Traditional to Simplified, character by character (TSCharacters alone)",
     "segmentation": {"type": "mmseg", "dict": {"type": "ocd2", "file": "TSCharacters.ocd2"}},
     "conversion_chain": [{"dict": {"type": "ocd2", "file": "TSCharacters.ocd2"}}]}
    """

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
