import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Commitment fields compared as one value, so a failure prints every difference at once.
struct Expected: Equatable, CustomStringConvertible {
  var surface: String
  var value: Double
  var max: Double? = nil
  var from: Double? = nil
  var unit: String
  var comparator: Comparator = .equal
  var deadline: String? = nil

  init(
    _ surface: String, _ value: Double, max: Double? = nil, from: Double? = nil, _ unit: String, _ comparator: Comparator = .equal,
    deadline: String? = nil
  ) {
    self.surface = surface
    self.value = value
    self.max = max
    self.from = from
    self.unit = unit
    self.comparator = comparator
    self.deadline = deadline
  }

  init(_ c: Commitment) {
    self.init(c.surface, c.value, max: c.max, from: c.from, c.unit, c.comparator, deadline: c.deadline)
  }

  var description: String {
    "\(surface) \(value) max=\(max.map { "\($0)" } ?? "nil") from=\(from.map { "\($0)" } ?? "nil") \(unit) \(comparator.rawValue) \(deadline ?? "nil")"
  }
}

/// The commitments of `text` with every field but the subject.
func commitments(_ text: String, date: String? = nil) -> [Expected] {
  CommitmentExtractor().extract(from: text, documentDate: date).map(Expected.init)
}

/// Expects the measure at `path` of a corpus document to carry exactly `expected`.
func expectCommitments(
  _ stem: String, _ path: String, occurrence: Int = 0, _ expected: [Commitment],
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let result = try CorpusFixtures.parse(stem)
  let measure = try #require(CorpusFixtures.measure(result, path, occurrence: occurrence), "no measure \(path)", sourceLocation: sourceLocation)
  // The quantity's kind is checked on its own (CommitmentsKindTests); here every other field.
  let withoutKind = measure.commitments.map { c in
    var c = c
    c.kind = nil
    return c
  }
  #expect(withoutKind == expected, sourceLocation: sourceLocation)
}

/// All commitments of a corpus document.
func commitmentCount(_ stem: String) throws -> Int {
  try CorpusFixtures.parse(stem).document.measures.reduce(0) { $0 + $1.commitments.count }
}
