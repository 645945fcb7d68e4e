/// Open-addressing hash map from gram keys to term numbers, for the build's
/// hot loop (one lookup per scalar of text). Manually managed memory keeps
/// uniqueness checks out of that loop.
final class GramTable {
  private var keys: UnsafeMutablePointer<UInt64>
  private var values: UnsafeMutablePointer<Int32>
  private var size: Int
  private(set) var count = 0
  private static let empty = UInt64.max

  init(capacity: Int = 1 << 16) {
    size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = .allocate(capacity: size)
    keys.initialize(repeating: Self.empty, count: size)
    values = .allocate(capacity: size)
    values.initialize(repeating: -1, count: size)
  }

  deinit {
    keys.deallocate()
    values.deallocate()
  }

  /// The value for `key`, inserting `make()` when absent.
  @inline(__always)
  func value(for key: UInt64, make: () -> Int32) -> Int32 {
    let mask = size - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == Self.empty { break }
      slot = (slot + 1) & mask
    }
    let v = make()
    keys[slot] = key
    values[slot] = v
    count += 1
    if count * 2 > size { grow() }
    return v
  }

  /// Every (key, value) pair, in no order.
  var pairs: [(UInt64, Int32)] {
    var out: [(UInt64, Int32)] = []
    out.reserveCapacity(count)
    for i in 0..<size where keys[i] != Self.empty { out.append((keys[i], values[i])) }
    return out
  }

  private func grow() {
    let old = pairs
    keys.deallocate()
    values.deallocate()
    size *= 2
    keys = .allocate(capacity: size)
    keys.initialize(repeating: Self.empty, count: size)
    values = .allocate(capacity: size)
    values.initialize(repeating: -1, count: size)
    count = 0
    for (k, v) in old { _ = value(for: k) { v } }
  }
}
