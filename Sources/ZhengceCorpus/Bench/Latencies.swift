/// Latency samples and their percentiles, as every benchmark reports them.
public struct Latencies: Sendable {
  /// The samples, sorted.
  public let sorted: [Double]

  public init(_ samples: [Double]) {
    sorted = samples.sorted()
  }

  /// The sample at rank ⌊count × p⌋ (the last for p = 1); 0 without samples.
  public func percentile(_ p: Double) -> Double {
    sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
  }

  public var max: Double { sorted.last ?? 0 }
}
