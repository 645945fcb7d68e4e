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

  public init(_ reader: IndexReader) { self.reader = reader }

  public var count: Int { reader.storedDocuments.count }

  /// Calls `body` with each document, whole and equal to what parsing gave.
  /// - Parameter progress: called with (documents done, documents in all) after each batch.
  /// - Throws: `IndexError.corrupt` naming the first document that cannot be read, or what `body` throws.
  public func forEach(progress: (@Sendable (Int, Int) -> Void)? = nil, _ body: (ParsedDocument) throws -> Void) throws {
    try run(Array(0..<count).map { ($0, nil) }, progress: progress, body)
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
    var positions: [Int: [Int]] = [:]
    for record in records.sorted() {
      guard let k = stored.document(holding: record) else { continue }
      let position = Int(record - stored.records(k).lowerBound)
      if positions[k]?.last != position { positions[k, default: []].append(position) }
    }
    let wanted = everyDocument ? Array(0..<count) : positions.keys.sorted()
    try run(wanted.map { ($0, positions[$0] ?? []) }, progress: progress, body)
  }

  /// Decodes `work` (document number, measure positions or nil for the whole
  /// document) in batches on every core, handing each batch on in order while
  /// the next one is decoded.
  private func run(
    _ work: [(document: Int, measures: [Int]?)], progress: (@Sendable (Int, Int) -> Void)?,
    _ body: (ParsedDocument) throws -> Void
  ) throws {
    let batches = stride(from: 0, to: work.count, by: batchSize).map { Array(work[$0..<min(work.count, $0 + batchSize)]) }
    var done = 0
    var next = batches.first.map(decode)
    for k in batches.indices {
      guard let current = next else { break }
      let results = current.wait()
      next = k + 1 < batches.count ? decode(batches[k + 1]) : nil
      defer { _ = next?.wait() }
      for result in results { try body(result.get()) }
      done += results.count
      progress?(done, work.count)
    }
  }

  /// Starts decoding `batch` on every core; `wait()` gives the documents in order.
  private func decode(_ batch: [(document: Int, measures: [Int]?)]) -> DecodedBatch {
    let stored = reader.storedDocuments
    let decoded = DecodedBatch(count: batch.count)
    let workers = min(batch.count, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.global().async(group: decoded.group) {
      DispatchQueue.concurrentPerform(iterations: workers) { w in
        let inflater = Inflater()
        for i in stride(from: w, to: batch.count, by: workers) {
          decoded.set(i, Result { () throws(IndexError) -> ParsedDocument in
            let (k, measures) = batch[i]
            let entry = try stored.entry(k)
            do throws(StoredDocumentError) {
              guard let measures else { return try StoredDocumentCodec.document(entry, inflater: inflater) }
              return try StoredDocumentCodec.document(entry, measures: measures, inflater: inflater)
            } catch {
              throw .corrupt(path: stored.path, reason: "document \(error.id): \(error.reason)")
            }
          })
        }
      }
    }
    return decoded
  }
}

/// A batch of documents being decoded on other threads: slots written once
/// each, read after `wait()`.
private final class DecodedBatch: @unchecked Sendable {
  let group = DispatchGroup()
  private var slots: [Result<ParsedDocument, IndexError>?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: Result<ParsedDocument, IndexError>) { lock.withLock { slots[i] = value } }

  /// The documents once all are decoded, in order.
  func wait() -> [Result<ParsedDocument, IndexError>] {
    group.wait()
    return lock.withLock { slots.map { $0 ?? .failure(.corrupt(path: "?", reason: "not decoded")) } }
  }
}
