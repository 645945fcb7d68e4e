import Dispatch
import ZhengceCore

/// One run of consecutive keys merged and block-encoded: per term (key
/// offset, docFreq, postings offset, positions offset, CRC-32 of its postings,
/// CRC-32 of its positions), the offsets relative to the run's own buffers
/// (`TermDictionaryBuilder` makes them global).
struct PostingRun {
  static let fields = 6
  var entries: [UInt32] = []
  var keys: [UInt8] = []
  var postings: [UInt8] = []
  var positions: [UInt8] = []
  /// CRC-32 of all of `postings` and of `positions`, once `checksum()` ran.
  private(set) var crcs: (postings: UInt32, positions: UInt32) = (0, 0)
  var terms: Int { entries.count / Self.fields }

  /// Computes `crcs`: on the core that merged the run, so that the thread
  /// writing the runs out in order only combines them.
  mutating func checksum() {
    crcs = (
      postings.withUnsafeBytes { CRC32.checksum($0) }, positions.withUnsafeBytes { CRC32.checksum($0) }
    )
  }

  /// Empties the run, keeping its buffers for the next one.
  mutating func removeAll() {
    entries.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    postings.removeAll(keepingCapacity: true)
    positions.removeAll(keepingCapacity: true)
    crcs = (0, 0)
  }
}

/// Merges sources of build streams (in-memory segments at a commit, spilled
/// segments at the end of a build under a budget), each a consecutive run of
/// documents in order, into block-encoded postings (`PostingEncoder`): for
/// each key, every source's documents renumbered from its base.
struct PostingMerger<Source: TermStreamSource> {
  let sources: [Source]
  let writePositions: Bool
  /// Every document's text length, capped at 65,535, for the impacts.
  let lengths: [UInt16]
  /// The global number of each source's first document.
  private let docBase: [Int32]

  init(_ sources: [Source], writePositions: Bool, lengths: [UInt16]) {
    self.sources = sources
    self.writePositions = writePositions
    self.lengths = lengths
    var docBase: [Int32] = [0]
    for s in sources { docBase.append(docBase[docBase.count - 1] + Int32(s.documents)) }
    precondition(Int(docBase[docBase.count - 1]) == lengths.count, "\(lengths.count) lengths for \(docBase[docBase.count - 1]) documents")
    self.docBase = docBase
  }

  /// Every key, in runs merged on `parts` cores: the key space is cut at keys
  /// of the source with the most terms.
  func merge(parts: Int) -> [PostingRun] {
    let longest = sources.max { $0.termCount < $1.termCount }
    let n = longest?.termCount ?? 0
    let cuts: [[UInt8]] =
      parts > 1 && n > parts * 64 ? (1..<parts).compactMap { p in longest.map { Array($0.key(n * p / parts)) } } : []
    let runs = ConcurrentSlots<PostingRun>(count: cuts.count + 1)
    DispatchQueue.concurrentPerform(iterations: cuts.count + 1) { p in
      var out = PostingRun()
      run(from: p == 0 ? nil : cuts[p - 1], to: p < cuts.count ? cuts[p] : nil, into: &out)
      runs.set(p, out)
    }
    return runs.written
  }

  /// Merges the keys ≥ `lower` and < `upper` (unbounded when nil) into
  /// `out`, emptied first: a run's buffers reach tens of megabytes, and
  /// one passed on from the run before grows no more.
  func run(from lower: [UInt8]?, to upper: [UInt8]?, into out: inout PostingRun) {
    out.removeAll()
    var heads = sources.map { s in lower.map { s.firstEntry(notBelow: $0) } ?? 0 }
    var encoder = PostingEncoder()
    var docs: [Int32] = []
    var flags: [UInt32] = []
    var positionValues: [UInt32] = []
    let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    while true {
      guard let key = sources.smallestKey(at: heads), upper.map({ k in k.withUnsafeBufferPointer { RawKeys.precedes(key, $0) } }) ?? true else { break }
      docs.removeAll(keepingCapacity: true)
      flags.removeAll(keepingCapacity: true)
      positionValues.removeAll(keepingCapacity: true)
      for (s, source) in sources.enumerated() where heads[s] < source.termCount && RawKeys.equal(source.key(heads[s]), key) {
        let term = source.streams(heads[s])
        TermBuffers.decode(
          docs: term.docs, positions: writePositions ? term.positions : none, docFreq: term.docFreq,
          docBase: docBase[s], docs: &docs, flags: &flags, positions: &positionValues)
        heads[s] += 1
      }
      let starts = (out.postings.count, out.positions.count)
      out.keys += key
      encoder.encode(
        docs: docs, flags: flags, positions: positionValues, writePositions: writePositions, lengths: lengths,
        postings: &out.postings, positionsOut: &out.positions)
      // Each list's own CRC-32, so that a search checks the lists it reads, not the whole part.
      let checksums = (
        out.postings.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[starts.0...])) },
        out.positions.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[starts.1...])) })
      out.entries += [
        UInt32(out.keys.count - key.count), UInt32(docs.count), UInt32(starts.0), UInt32(starts.1), checksums.0, checksums.1,
      ]
    }
  }
}
