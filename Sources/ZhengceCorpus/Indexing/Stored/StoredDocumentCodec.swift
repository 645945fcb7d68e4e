import ZhengceCore
import ZhengceSearch

/// How a parsed document is kept in the index: its contract JSON (what
/// `parse --json` prints for it), cut into parts the index deflates one by one,
///
/// ```
/// part 0    the document without outline, measures and citations (id, source, title, region, plugin …)
/// part 1    the outline
/// part 2    the citations
/// part 3…   one measure each, in order
/// ```
///
/// so that a command reads a document's head and only the measures it needs.
/// Whatever `ParsedDocument` encodes is stored, so a new contract field needs
/// no change here; reading back gives a document equal to the one parsed.
enum StoredDocumentCodec {
  static let firstMeasurePart = 3

  /// - Throws: `EncodingError` when the document has no JSON form (a non-finite number).
  static func stored(_ document: ParsedDocument) throws -> StoredDocument {
    var head = document
    head.outline = []
    head.measures = []
    head.citations = []
    var parts = [
      try JSONStreamEncoder.encode(head), try JSONStreamEncoder.encode(document.outline),
      try JSONStreamEncoder.encode(document.citations),
    ]
    for measure in document.measures { parts.append(try JSONStreamEncoder.encode(measure)) }
    return StoredDocument(id: document.id, parts: parts)
  }

  /// The whole document, as parsing gave it; without its outline (left empty) when `outline` is false.
  static func document(_ entry: StoredEntry, outline: Bool = true, inflater: Inflater) throws(StoredDocumentError) -> ParsedDocument {
    var document = try head(entry, inflater: inflater)
    if outline { document.outline = try read(entry, part: 1, inflater, ContractReader.outline) }
    document.citations = try read(entry, part: 2, inflater, ContractReader.citations)
    document.measures = try measures(entry, positions: 0..<(entry.partCount - firstMeasurePart), inflater: inflater)
    return document
  }

  /// The document with only the measures at `positions` (0 for its first),
  /// and no outline or citations: what a command that looks at some measures needs.
  static func document(
    _ entry: StoredEntry, measures positions: some Sequence<Int>, inflater: Inflater
  ) throws(StoredDocumentError) -> ParsedDocument {
    var document = try head(entry, inflater: inflater)
    document.measures = try measures(entry, positions: positions, inflater: inflater)
    return document
  }

  private static func head(_ entry: StoredEntry, inflater: Inflater) throws(StoredDocumentError) -> ParsedDocument {
    guard entry.partCount >= firstMeasurePart else { throw .init(id: entry.id, reason: "\(entry.partCount) parts") }
    return try decode(ParsedDocument.self, entry, part: 0, inflater)
  }

  private static func measures(
    _ entry: StoredEntry, positions: some Sequence<Int>, inflater: Inflater
  ) throws(StoredDocumentError) -> [Measure] {
    var out: [Measure] = []
    for position in positions {
      guard position >= 0, firstMeasurePart + position < entry.partCount else {
        throw .init(id: entry.id, reason: "no measure \(position + 1)")
      }
      out.append(try read(entry, part: firstMeasurePart + position, inflater, ContractReader.measure))
    }
    return out
  }

  /// A part read by `reader` (a `ContractReader` function), or by `Decodable` when that one leaves it.
  private static func read<T: Decodable>(
    _ entry: StoredEntry, part: Int, _ inflater: Inflater, _ reader: (JSONTree) -> T?
  ) throws(StoredDocumentError) -> T {
    let bytes = try inflated(entry, part: part, inflater)
    if let tree = try? JSONTree(bytes), let value = reader(tree) { return value }
    return try decode(T.self, bytes, id: entry.id)
  }

  private static func inflated(_ entry: StoredEntry, part: Int, _ inflater: Inflater) throws(StoredDocumentError) -> [UInt8] {
    do {
      return try entry.part(part, with: inflater)
    } catch {
      throw .init(id: entry.id, reason: "part \(part) does not inflate")
    }
  }

  private static func decode<T: Decodable>(
    _ type: T.Type, _ entry: StoredEntry, part: Int, _ inflater: Inflater
  ) throws(StoredDocumentError) -> T {
    try decode(type, try inflated(entry, part: part, inflater), id: entry.id)
  }

  private static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], id: String) throws(StoredDocumentError) -> T {
    do {
      return try JSONTreeDecoder.decode(type, from: bytes)
    } catch let error as DecodingError {
      throw .init(id: id, reason: StoredDocumentError.describe(error), otherContract: StoredDocumentError.isOtherContract(error))
    } catch {
      throw .init(id: id, reason: "\(error)")
    }
  }
}

/// A stored document that cannot be read back: damaged, or written by a
/// version of zhengce whose documents this one does not read.
struct StoredDocumentError: Error {
  var id: String
  var reason: String
  /// The document is of another contract version: the index is sound but was built by another zhengce.
  var otherContract = false

  /// Whether `error` is `ParsedDocument`'s refusal of another `schemaVersion`.
  static func isOtherContract(_ error: DecodingError) -> Bool {
    guard case .dataCorrupted(let context) = error else { return false }
    return context.codingPath.map(\.stringValue) == ["schemaVersion"]
  }

  /// A decoding error in one line: where in the document, and what.
  static func describe(_ error: DecodingError) -> String {
    let context: DecodingError.Context
    switch error {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): context = c
    @unknown default: return "\(error)"
    }
    let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    return (path.isEmpty ? "" : path + ": ") + context.debugDescription
  }
}
