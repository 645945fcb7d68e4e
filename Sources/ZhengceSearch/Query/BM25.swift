import Foundation

/// Okapi BM25 over record text, with matches in the heading counted extra.
public struct BM25: Sendable {
  public var k1 = 1.2
  public var b = 0.75
  /// Added to a term's frequency when it occurs in the record's heading.
  public var headingBoost = 2.0

  public init() {}

  func idf(documentFrequency df: Int, documents n: Int) -> Double {
    log(1 + (Double(n) - Double(df) + 0.5) / (Double(df) + 0.5))
  }

  @inline(__always)
  func score(idf: Double, tf: Int32, inHeading: Bool, length: Int, averageLength: Double) -> Double {
    let f = Double(tf) + (inHeading ? headingBoost : 0)
    return idf * f * (k1 + 1) / (f + k1 * (1 - b + b * Double(length) / averageLength))
  }
}
