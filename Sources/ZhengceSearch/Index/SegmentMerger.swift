import Dispatch
import ZhengceCore

/// The final merge of a writer's spilled segments (`RawSegment`s, in
/// document order) into the generation, as a stream: the per-document tables
/// come from the writer's logs, and the postings are decoded from the build's
/// varints and block-encoded (`PostingEncoder`) a range of keys at a time on
/// every core, each batch of ranges appended to the output as it ends. The
/// input pages already read are dropped from memory as it goes, so what the
/// merge holds is bounded by `rangeBytes`, not by the size of the index. Only
/// the term dictionary (16 bytes and the key per term) is built whole.
struct SegmentMerger {
  /// The segments, in document order: documents are renumbered from each one's base.
  let inputs: [RawSegment]
  let positions: Bool
  /// Cores to merge on.
  let parts: Int
  /// About how many bytes of input streams one range holds.
  let rangeBytes: Int
  /// The ids, stored records and document table of every input.
  let records: RecordTableLog

  /// What the merge wrote.
  struct Output {
    var documents: Int
    var terms: Int
    var fileSizes: [String: Int]
  }

  /// Writes the generation's part files into `directory` (which exists);
  /// `stored` writes the stored documents part. With `sync`, every file is
  /// flushed to disk.
  func write(
    to directory: String, sync: Bool, stored: (PartFileWriter) throws(IndexError) -> Void
  ) throws(IndexError) -> Output {
    var sizes: [String: Int] = [:]
    func finish(_ file: PartFileWriter, _ part: FileFormat.Part) throws(IndexError) {
      try file.finish(sync: sync)
      sizes[part.rawValue] = file.fileBytes
    }
    let documents = inputs.reduce(0) { $0 + $1.documents }
    guard documents == records.count else { preconditionFailure("segments hold \(documents) documents, the log \(records.count)") }
    for part in [FileFormat.Part.docs, .ids, .store] {
      let file = try PartFileWriter(directory + "/" + part.fileName, part: part)
      try records.write(part, to: file)
      try finish(file, part)
    }
    let storedFile = try PartFileWriter(directory + "/" + FileFormat.Part.stored.fileName, part: .stored)
    try stored(storedFile)
    try finish(storedFile, .stored)
    let terms = try mergePostings(in: directory, finish: finish)
    return Output(documents: documents, terms: terms, fileSizes: sizes)
  }

  // MARK: Postings

  /// Merges every term's postings; returns the number of terms.
  private func mergePostings(
    in directory: String, finish: (PartFileWriter, FileFormat.Part) throws(IndexError) -> Void
  ) throws(IndexError) -> Int {
    let out = try RunWriter(
      postings: PartFileWriter(directory + "/" + FileFormat.Part.postings.fileName, part: .postings),
      positions: PartFileWriter(directory + "/" + FileFormat.Part.positions.fileName, part: .positions))
    let cuts = cutKeys()
    let ranges = cuts.count + 1
    let merger = PostingMerger(inputs, writePositions: positions, lengths: records.cappedLengths)
    // Two sets of runs: one batch merges into a set while the one before is
    // written out from the other, and each set's buffers are reused.
    let sets = [ConcurrentSlots<PostingRun>(count: parts), ConcurrentSlots<PostingRun>(count: parts)]
    for (n, first) in stride(from: 0, to: ranges, by: parts).enumerated() {
      let batch = first..<min(ranges, first + parts)
      let runs = sets[n % 2]
      DispatchQueue.concurrentPerform(iterations: batch.count) { j in
        let r = first + j
        var run = runs.take(j) ?? PostingRun()
        merger.run(from: r == 0 ? nil : cuts[r - 1], to: r < cuts.count ? cuts[r] : nil, into: &run)
        run.checksum()
        runs.set(j, run)
      }
      try out.wait()
      // The inputs before this batch's last key are merged, and the batch before is written.
      if batch.upperBound < ranges { release(before: cuts[batch.upperBound - 1]) }
      out.write(runs, count: batch.count)
    }
    try out.wait()
    let terms = out.dictionary.payload(postingBytes: out.postings.payloadBytes, positionBytes: out.positions.payloadBytes)
    let padding = [UInt8](repeating: 0, count: BitPacking.padding)
    try out.postings.append(padding)
    try out.positions.append(padding)
    try finish(out.postings, .postings)
    try finish(out.positions, .positions)
    let termsFile = try PartFileWriter(directory + "/" + FileFormat.Part.terms.fileName, part: .terms)
    for chunk in terms { try termsFile.append(chunk) }
    try finish(termsFile, .terms)
    return out.dictionary.terms
  }

  /// Keys that cut the key space into ranges of about `rangeBytes` of input
  /// (at least one range per core), taken from the input with the most postings.
  private func cutKeys() -> [[UInt8]] {
    let total = inputs.reduce(0) { $0 + $1.streamBytes }
    guard let largest = inputs.max(by: { $0.docs.bytes.count < $1.docs.bytes.count }) else { return [] }
    let ranges = max(parts, (total + rangeBytes - 1) / max(1, rangeBytes))
    guard ranges > 1, largest.count > ranges else { return [] }
    let bytes = largest.docs.bytes.count
    var cuts: [[UInt8]] = []
    var previous = 0
    for q in 1..<ranges {
      // The first term whose postings start at or after this share of the input.
      let target = bytes * q / ranges
      var lo = previous + 1
      var hi = largest.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if largest.offsets(mid).docs < target { lo = mid + 1 } else { hi = mid }
      }
      guard lo < largest.count else { break }
      cuts.append(Array(largest.key(lo)))
      previous = lo
    }
    return cuts
  }

  /// Drops every input's stream pages before the first term ≥ `key`: all merged already.
  private func release(before key: [UInt8]) {
    for r in inputs { r.release(before: r.firstEntry(notBelow: key)) }
  }
}

/// Writes batches of merged runs out in key order on a thread of its own,
/// so that the next batch merges meanwhile (with the part's CRC-32s
/// combined from the runs' own).
private final class RunWriter: @unchecked Sendable {
  let postings: PartFileWriter
  let positions: PartFileWriter
  private(set) var dictionary = TermDictionaryBuilder()
  private var failure: IndexError?
  private let queue = DispatchQueue(label: "zhengce.index.runs")
  private let writing = DispatchGroup()

  init(postings: PartFileWriter, positions: PartFileWriter) {
    self.postings = postings
    self.positions = positions
  }

  /// Starts writing the first `count` runs of `runs`, each put back in its
  /// slot once written. Call `wait()` before the next call.
  func write(_ runs: ConcurrentSlots<PostingRun>, count: Int) {
    writing.enter()
    queue.async {
      defer { self.writing.leave() }
      for j in 0..<count {
        guard self.failure == nil, let run = runs.take(j) else { return }
        do throws(IndexError) {
          try self.dictionary.add(run, postingBytes: self.postings.payloadBytes, positionBytes: self.positions.payloadBytes)
          try self.postings.append(run.postings, crc: run.crcs.postings)
          try self.positions.append(run.positions, crc: run.crcs.positions)
        } catch {
          self.failure = error
        }
        runs.set(j, run)
      }
    }
  }

  /// Waits for the write under way; throws its failure.
  func wait() throws(IndexError) {
    writing.wait()
    if let failure { throw failure }
  }
}
