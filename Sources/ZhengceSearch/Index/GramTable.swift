/// Open-addressing hash map from gram keys to term numbers, for the build's
/// hot loop (one lookup per scalar of text).
struct GramTable {
  private(set) var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 1 << 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: .max, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  /// The value for `key`, inserting `make()` when absent.
  @inline(__always)
  mutating func value(for key: UInt64, make: () -> Int32) -> Int32 {
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == .max { break }
      slot = (slot + 1) & mask
    }
    let v = make()
    keys[slot] = key
    values[slot] = v
    count += 1
    if count * 2 > keys.count { grow() }
    return v
  }

  /// Every (key, value) pair, in no order.
  var pairs: [(UInt64, Int32)] {
    var out: [(UInt64, Int32)] = []
    out.reserveCapacity(count)
    for i in 0..<keys.count where keys[i] != .max { out.append((keys[i], values[i])) }
    return out
  }

  private mutating func grow() {
    let old = pairs
    let size = keys.count * 2
    keys = [UInt64](repeating: .max, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
    count = 0
    for (k, v) in old { _ = value(for: k) { v } }
  }
}
