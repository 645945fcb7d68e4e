import Testing
import ZhengceCore

@testable import ZhengceSearch

/// A writer's segments hand their large buffers on: a finished segment's
/// token log and stored-record bytes are the next segment's, emptied, and
/// no more are kept than there are cores.
@Suite struct SegmentBuffersTests {
  @Test func aFinishedSegmentsTokenLogIsTheNextSegmentsEmptied() {
    let buffers = SegmentBuffers(tokenBatch: 4096)
    var log = buffers.takeLog()
    log.append(7, 0, 3)
    let storage = log.terms
    buffers.give(log)
    let again = buffers.takeLog()
    #expect(again.terms == storage)
    #expect(again.count == 0)
    // The log in use is not handed out twice.
    var other = buffers.takeLog()
    #expect(other.terms != storage)
    other.free()
    buffers.give(again)
  }

  @Test func noMoreLogsAreKeptThanCores() {
    let buffers = SegmentBuffers(tokenBatch: 4096)
    let logs = (0...Cores.available).map { _ in buffers.takeLog() }
    for log in logs { buffers.give(log) }
    let kept = Set(logs.prefix(Cores.available).map(\.terms))
    var taken = (0...Cores.available).map { _ in buffers.takeLog() }
    // The first `Cores.available` given back are reused; the last was freed, and a new one made.
    #expect(Set(taken.prefix(Cores.available).map(\.terms)) == kept)
    for i in taken.indices { taken[i].free() }
  }

  @Test func storedRecordBytesComeBackEmptyWithTheirCapacity() {
    let buffers = SegmentBuffers(tokenBatch: 4096)
    var bytes = buffers.takeStoreBytes(expected: 1000)
    #expect(bytes.isEmpty && bytes.capacity >= 1000)
    bytes.append(contentsOf: repeatElement(1, count: 50_000))
    let capacity = bytes.capacity
    buffers.give(storeBytes: bytes)
    let again = buffers.takeStoreBytes(expected: 10)
    #expect(again.isEmpty && again.capacity == capacity)
  }

  @Test func aSegmentFilesTheSameTokensWithAReusedLog() throws {
    let buffers = SegmentBuffers(tokenBatch: 64)
    // Over 128 tokens, so the log (64 tokens and 64 of slack) grows while
    // the record is added, and the second segment takes the grown log.
    let record = TestRecord(
      id: "a", document: "d", text: String(repeating: "易地扶贫搬迁后续扶持，易地扶贫搬迁安置点2025年。", count: 6))
    let first = Segment(positions: true, buffers: buffers)
    first.add(record)
    first.finish()
    let second = Segment(positions: true, buffers: buffers)
    second.add(record)
    second.finish()
    let firstTerms = first.sortedTerms()
    #expect(firstTerms.map(\.0) == second.sortedTerms().map(\.0))
    for ((_, a), (_, b)) in zip(firstTerms, second.sortedTerms()) {
      let (x, y) = (first.terms.streams(a), second.terms.streams(b))
      #expect(Array(x.docs) == Array(y.docs) && Array(x.positions) == Array(y.positions) && x.docFreq == y.docFreq)
    }
  }
}
