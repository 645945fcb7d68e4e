/// A half-open range of Unicode-scalar offsets into a document's normalised text.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "span start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
  public static func < (a: TextSpan, b: TextSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
