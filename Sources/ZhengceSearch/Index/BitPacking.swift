/// Fixed-width bit packing: values of a block stored in `width` bits each,
/// little-endian bit order, the block rounded up to whole bytes.
enum BitPacking {
  /// Zero bytes after the last block of a file, so a read may always load 8 bytes.
  static let padding = 8

  /// Bits needed for `value` (0 for 0).
  @inline(__always)
  static func width(_ value: UInt32) -> Int { 32 - value.leadingZeroBitCount }

  /// Bytes taken by `count` values of `width` bits.
  @inline(__always)
  static func bytes(_ count: Int, width: Int) -> Int { (count * width + 7) >> 3 }

  /// Appends `values` packed at `width` bits.
  static func append(_ values: UnsafeBufferPointer<UInt32>, width: Int, to out: inout [UInt8]) {
    guard width > 0 else { return }
    let start = out.count
    let total = bytes(values.count, width: width)
    out.append(contentsOf: repeatElement(0, count: total))
    out.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var p = base + start
      var acc: UInt64 = 0
      var filled = 0
      for v in values {
        acc |= UInt64(v) << UInt64(filled)
        filled += width
        if filled >= 32 {
          UnsafeMutableRawPointer(p).storeBytes(of: UInt32(truncatingIfNeeded: acc).littleEndian, as: UInt32.self)
          p += 4
          acc >>= 32
          filled -= 32
        }
      }
      while filled > 0 {
        p.pointee = UInt8(truncatingIfNeeded: acc)
        p += 1
        acc >>= 8
        filled -= 8
      }
    }
  }

  /// The first `count` values of the block at `base` packed at `width` bits (≤ 32), into `out`.
  /// Eight values take exactly `width` bytes: whole groups of eight are read
  /// by `unpackGroups`, the rest one by one. (Calling `read` for each value,
  /// which multiplies, made a search at 10k measures 9 % slower: measured.)
  @inline(__always)
  static func unpack(_ base: UnsafePointer<UInt8>, count: Int, width: Int, into out: UnsafeMutablePointer<UInt32>) {
    guard width > 0 else {
      out.update(repeating: 0, count: count)
      return
    }
    let groups = count >> 3
    switch width {
    case 1: unpackGroups(base, groups, 1, out)
    case 2: unpackGroups(base, groups, 2, out)
    case 3: unpackGroups(base, groups, 3, out)
    case 4: unpackGroups(base, groups, 4, out)
    case 5: unpackGroups(base, groups, 5, out)
    case 6: unpackGroups(base, groups, 6, out)
    case 7: unpackGroups(base, groups, 7, out)
    case 8: unpackGroups(base, groups, 8, out)
    case 9: unpackGroups(base, groups, 9, out)
    case 10: unpackGroups(base, groups, 10, out)
    case 11: unpackGroups(base, groups, 11, out)
    case 12: unpackGroups(base, groups, 12, out)
    case 13: unpackGroups(base, groups, 13, out)
    case 14: unpackGroups(base, groups, 14, out)
    case 15: unpackGroups(base, groups, 15, out)
    case 16: unpackGroups(base, groups, 16, out)
    default: unpackGroups(base, groups, width, out)
    }
    let mask: UInt64 = (1 << UInt64(width)) &- 1
    var bit = groups &* 8 &* width
    for k in (groups &* 8)..<count {
      let word = UnsafeRawPointer(base + (bit >> 3)).loadUnaligned(as: UInt64.self)
      out[k] = UInt32(truncatingIfNeeded: (UInt64(littleEndian: word) >> UInt64(bit & 7)) & mask)
      bit &+= width
    }
  }

  /// `groups` groups of eight values packed at `width` bits, each group
  /// `width` bytes: inlined with a constant width (`unpack` has a case for
  /// each width up to 16, which gaps and flags almost always fit), every
  /// offset and shift is a constant. Against one loop carrying the bit offset
  /// for any width: the 68 benchmark queries at 100k, sums of least times,
  /// 13.9 → 13.0 ms with totals, 9.7 → 9.1 ms without.
  @inline(__always)
  private static func unpackGroups(_ base: UnsafePointer<UInt8>, _ groups: Int, _ width: Int, _ out: UnsafeMutablePointer<UInt32>) {
    let mask: UInt64 = (1 << UInt64(width)) &- 1
    for g in 0..<groups {
      let p = UnsafeRawPointer(base + g &* width)
      let o = out + g &* 8
      for j in 0..<8 {
        let bit = j &* width
        let word = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
        o[j] = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
      }
    }
  }

  /// The `index`th value of the block at `base` packed at `width` bits (≤ 32).
  @inline(__always)
  static func read(_ base: UnsafePointer<UInt8>, _ index: Int, width: Int) -> UInt32 {
    let bit = index &* width
    let word = UnsafeRawPointer(base + (bit >> 3)).loadUnaligned(as: UInt64.self)
    let mask: UInt64 = (1 << UInt64(width)) &- 1
    return UInt32(truncatingIfNeeded: (UInt64(littleEndian: word) >> UInt64(bit & 7)) & mask)
  }
}
