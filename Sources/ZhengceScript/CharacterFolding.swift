/// Traditional → Simplified, one Han character at a time: a table over the
/// CJK Unified Ideographs (U+4E00–U+9FFF) read once from OpenCC's
/// `TSCharacters` dictionary, not written by hand.
///
/// The index and its queries fold with it, so 扶贫 finds 扶貧 and the reverse;
/// the parser uses it to tell a Traditional text cheaply (`TraditionalScript`).
/// Every scalar folds to exactly one scalar, so offsets never move.
public struct CharacterFolding: Sendable {
  @usableFromInline static let first: UInt32 = 0x4E00
  @usableFromInline static let last: UInt32 = 0x9FFF

  // Inlinable: the index folds every scalar it reads, so a lookup must not be a call.
  /// The folded scalar of each ideograph, from `first`.
  @usableFromInline let table: [UInt16]
  /// Bit `v - first` set when some other ideograph folds to `v` (贫 for 貧).
  @usableFromInline let targets: [UInt64]

  /// OpenCC's character table; identity when OpenCC cannot be opened.
  public static let simplified = CharacterFolding(converter: OpenCCConverter.characters)

  init(converter: OpenCCConverter?) {
    let count = Int(Self.last - Self.first + 1)
    var ideographs = String.UnicodeScalarView()
    for v in Self.first...Self.last { ideographs.append(Unicode.Scalar(v) ?? " ") }
    let source = String(ideographs)
    var table = (0..<count).map { UInt16(truncatingIfNeeded: Int(Self.first) + $0) }
    var targets = [UInt64](repeating: 0, count: (count + 63) / 64)
    if let converted = converter?.convert(source) {
      let folded = Array(converted.unicodeScalars)
      // A dictionary whose entries change length would shift every later character: keep identity then.
      if folded.count == count {
        for (k, u) in folded.enumerated() where u.value != Self.first + UInt32(k) {
          guard (Self.first...Self.last).contains(u.value) else { continue }
          table[k] = UInt16(u.value)
          let t = Int(u.value - Self.first)
          targets[t >> 6] |= 1 << UInt64(t & 63)
        }
      }
    }
    self.table = table
    self.targets = targets
  }

  /// The Simplified form of `v`, or `v` itself.
  @inlinable @inline(__always)
  public func fold(_ v: UInt32) -> UInt32 {
    guard v >= Self.first, v <= Self.last else { return v }
    return UInt32(table[Int(v - Self.first)])
  }

  /// Whether `v` is a Traditional form that folds to another character.
  @inlinable @inline(__always)
  public func changes(_ v: UInt32) -> Bool { fold(v) != v }

  /// Whether some other character folds to `v`, so text matching `v` may hold another scalar.
  @inlinable @inline(__always)
  public func isTarget(_ v: UInt32) -> Bool {
    guard v >= Self.first, v <= Self.last else { return false }
    let t = Int(v - Self.first)
    return targets[t >> 6] & (1 << UInt64(t & 63)) != 0
  }

  /// `scalars` folded character by character.
  public func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    scalars.map { Unicode.Scalar(fold($0.value)) ?? $0 }
  }

  /// `text` folded character by character; same length in scalars.
  public func fold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for u in text.unicodeScalars { out.append(Unicode.Scalar(fold(u.value)) ?? u) }
    return String(out)
  }
}
