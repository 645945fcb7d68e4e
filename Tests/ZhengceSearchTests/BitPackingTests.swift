import Testing
@testable import ZhengceSearch

/// Values packed at every width come back whole, in blocks whose length is
/// and is not a multiple of eight (`unpack` reads groups of eight with the
/// width a constant, then the rest one by one), and one by one (`read`).
@Suite struct BitPackingTests {
  @Test func everyWidthUnpacksWhatWasPacked() {
    var random = SystemRandomNumberGenerator()
    for width in 1...32 {
      for count in [1, 7, 8, 9, 64, 127, 128] {
        let limit = width == 32 ? UInt32.max : (UInt32(1) << UInt32(width)) - 1
        // The largest value, zero, and random ones.
        var values = (0..<count).map { _ in UInt32.random(in: 0...limit, using: &random) }
        values[0] = limit
        if count > 1 { values[count - 1] = 0 }
        var packed: [UInt8] = []
        values.withUnsafeBufferPointer { BitPacking.append($0, width: width, to: &packed) }
        #expect(packed.count == BitPacking.bytes(count, width: width))
        packed += [UInt8](repeating: 0xFF, count: 4) + [UInt8](repeating: 0, count: BitPacking.padding)
        let out = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
        defer { out.deallocate() }
        packed.withUnsafeBufferPointer { bytes in
          BitPacking.unpack(bytes.baseAddress!, count: count, width: width, into: out)
          #expect(Array(UnsafeBufferPointer(start: out, count: count)) == values, "width \(width), \(count) values")
          #expect((0..<count).map { BitPacking.read(bytes.baseAddress!, $0, width: width) } == values)
        }
      }
    }
  }
}
