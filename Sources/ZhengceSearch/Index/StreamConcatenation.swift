import Foundation

/// Merges sources (consecutive runs of documents, in order) into one raw
/// segment by concatenating each term's streams: positions are copied as
/// they are, and of the documents only the first of each source is written
/// again, counted from the previous source's last. Nothing is decoded.
enum StreamConcatenation {
  static func merge<Source: TermStreamSource>(_ sources: [Source], into writer: RawSegmentWriter) throws(IndexError) -> RawSegment {
    var docBase: [Int32] = [0]
    for s in sources { docBase.append(docBase[docBase.count - 1] + Int32(s.documents)) }
    var heads = [Int](repeating: 0, count: sources.count)
    var releasedAt = [Int](repeating: 0, count: sources.count)
    var first: [UInt8] = []
    while true {
      guard let key = sources.smallestKey(at: heads) else { break }
      try writer.beginTerm(key)
      var last: Int32 = 0
      var docFreq = 0
      for (s, source) in sources.enumerated() where heads[s] < source.termCount && RawKeys.equal(source.key(heads[s]), key) {
        let term = source.streams(heads[s])
        let docs = term.docs
        guard let base = docs.baseAddress else { continue }
        var at = 0
        let v = Varint.read(base, &at)
        let firstDoc = docBase[s] + Int32(bitPattern: v >> 2)
        first.removeAll(keepingCapacity: true)
        Varint.append(UInt64(UInt32(bitPattern: firstDoc - last) << 2 | v & 3), to: &first)
        try first.withUnsafeBufferPointer { (b) throws(IndexError) in try writer.appendDocs(b) }
        try writer.appendDocs(UnsafeBufferPointer(rebasing: docs[at...]))
        try writer.appendPositions(term.positions)
        last = docBase[s] + term.lastDoc
        docFreq += term.docFreq
        heads[s] += 1
        if heads[s] - releasedAt[s] >= 4096 {
          source.release(before: heads[s])
          releasedAt[s] = heads[s]
        }
      }
      try writer.endTerm(docFreq: docFreq, lastDoc: last)
    }
    return try writer.finish(documents: Int(docBase[docBase.count - 1]))
  }
}
