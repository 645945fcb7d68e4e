import Foundation
import ZhengceCore

/// One part file's payload, in chunks written one after another.
struct PartPayload {
  var part: FileFormat.Part
  var chunks: [[UInt8]]
}

/// The per-document parts of a generation (`docs`, `ids`, `store`), laid out
/// from the segments in document order; ready as soon as analysis ends.
struct DocumentTables {
  /// The global number of each segment's first document, and the total at the end.
  let docBase: [Int32]
  let documents: Int
  let totalLength: Int
  /// Every document's text length capped at 65,535, for the postings' impacts.
  let cappedLengths: [UInt16]
  let parts: [PartPayload]

  init(_ segments: [Segment]) throws(IndexError) {
    var docBase: [Int32] = [0]
    for s in segments { docBase.append(docBase[docBase.count - 1] + Int32(s.count)) }
    let documents = Int(docBase[docBase.count - 1])
    guard segments.reduce(0, { $0 + $1.ids.count }) < Int(UInt32.max) else { throw .tooLarge(what: "ids") }
    var docTable: [UInt8] = []
    var idTable: [UInt8] = []
    docTable.appendLE(UInt32(documents))
    idTable.appendLE(UInt32(documents))
    idTable.appendLE(UInt32(0))
    var idBase: UInt32 = 0
    var totalLength = 0
    var cappedLengths: [UInt16] = []
    cappedLengths.reserveCapacity(documents)
    for s in segments {
      cappedLengths += s.lengths.map(UInt16.capping)
      for i in 0..<s.count {
        docTable.appendLE(s.lengths[i])
        docTable.appendLE(s.headingEnds[i])
        idTable.appendLE(idBase + s.idOffsets[i + 1])
      }
      idBase += UInt32(s.ids.count)
      totalLength += s.totalLength
    }
    for s in segments { idTable += s.ids }
    var store = RecordBlockWriter(cores: Cores.available)
    var frames: [[UInt8]] = []
    for s in segments { try store.add(s.store.bytes, offsets: s.storeOffsets) { frames.append($0) } }
    let storeTables = try store.finish { frames.append($0) }
    self.docBase = docBase
    self.documents = documents
    self.totalLength = totalLength
    self.cappedLengths = cappedLengths
    parts = [
      PartPayload(part: .docs, chunks: [docTable]), PartPayload(part: .ids, chunks: [idTable]),
      PartPayload(part: .store, chunks: [storeTables] + frames),
    ]
  }
}

/// The term parts of a generation (`terms`, `postings`, `positions`) from the
/// merged runs: the dictionary with offsets made global, the runs' bytes as chunks.
struct PostingTables {
  let termCount: Int
  let parts: [PartPayload]

  init(_ runs: [PostingRun]) throws(IndexError) {
    var dictionary = TermDictionaryBuilder()
    var postingBytes = 0
    var positionBytes = 0
    for run in runs {
      try dictionary.add(run, postingBytes: postingBytes, positionBytes: positionBytes)
      postingBytes += run.postings.count
      positionBytes += run.positions.count
    }
    let padding = [UInt8](repeating: 0, count: BitPacking.padding)
    termCount = dictionary.terms
    parts = [
      PartPayload(part: .terms, chunks: dictionary.payload(postingBytes: postingBytes, positionBytes: positionBytes)),
      PartPayload(part: .postings, chunks: runs.map(\.postings) + [padding]),
      PartPayload(part: .positions, chunks: runs.map(\.positions) + [padding]),
    ]
  }
}
