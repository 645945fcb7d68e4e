/// The on-disk layout shared by writer and reader.
///
/// An index directory holds `CURRENT` (the name of the live generation), `LOCK`
/// (locked by the one writer, see `IndexWriteLock`) and generation directories
/// `gen-NNNNNN/`, each immutable once renamed into place:
///
/// ```
/// meta.json       version, counts, average length, indexed source files, the
///                 segments after the first and each segment's deletion marks
/// meta.json.sha256  SHA-256 of meta.json, as `sha256sum` writes it (`sha256sum -c` checks it)
/// terms.zx        u32 count, (count+1) × [keyOffset u32, docFreq u32, docsOffset u32,
///                 positionsOffset u32, postings CRC-32 u32, positions CRC-32 u32],
///                 then the sorted key bytes
/// postings.zx     per term: skip table, impacts of each 8 blocks, blocks of 128
///                 documents, bit-packed (`PostingEncoder`), then 8 zero bytes of padding
/// positions.zx    per term, per block: absolute positions bit-packed (only the
///                 padding when the index was built without positions)
/// docs.zx         u32 count, per doc: text length u32, heading end u32
/// ids.zx          u32 count, (count+1) u32 offsets, id bytes
/// store.zx        stored records (`StoredRecordWriter`) in zstd blocks (`RecordBlockWriter`)
/// stored.zx       the stored documents, with the records each holds (`StoredDocuments`)
/// seg-N/          a segment after the first (added by an update): the same
///                 part files, its records numbered after those before it
/// ```
///
/// A generation is one or more segments (`meta.json` lists those after the
/// first), and a segment's stored documents may be marked deleted there;
/// `IndexReader` reads them as one index of the records not deleted. A
/// segment's files never change once written, so a later generation links
/// them rather than copying, and only `meta.json` says what is deleted.
///
/// Every `.zx` file starts with a 24-byte header: magic `ZHCX`, format
/// version u32, a 4-byte kind, CRC-32 of the payload u32, payload length u64.
public enum FileFormat {
  /// Bumped whenever the layout changes; readers refuse other versions
  /// (5: stored documents, and one more keyword field at the end of stored
  /// records; 6: the impacts of long posting lists, see `PostingEncoder`, and
  /// the stored records in zstd blocks, see `RecordBlockWriter`; 7: each
  /// term's postings and positions carry their own CRC-32 in its dictionary
  /// entry, and a generation may hold several segments).
  public static let version = 7
  static let magic: [UInt8] = Array("ZHCX".utf8)
  static let headerSize = 24
  static let metaName = "meta.json"
  static let currentName = "CURRENT"
  static let lockName = "LOCK"
  static let metaSumName = "meta.json.sha256"

  /// The files of a generation, by name and kind.
  enum Part: String, CaseIterable {
    case terms, postings, positions, docs, ids, store, stored

    var fileName: String { rawValue + ".zx" }
    /// Four bytes naming the part in its header.
    var kind: [UInt8] {
      switch self {
      case .terms: return Array("TERM".utf8)
      case .postings: return Array("POST".utf8)
      case .positions: return Array("POSN".utf8)
      case .docs: return Array("DOCS".utf8)
      case .ids: return Array("IDS_".utf8)
      case .store: return Array("STOR".utf8)
      case .stored: return Array("SDOC".utf8)
      }
    }
  }
}

/// What `meta.json` records about a generation.
public struct IndexMeta: Codable, Sendable, Hashable {
  public var format: String
  public var version: Int
  public var documents: Int
  public var terms: Int
  /// Total scalars of text indexed (for the BM25 average length).
  public var totalLength: Int
  /// Whether token positions were written; without them, terms longer than
  /// two characters are confirmed against the stored text.
  public var positions: Bool
  /// Source files the records came from, for incremental re-indexing.
  public var sources: [SourceEntry]
  /// Opaque stamp of the tool that built the index (cache invalidation).
  public var builder: String
  /// Bytes of each part file, header included.
  public var fileSizes: [String: Int]
  /// The segments after the first, in document order, each in a folder of
  /// the generation; nil when the generation is one segment. `documents`,
  /// `terms`, `totalLength` and `fileSizes` above describe the first.
  public var segments: [SegmentMeta]?
  /// The first segment's deletion marks (`SegmentMeta.deleted`).
  public var deleted: [Int]?

  /// Every segment of the generation, the first (in the generation's own folder) included.
  public var allSegments: [SegmentMeta] {
    [SegmentMeta(directory: "", documents: documents, terms: terms, totalLength: totalLength, fileSizes: fileSizes, deleted: deleted)]
      + (segments ?? [])
  }
}

/// What `meta.json` records about one segment of a generation.
public struct SegmentMeta: Codable, Sendable, Hashable {
  /// Its folder inside the generation (`seg-2`); "" for the first segment.
  public var directory: String
  public var documents: Int
  public var terms: Int
  /// Total scalars of its text.
  public var totalLength: Int
  /// Bytes of each part file, header included.
  public var fileSizes: [String: Int]
  /// Deletion marks: the stored documents of the segment (numbered from 0 in
  /// it) that a later update removed or replaced, in increasing order; their
  /// records are left out of every answer. Nil when there are none.
  public var deleted: [Int]?
}

/// One indexed source file and the fingerprint that tells whether it changed.
public struct SourceEntry: Codable, Sendable, Hashable {
  public var path: String
  public var sha256: String
  public var size: Int
  /// Modification time (seconds since 1970), a cheap first check before hashing.
  public var modified: Double
  /// Documents (ids) read from it.
  public var documents: [String]

  public init(path: String, sha256: String, size: Int, modified: Double, documents: [String]) {
    self.path = path
    self.sha256 = sha256
    self.size = size
    self.modified = modified
    self.documents = documents
  }
}
