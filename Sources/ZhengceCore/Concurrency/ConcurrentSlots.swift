import Foundation

/// Slots that concurrent workers each write once, read after they all finish:
/// the results of work split across cores (parsing files, decoding stored
/// documents, sorting and merging index segments), kept in input order.
public final class ConcurrentSlots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  public init(count: Int) { slots = Array(repeating: nil, count: count) }

  public func set(_ i: Int, _ value: Value) { lock.withLock { slots[i] = value } }

  /// Every slot in order, nil where no worker wrote.
  public var values: [Value?] { lock.withLock { slots } }

  /// The slots that were written, in order.
  public var written: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
