import ZhengceCore

/// The one generator of the randomized tests (the in-process fuzz and property
/// tests): SplitMix64 from a fixed seed, so that a failure replays, with the
/// draw they share, a text of random pieces of a vocabulary.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var generator: SplitMix64

  public init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  public mutating func next() -> UInt64 { generator.next() }

  /// A number of `pieces` in `count`, each drawn at random, joined by `separator`.
  public mutating func text(of pieces: [String], count: ClosedRange<Int>, separator: String = "") -> String {
    let n = Int.random(in: count, using: &self)
    var drawn: [String] = []
    for _ in 0..<n { drawn.append(pieces[Int.random(in: 0..<pieces.count, using: &self)]) }
    return drawn.joined(separator: separator)
  }
}

/// The one driver of the randomized tests: calls `body` `count` times with one
/// generator seeded with `seed`, so that input k is the same on every run.
public func forEachRandomInput(seed: UInt64, count: Int, _ body: (inout SeededRandom) throws -> Void) rethrows {
  var random = SeededRandom(seed: seed)
  for _ in 0..<count { try body(&random) }
}
