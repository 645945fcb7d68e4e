/// A whole document as its caller wants it kept beside the measure records:
/// opaque parts, deflated one by one, so that a reader inflates only the parts
/// it needs. The index never looks inside; `ZhengceCorpus` decides what the
/// parts hold (a parsed document's contract JSON, cut into pieces).
///
/// A document is stored with the number of index records (measures) added for
/// it, in the same order, so a record found by a query leads to its document.
public struct StoredDocument: Sendable, Hashable {
  public let id: String
  let parts: [Part]

  /// One part: its length and its deflated bytes.
  struct Part: Sendable, Hashable {
    var length: Int
    var deflated: [UInt8]
  }

  /// Deflates each of `parts`.
  public init(id: String, parts: [[UInt8]]) {
    let deflater = Deflater()
    self.init(id: id, deflated: parts.map { Part(length: $0.count, deflated: deflater.deflate($0)) })
  }

  init(id: String, deflated parts: [Part]) {
    self.id = id
    self.parts = parts
  }

  public var partCount: Int { parts.count }

  /// The entry's bytes in `stored.zx`: id, part table, then the deflated parts.
  func encoded() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(id.utf8.count + 8 + parts.reduce(0) { $0 + 6 + $1.deflated.count })
    out.appendString(id)
    Varint.append(UInt64(parts.count), to: &out)
    for part in parts {
      Varint.append(UInt64(part.length), to: &out)
      Varint.append(UInt64(part.deflated.count), to: &out)
    }
    for part in parts { out += part.deflated }
    return out
  }
}
