/// The one generator of the randomized tests (the in-process fuzz and property
/// tests): SplitMix64 from a fixed seed, so that a failure replays, with the
/// draw they share, a text of random pieces of a vocabulary.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

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
