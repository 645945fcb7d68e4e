import Foundation

/// One file of a generation as `IndexReader.verify()` found it.
public struct VerifiedFile: Sendable, Hashable {
  /// The file's name in the generation directory (`postings.zx`, or
  /// `seg-2/postings.zx` for a segment after the first).
  public let name: String
  public let bytes: Int
  /// Why the file is not sound; nil when it is.
  public let problem: IndexError?
}

extension IndexReader {
  /// Reads every file of the generation whole (`zhengce index --verify`):
  /// a search checks only the parts it reads, the first time it reads them,
  /// so a damaged part nobody has read yet is found here. Beyond the layout
  /// checked at open and each part's CRC-32, what the structure lets be
  /// checked without decoding the text: every term's postings and positions
  /// pass the CRC-32 of its dictionary entry, and its postings hold as many
  /// documents as the dictionary says, each below the segment's document count; every
  /// stored record decodes as `type`, the caller's record; every stored document's part table fits its entry.
  /// - Returns: `meta.json` (its SHA-256 was checked at open), then each part
  ///   in file order, segment after segment.
  public func verify<R: IndexableRecord>(records type: R.Type) -> [VerifiedFile] {
    let metaPath = path + "/" + FileFormat.metaName
    let metaBytes = (try? FileManager.default.attributesOfItem(atPath: metaPath))?[.size] as? Int ?? 0
    var out = [VerifiedFile(name: FileFormat.metaName, bytes: metaBytes, problem: nil)]
    for segment in segments {
      let folder = segment.meta.directory.isEmpty ? "" : segment.meta.directory + "/"
      for part in FileFormat.Part.allCases {
        guard let checked = segment.parts[part] else { continue }
        var problem: IndexError?
        do throws(IndexError) {
          // Parts checked at open are read again: `check()` keeps its first answer.
          try SegmentReader.checkedAtOpen.contains(part) ? checked.file.checkPayload() : checked.check()
          try segment.verifyStructure(part, records: type)
        } catch {
          problem = error
        }
        out.append(VerifiedFile(name: folder + part.fileName, bytes: checked.file.bytes.count, problem: problem))
      }
    }
    return out
  }
}

extension SegmentReader {
  /// The checks of `verify()` beyond the CRC-32, for the parts that have them.
  fileprivate func verifyStructure<R: IndexableRecord>(_ part: FileFormat.Part, records type: R.Type) throws(IndexError) {
    switch part {
    case .postings:
      for t in 0..<dictionary.count {
        if let damage = listDamage(t, .postings) { throw damage }
        var cursor = PostingCursor([PostingCursor.Part(self, entry: dictionary.entry(t), firstRecord: 0)], positions: positions)
        var seen = 0
        while cursor.next() {
          seen += 1
          guard cursor.doc < documentCount, seen <= cursor.docFreq else {
            throw .corrupt(path: path + "/" + part.fileName, reason: "term \(t) lists a document past the end")
          }
        }
        guard seen == cursor.docFreq else {
          throw .corrupt(path: path + "/" + part.fileName, reason: "term \(t) lists \(seen) documents, the dictionary \(cursor.docFreq)")
        }
      }
    case .positions:
      for t in 0..<dictionary.count { if let damage = listDamage(t, .positions) { throw damage } }
    case .store:
      for d in 0..<documentCount { _ = try record(Int32(d), as: type) }
    case .stored:
      for k in 0..<storedDocuments.count { _ = try storedDocuments.entry(k) }
    case .terms, .docs, .ids:
      break
    }
  }
}
