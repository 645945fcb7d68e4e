import Foundation

/// Slots that concurrent workers each write once, read after they all finish:
/// the results of work split across cores (parsing files, decoding stored
/// documents, sorting and merging index segments), kept in input order.
public final class ConcurrentSlots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  public init(count: Int) { slots = Array(repeating: nil, count: count) }

  public func set(_ i: Int, _ value: Value) { lock.withLock { slots[i] = value } }

  /// Slot `i`'s value, moved out (the slot is empty after), so that a
  /// buffer it holds stays uniquely referenced and can grow in place.
  public func take(_ i: Int) -> Value? {
    lock.withLock {
      let value = slots[i]
      slots[i] = nil
      return value
    }
  }

  /// Every slot in order, nil where no worker wrote.
  public var values: [Value?] { lock.withLock { slots } }

  /// The slots that were written, in order.
  public var written: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
