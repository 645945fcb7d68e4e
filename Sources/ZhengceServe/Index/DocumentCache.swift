import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser
import ZhengceSearch

/// Parsed documents for the pages that need more than the index stores
/// (quantities, due dates, the outline): each is parsed from the source file
/// the index recorded, once, and kept while it is among the `capacity` most
/// recently used. Keyed by the file's SHA-256 and the document id, so a new
/// index generation reuses what did not change.
final class DocumentCache: @unchecked Sendable {
  private let parser: CorpusParser
  private let capacity: Int
  private let lock = NSLock()
  private var entries: [String: ParseResult] = [:]
  private var order: [String] = []

  init(parser: CorpusParser, capacity: Int) {
    self.parser = parser
    self.capacity = capacity
  }

  /// The documents of `sources`, parsed where not cached (on every core), in order;
  /// a file that can no longer be read is left out.
  func documents(_ sources: [(id: String, entry: SourceEntry)]) -> [ParseResult] {
    var found: [String: ParseResult] = [:]
    var missing: [(id: String, entry: SourceEntry)] = []
    lock.withLock {
      for source in sources {
        let key = Self.key(source)
        if let hit = entries[key] {
          found[key] = hit
          touch(key)
        } else {
          missing.append(source)
        }
      }
    }
    if !missing.isEmpty {
      let parsed = parser.parse(missing.map(\.entry.path), ids: missing.map(\.id))
      lock.withLock {
        for (source, result) in zip(missing, parsed) {
          guard case .success(let document) = result else { continue }
          let key = Self.key(source)
          found[key] = document
          if entries.updateValue(document, forKey: key) == nil { order.append(key) }
        }
        while order.count > capacity { entries[order.removeFirst()] = nil }
      }
    }
    return sources.compactMap { found[Self.key($0)] }
  }

  private func touch(_ key: String) {
    if let i = order.firstIndex(of: key) { order.remove(at: i) }
    order.append(key)
  }

  private static func key(_ source: (id: String, entry: SourceEntry)) -> String { source.entry.sha256 + " " + source.id }
}
