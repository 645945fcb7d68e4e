import Testing
import ZhengceCore
import ZhengceParser

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
