import Foundation
import ZhengceCorpus
import ZhengceSearch

/// The index the server reads, following `zhengce index`: at most once per
/// `checkInterval` a request looks at which generation is current, and when
/// it changed, opens it through the public `IndexReader(directory:)` (so
/// whatever pinning the reader does applies) and serves new requests from it.
/// Requests holding the old snapshot keep its mapped files until they finish.
public final class LiveIndex: @unchecked Sendable {
  public let directory: String
  private let checkInterval: Double
  private let lock = NSLock()
  private var current: IndexSnapshot
  private var checkedAt: Double
  let documents: DocumentCache

  /// Opens the current generation of the index at `directory`.
  /// - Parameter parser: parses a source file again for the pages that need
  ///   more than the index stores; the parser that built the index.
  /// - Throws: `IndexError` when there is no readable index there.
  public init(directory: String, parser: CorpusParser, checkInterval: Double = 1, documentCacheSize: Int = 2_000) throws(IndexError) {
    self.directory = directory
    self.checkInterval = checkInterval
    current = try IndexSnapshot(reader: try IndexReader(directory: directory))
    checkedAt = Self.now()
    documents = DocumentCache(parser: parser, capacity: documentCacheSize)
  }

  /// The snapshot to answer a request from: the current generation, reopened if it changed.
  func snapshot() -> IndexSnapshot {
    let (snapshot, due) = lock.withLock { () -> (IndexSnapshot, Bool) in
      let now = Self.now()
      guard now - checkedAt >= checkInterval else { return (current, false) }
      checkedAt = now
      return (current, true)
    }
    guard due, let live = IndexDirectory(path: directory).currentGeneration(), live != snapshot.generation else { return snapshot }
    // A generation half-replaced or unreadable: keep serving the one we have.
    guard let fresh = try? IndexSnapshot(reader: IndexReader(directory: directory)) else { return snapshot }
    lock.withLock { current = fresh }
    return fresh
  }

  /// The generation directory being served (for logs and tests).
  public var generation: String { lock.withLock { current.generation } }

  private static func now() -> Double { Date().timeIntervalSince1970 }
}
