import Dispatch
import ZhengceCore

/// Merges segments on disk (generations one writer spilled, in document order)
/// into one, as a stream: the per-document tables are copied input by input,
/// and the postings are merged a range of keys at a time on every core and
/// appended to the output as each batch of ranges ends. The input pages
/// already read are dropped from memory as it goes (`MappedFile.release`), so
/// what a merge holds is bounded by `rangeBytes`, not by the size of the index.
/// Only the term dictionary (16 bytes and the key per term) is built whole.
struct SegmentMerger {
  /// The segments, in document order: documents are renumbered from each one's base.
  let inputs: [IndexReader]
  let positions: Bool
  /// Cores to merge on.
  let parts: Int
  /// About how many bytes of input postings and positions one range holds.
  let rangeBytes: Int
  /// The ids and stored records of every input, when the inputs carry none
  /// (the final merge of a writer's spilled segments); nil: copied from the inputs.
  let records: RecordTableLog?

  /// What the merge wrote.
  struct Output {
    var documents: Int
    var terms: Int
    var totalLength: Int
    var fileSizes: [String: Int]
  }

  /// Writes the merged segment's part files into `directory` (which exists);
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
    let documents = inputs.reduce(0) { $0 + $1.documentCount }
    guard documents < Int(Int32.max) else { throw .tooLarge(what: "documents") }
    for part in [FileFormat.Part.docs, .ids, .store] {
      let file = try PartFileWriter(directory + "/" + part.fileName, part: part)
      if let records, part != .docs {
        try records.write(part, to: file)
      } else {
        try copyTable(part, documents: documents, to: file)
      }
      try finish(file, part)
    }
    let storedFile = try PartFileWriter(directory + "/" + FileFormat.Part.stored.fileName, part: .stored)
    try stored(storedFile)
    try finish(storedFile, .stored)
    let terms = try mergePostings(in: directory, finish: finish)
    return Output(
      documents: documents, terms: terms, totalLength: inputs.reduce(0) { $0 + $1.meta.totalLength }, fileSizes: sizes)
  }

  // MARK: Per-document tables

  /// Copies one per-document table: `docs` as it is; `ids` (u32 offsets) and
  /// `store` (u64 offsets) with each input's offsets moved past the bytes before it.
  private func copyTable(_ part: FileFormat.Part, documents: Int, to file: PartFileWriter) throws(IndexError) {
    var head: [UInt8] = []
    head.appendLE(UInt32(documents))
    if part == .docs {
      try file.append(head)
      for r in inputs { try file.append(UnsafeRawBufferPointer(rebasing: r.docs[4..<(4 + r.documentCount * 8)])) }
      return
    }
    let wide = part == .store
    let width = wide ? 8 : 4
    var offsets = head
    offsets.reserveCapacity(4 + (documents + 1) * width)
    if wide { offsets.appendLE(UInt64(0)) } else { offsets.appendLE(UInt32(0)) }
    var base: UInt64 = 0
    for r in inputs {
      let table = wide ? r.store : r.ids
      let n = r.documentCount
      for i in stride(from: 1, through: n, by: 1) {
        let at = 4 + i * width
        if wide {
          offsets.appendLE(base + table.u64(at))
        } else {
          let value = base + UInt64(table.u32(at))
          guard value < UInt64(UInt32.max) else { throw .tooLarge(what: "ids") }
          offsets.appendLE(UInt32(value))
        }
      }
      base += UInt64(table.count - 4 - (n + 1) * width)
    }
    try file.append(offsets)
    for r in inputs {
      let table = wide ? r.store : r.ids
      try copy(table, from: 4 + (r.documentCount + 1) * width, of: r.parts[part], to: file)
    }
  }

  /// Appends `payload[start...]` to `file` a few megabytes at a time, dropping each piece's pages once written.
  private func copy(
    _ payload: UnsafeRawBufferPointer, from start: Int, of part: CheckedPart?, to file: PartFileWriter
  ) throws(IndexError) {
    let piece = 8 << 20
    var at = start
    while at < payload.count {
      let end = min(payload.count, at + piece)
      try file.append(UnsafeRawBufferPointer(rebasing: payload[at..<end]))
      part?.release(payloadUpTo: end)
      at = end
    }
  }

  // MARK: Postings

  /// Merges every term's postings; returns the number of terms.
  private func mergePostings(
    in directory: String, finish: (PartFileWriter, FileFormat.Part) throws(IndexError) -> Void
  ) throws(IndexError) -> Int {
    let postingsFile = try PartFileWriter(directory + "/" + FileFormat.Part.postings.fileName, part: .postings)
    let positionsFile = try PartFileWriter(directory + "/" + FileFormat.Part.positions.fileName, part: .positions)
    var entries: [UInt8] = []
    var keys: [UInt8] = []
    var terms = 0
    let cuts = cutKeys()
    let ranges = cuts.count + 1
    let (inputs, positions) = (self.inputs, self.positions)
    for first in stride(from: 0, to: ranges, by: parts) {
      let batch = first..<min(ranges, first + parts)
      let runs = ConcurrentSlots<PostingMerger.Run>(count: batch.count)
      DispatchQueue.concurrentPerform(iterations: batch.count) { j in
        let r = first + j
        runs.set(j, Self.run(inputs, positions: positions, from: r == 0 ? nil : cuts[r - 1], to: r < cuts.count ? cuts[r] : nil))
      }
      for run in runs.written {
        let bases = (UInt32(keys.count), UInt32(postingsFile.payloadBytes), UInt32(positionsFile.payloadBytes))
        for t in 0..<run.terms {
          entries.appendLE(run.entries[4 * t] + bases.0)
          entries.appendLE(run.entries[4 * t + 1])
          entries.appendLE(run.entries[4 * t + 2] + bases.1)
          entries.appendLE(run.entries[4 * t + 3] + bases.2)
        }
        terms += run.terms
        keys += run.keys
        try postingsFile.append(run.postings)
        try positionsFile.append(run.positions)
        guard keys.count < Int(UInt32.max) else { throw .tooLarge(what: "term dictionary") }
        guard postingsFile.payloadBytes < Int(UInt32.max), positionsFile.payloadBytes < Int(UInt32.max) else {
          throw .tooLarge(what: "postings")
        }
      }
      if batch.upperBound < ranges { release(before: cuts[batch.upperBound - 1]) }
    }
    var dictionary: [UInt8] = []
    dictionary.appendLE(UInt32(terms))
    entries.appendLE(UInt32(keys.count))
    entries.appendLE(UInt32(0))
    entries.appendLE(UInt32(postingsFile.payloadBytes))
    entries.appendLE(UInt32(positionsFile.payloadBytes))
    let padding = [UInt8](repeating: 0, count: BitPacking.padding)
    try postingsFile.append(padding)
    try positionsFile.append(padding)
    try finish(postingsFile, .postings)
    try finish(positionsFile, .positions)
    let termsFile = try PartFileWriter(directory + "/" + FileFormat.Part.terms.fileName, part: .terms)
    try termsFile.append(dictionary)
    try termsFile.append(entries)
    try termsFile.append(keys)
    try finish(termsFile, .terms)
    return terms
  }

  /// Keys that cut the key space into ranges of about `rangeBytes` of input
  /// (at least one range per core), taken from the input with the most postings.
  private func cutKeys() -> [[UInt8]] {
    let total = inputs.reduce(0) { $0 + Self.postingBytes($1) + Self.positionBytes($1) }
    guard let largest = inputs.max(by: { Self.postingBytes($0) < Self.postingBytes($1) }) else { return [] }
    let dictionary = largest.dictionary
    let ranges = max(parts, (total + rangeBytes - 1) / max(1, rangeBytes))
    guard ranges > 1, dictionary.count > ranges else { return [] }
    let bytes = Self.postingBytes(largest)
    var cuts: [[UInt8]] = []
    var previous = 0
    for q in 1..<ranges {
      // The first term whose postings start at or after this share of the input.
      let target = bytes * q / ranges
      var lo = previous + 1
      var hi = dictionary.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if dictionary.entry(mid).docs.lowerBound < target { lo = mid + 1 } else { hi = mid }
      }
      guard lo < dictionary.count else { break }
      cuts.append(Array(dictionary.key(lo)))
      previous = lo
    }
    return cuts
  }

  private static func postingBytes(_ r: IndexReader) -> Int { r.parts[.postings]?.payload.count ?? 0 }
  private static func positionBytes(_ r: IndexReader) -> Int { r.parts[.positions]?.payload.count ?? 0 }

  /// Drops every input's postings and positions pages before the first term ≥ `key`: all merged already.
  private func release(before key: [UInt8]) {
    for r in inputs {
      let e = r.dictionary.firstEntry(notBelow: key)
      let entry = r.dictionary.entry(e)
      r.parts[.postings]?.release(payloadUpTo: entry.docs.lowerBound)
      r.parts[.positions]?.release(payloadUpTo: entry.positions)
    }
  }

  /// Merges the terms ≥ `lower` and < `upper` (unbounded when nil) of every input.
  private static func run(
    _ inputs: [IndexReader], positions: Bool, from lower: [UInt8]?, to upper: [UInt8]?
  ) -> PostingMerger.Run {
    var out = PostingMerger.Run()
    var heads = inputs.map { r in lower.map { r.dictionary.firstEntry(notBelow: $0) } ?? 0 }
    var docBase: [Int32] = [0]
    for r in inputs { docBase.append(docBase[docBase.count - 1] + Int32(r.documentCount)) }
    var encoder = PostingEncoder()
    var docs: [Int32] = []
    var flags: [UInt32] = []
    var positionValues: [UInt32] = []
    while true {
      var smallest: UnsafeBufferPointer<UInt8>?
      for (s, r) in inputs.enumerated() where heads[s] < r.dictionary.count {
        let key = r.dictionary.key(heads[s])
        if smallest.map({ Self.precedes(key, $0) }) ?? true { smallest = key }
      }
      guard let key = smallest, upper.map({ k in k.withUnsafeBufferPointer { Self.precedes(key, $0) } }) ?? true else { break }
      docs.removeAll(keepingCapacity: true)
      flags.removeAll(keepingCapacity: true)
      positionValues.removeAll(keepingCapacity: true)
      let readPositions = positions && key.first != TermSpace.field.rawValue
      for (s, r) in inputs.enumerated() where heads[s] < r.dictionary.count && Self.equal(r.dictionary.key(heads[s]), key) {
        var cursor = PostingCursor(r, entry: r.dictionary.entry(heads[s]))
        while cursor.next() {
          docs.append(docBase[s] + cursor.doc)
          flags.append(UInt32(cursor.freq - 1) << 1 | (cursor.inHeading ? 1 : 0))
          if readPositions {
            for k in 0..<Int(cursor.freq) { positionValues.append(UInt32(bitPattern: cursor.position(k))) }
          }
        }
        heads[s] += 1
      }
      out.entries += [UInt32(out.keys.count), UInt32(docs.count), UInt32(out.postings.count), UInt32(out.positions.count)]
      out.keys += key
      encoder.encode(
        docs: docs, flags: flags, positions: positionValues, writePositions: positions,
        postings: &out.postings, positionsOut: &out.positions)
    }
    return out
  }

  @inline(__always)
  private static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = min(a.count, b.count)
    for i in 0..<n where a[i] != b[i] { return a[i] < b[i] }
    return a.count < b.count
  }

  @inline(__always)
  private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && !precedes(a, b) && !precedes(b, a)
  }
}
