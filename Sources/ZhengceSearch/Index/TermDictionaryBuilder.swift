/// The `terms` part built as merged runs (`PostingRun`) arrive, in key order:
/// each run's entries made global (offsets past the keys, postings and
/// positions of the runs before it), then the end entry and the keys. The
/// in-memory commit and the merge of spilled segments both build it.
struct TermDictionaryBuilder {
  private(set) var terms = 0
  private var entries: [UInt8] = []
  private var keys: [UInt8] = []

  /// Adds `run`, whose postings and positions follow `postingBytes` and
  /// `positionBytes` of the runs before it.
  /// - Throws: `IndexError.tooLarge` when an offset would not fit 32 bits.
  mutating func add(_ run: PostingRun, postingBytes: Int, positionBytes: Int) throws(IndexError) {
    guard keys.count + run.keys.count < Int(UInt32.max) else { throw .tooLarge(what: "term dictionary") }
    guard postingBytes + run.postings.count < Int(UInt32.max), positionBytes + run.positions.count < Int(UInt32.max) else {
      throw .tooLarge(what: "postings")
    }
    let bases = (UInt32(keys.count), UInt32(postingBytes), UInt32(positionBytes))
    entries.reserveCapacity(entries.count + run.entries.count * 4)
    for t in 0..<run.terms {
      let e = PostingRun.fields * t
      entries.appendLE(run.entries[e] + bases.0)
      entries.appendLE(run.entries[e + 1])
      entries.appendLE(run.entries[e + 2] + bases.1)
      entries.appendLE(run.entries[e + 3] + bases.2)
      entries.appendLE(run.entries[e + 4])
      entries.appendLE(run.entries[e + 5])
    }
    terms += run.terms
    keys += run.keys
  }

  /// The part's payload (u32 count, the entries and the end entry, the keys),
  /// given the postings' and positions' whole lengths.
  func payload(postingBytes: Int, positionBytes: Int) -> [[UInt8]] {
    var count: [UInt8] = []
    count.appendLE(UInt32(terms))
    var end: [UInt8] = []
    end.appendLE(UInt32(keys.count))
    end.appendLE(UInt32(0))
    end.appendLE(UInt32(postingBytes))
    end.appendLE(UInt32(positionBytes))
    end.appendLE(UInt32(0))
    end.appendLE(UInt32(0))
    return [count, entries, end, keys]
  }
}
