import Synchronization
import ZhengceCore

/// Lookup structures built once per manifest and shared by every document
/// (and thread) that runs with it, instead of being rebuilt per document.
/// Keyed by manifest id; an entry is reused only while the data it was built
/// from is equal (a cheap check: equal data shares its arrays' storage).
final class ManifestCache<Source: Hashable & Sendable, Value: Sendable>: Sendable {
  private let entries = Mutex<[String: (source: Source, value: Value)]>([:])
  private let build: @Sendable (Source) -> Value

  init(_ build: @escaping @Sendable (Source) -> Value) { self.build = build }

  /// The value built from `source`, for the manifest called `id`.
  func value(id: String, _ source: Source) -> Value {
    if let hit = entries.withLock({ $0[id] }), hit.source == source { return hit.value }
    let value = build(source)
    entries.withLock { $0[id] = (source, value) }
    return value
  }
}
