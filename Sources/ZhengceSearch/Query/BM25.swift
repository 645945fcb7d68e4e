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

  /// Whether a score computed from a frequency and heading flag at least a
  /// document's, and a length at most its, is at least the document's score:
  /// what skipping by impacts (`TermImpacts`) relies on.
  var boundsScoresByImpacts: Bool { k1 >= 0 && b >= 0 && b <= 1 && headingBoost >= 0 }

  /// The lengths below which a document of one term (each frequency up to
  /// `frequencies`, in its heading or not) could score above `worst`: a
  /// ranking that keeps only its best hits compares a length instead of
  /// computing a score for most documents. The bounds are widened by a
  /// length unit and a relative 1e-9, so rounding never hides a document that
  /// would score above `worst`: those near a bound are scored exactly.
  struct LengthBar {
    static let frequencies = 8
    private var bounds = [Double](repeating: .infinity, count: 2 * (frequencies + 1))
    private let bm25: BM25
    private let idf: Double
    private let averageLength: Double

    init(_ bm25: BM25, idf: Double, averageLength: Double) {
      self.bm25 = bm25
      self.idf = idf
      self.averageLength = averageLength
    }

    /// Sets the bounds for hits that must score above `worst`.
    mutating func raise(to worst: Double) {
      let k1 = bm25.k1
      let b = bm25.b
      guard worst > 0, k1 > 0, b > 0, idf > 0 else { return }
      for heading in 0...1 {
        for tf in 1...Self.frequencies {
          let f = Double(tf) + (heading == 1 ? bm25.headingBoost : 0)
          // score > worst  ⇔  length < (idf·f·(k1+1)/worst − f − k1·(1−b)) · avg / (k1·b)
          let bound = (idf * f * (k1 + 1) / worst - f - k1 * (1 - b)) * averageLength / (k1 * b)
          bounds[heading * (Self.frequencies + 1) + tf] = bound * (1 + 1e-9) + 1
        }
      }
    }

    /// False only when the document cannot score above the worst hit kept.
    @inline(__always)
    func admits(tf: Int32, inHeading: Bool, length: Int) -> Bool {
      guard tf >= 1, tf <= Int32(Self.frequencies) else { return true }
      return Double(length) < bounds[(inHeading ? Self.frequencies + 1 : 0) + Int(tf)]
    }
  }
}
