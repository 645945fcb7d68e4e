import Testing
@testable import ZhengceSearch

/// The checksum in every part file's header: zlib's CRC-32, chained over chunks.
@Suite struct CRC32Tests {
  @Test func knownValues() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("政策".utf8)) == 0xBE20_B4D0)
  }

  @Test func chunksChainToTheWhole() {
    let whole = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let head = whole.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<4_321])) }
    let chained = whole.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[4_321...]), seed: head) }
    #expect(chained == CRC32.checksum(whole))
  }
}
