import Dispatch
import Foundation
import ZhengceCore
import ZhengceSearch

/// The parsed documents an index keeps, read back instead of parsing the
/// files again: `tasks`, `commitments`, `compare` and `export` answer from
/// them. Documents come in index order (the order `zhengce index` read the
/// files), decoded on every core a batch at a time, so memory stays bounded.
public struct IndexedDocuments: Sendable {
  public let reader: IndexReader
  /// Documents decoded at once before they are handed on in order.
  private let batchSize = 64
  /// Batches decoded while `body` takes the current one: more than one, so
  /// that the decoding cores keep busy while `body` is slower for a while.
  private let batchesAhead = 3

  public init(_ reader: IndexReader) { self.reader = reader }

  public var count: Int { reader.storedDocuments.count }

  /// Calls `body` with each document, whole and equal to what parsing gave.
  /// - Parameter progress: called with (documents done, documents in all) after each batch.
  /// - Throws: `IndexError.corrupt` naming the first document that cannot be read, or what `body` throws.
  public func forEach(progress: (@Sendable (Int, Int) -> Void)? = nil, _ body: (ParsedDocument) throws -> Void) throws {
    try forEach(progress: progress, outline: true, transform: { $0 }, body)
  }

  /// Calls `body` with what `transform` makes of each document, in order.
  /// `transform` runs on the decoding threads, so work that turns documents
  /// into something else (an export's rows) is shared by every core, and
  /// `body` is left with what must be done in order.
  /// - Parameter outline: false to leave every document's outline empty, unread (export has no use for it).
  public func forEach<Output: Sendable>(
    progress: (@Sendable (Int, Int) -> Void)? = nil, outline: Bool = true,
    transform: @escaping @Sendable (ParsedDocument) -> Output, _ body: (Output) throws -> Void
  ) throws {
    let part: Part = outline ? .whole : .withoutOutline
    try run(Array(0..<count).map { ($0, part) }, progress: progress, transform: transform, body)
  }

  /// Calls `body` with documents that hold only the measures among `records`
  /// (index record numbers, as a search returns them) and no outline or citations.
  /// - Parameter everyDocument: also give the documents none of whose measures
  ///   is among `records` (with no measures); otherwise they are skipped.
  public func forEach(
    selecting records: [Int32], everyDocument: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil,
    _ body: (ParsedDocument) throws -> Void
  ) throws {
    let stored = reader.storedDocuments
    try stored.check()
    var positions: [Int: [Int]] = [:]
    for record in records.sorted() {
      guard let k = stored.document(holding: record) else { continue }
      let position = Int(record - stored.records(k).lowerBound)
      if positions[k]?.last != position { positions[k, default: []].append(position) }
    }
    let wanted = everyDocument ? Array(0..<count) : positions.keys.sorted()
    try run(wanted.map { ($0, .measures(positions[$0] ?? [])) }, progress: progress, transform: { $0 }, body)
  }

  /// What of a document is read.
  private enum Part: Sendable {
    case whole, withoutOutline
    /// The head and the measures at these positions (0 for the first).
    case measures([Int])
  }

  /// Decodes `work` (document number and what of it) and applies `transform`
  /// in batches on every core, handing each batch on in order while the next
  /// ones are decoded.
  private func run<Output: Sendable>(
    _ work: [(document: Int, part: Part)], progress: (@Sendable (Int, Int) -> Void)?,
    transform: @escaping @Sendable (ParsedDocument) -> Output, _ body: (Output) throws -> Void
  ) throws {
    let batches = stride(from: 0, to: work.count, by: batchSize).map { Array(work[$0..<min(work.count, $0 + batchSize)]) }
    var done = 0
    var started = batches.prefix(batchesAhead + 1).map { decode($0, transform: transform) }
    defer { for batch in started { _ = batch.wait() } }
    for k in batches.indices {
      let results = started.removeFirst().wait()
      if k + batchesAhead + 1 < batches.count { started.append(decode(batches[k + batchesAhead + 1], transform: transform)) }
      for result in results { try body(result.get()) }
      done += results.count
      progress?(done, work.count)
    }
  }

  /// Starts decoding `batch` on every core; `wait()` gives what `transform` made of the documents, in order.
  private func decode<Output: Sendable>(
    _ batch: [(document: Int, part: Part)], transform: @escaping @Sendable (ParsedDocument) -> Output
  ) -> DecodedBatch<Output> {
    let stored = reader.storedDocuments
    let decoded = DecodedBatch<Output>(count: batch.count)
    let workers = min(batch.count, Cores.available)
    DispatchQueue.global().async(group: decoded.group) {
      DispatchQueue.concurrentPerform(iterations: workers) { w in
        let inflater = Inflater()
        for i in stride(from: w, to: batch.count, by: workers) {
          decoded.set(i, Result { () throws(IndexError) -> ParsedDocument in
            let (k, part) = batch[i]
            let entry = try stored.entry(k)
            do throws(StoredDocumentError) {
              switch part {
              case .whole: return try StoredDocumentCodec.document(entry, inflater: inflater)
              case .withoutOutline: return try StoredDocumentCodec.document(entry, outline: false, inflater: inflater)
              case .measures(let positions): return try StoredDocumentCodec.document(entry, measures: positions, inflater: inflater)
              }
            } catch {
              let reason = "document \(error.id): \(error.reason)"
              throw error.otherContract ? .outdated(path: stored.path(of: k), reason: reason) : .corrupt(path: stored.path(of: k), reason: reason)
            }
          }.map(transform))
        }
      }
    }
    return decoded
  }
}

/// A batch of documents being decoded on other threads: slots written once
/// each, read after `wait()`.
private final class DecodedBatch<Output: Sendable>: @unchecked Sendable {
  let group = DispatchGroup()
  private let slots: ConcurrentSlots<Result<Output, IndexError>>

  init(count: Int) { slots = ConcurrentSlots(count: count) }

  func set(_ i: Int, _ value: Result<Output, IndexError>) { slots.set(i, value) }

  /// What was made of the documents once all are decoded, in order.
  func wait() -> [Result<Output, IndexError>] {
    group.wait()
    return slots.values.map { $0 ?? .failure(.corrupt(path: "?", reason: "not decoded")) }
  }
}
