import ZhengceCore

/// Quantities: each expected quantity is paired with at most one commitment
/// the parser found, one of the same value whose words overlap the expected
/// words most; then its unit, comparator, bounds, deadline, kind, subject and
/// per-scope are compared.
struct QuantityScorer {
  var expected: [ExpectedQuantity]
  var measures: [Measure]

  func score(into score: inout DocumentScore) {
    var unused = measures.flatMap(\.commitments)
    for want in expected {
      let key = "quantity:\(want.text)=\(CheckText.number(want.value))"
      let got = Self.pair(want, in: unused).map { unused.remove(at: $0) }
      score.add(.quantityValue, key: key, passed: got != nil, expected: Self.describe(want),
                got: got.map(Self.describe) ?? Self.nearest(want, in: measures))
      guard let got else {
        let parts: [(CheckField, String)] = [(.quantityFull, "full"), (.quantityDeadline, "deadline"), (.quantityKind, "kind"), (.quantitySubject, "subject"),
          (.quantityPer, "per"),
        ]
        for (field, suffix) in parts where Self.checks(field, want) {
          score.add(field, key: key + ":" + suffix, passed: false, expected: Self.describe(want), got: "not found")
        }
        continue
      }
      let full = want.unit == got.unit && want.comparator == got.comparator.rawValue
        && CheckText.sameNumber(want.max, got.max) && CheckText.sameNumber(want.from, got.from)
      score.add(.quantityFull, key: key + ":full", passed: full, expected: Self.describe(want), got: Self.describe(got))
      if case .pinned(let deadline) = want.deadline {
        score.add(.quantityDeadline, key: key + ":deadline", passed: deadline == got.deadline,
                  expected: "\(want.text) deadline \(CheckText.shown(deadline))", got: "deadline \(CheckText.shown(got.deadline))")
      }
      if case .pinned(let kind) = want.kind {
        score.add(.quantityKind, key: key + ":kind", passed: kind == got.kind?.rawValue,
                  expected: "\(want.text) kind \(CheckText.shown(kind))", got: "kind \(CheckText.shown(got.kind?.rawValue))")
      }
      if case .pinned(let subject) = want.subject {
        score.add(.quantitySubject, key: key + ":subject",
                  passed: subject.map(CheckText.folded) == got.subject.map(CheckText.folded),
                  expected: "\(want.text) subject \(CheckText.shown(subject))", got: "subject \(CheckText.shown(got.subject))")
      }
      if case .pinned(let per) = want.per {
        score.add(.quantityPer, key: key + ":per", passed: per.map(CheckText.folded) == got.per.map(CheckText.folded),
                  expected: "\(want.text) per \(CheckText.shown(per))", got: "per \(CheckText.shown(got.per))")
      }
    }
  }

  /// Whether the record pins what `field` compares (value and full are always compared).
  private static func checks(_ field: CheckField, _ want: ExpectedQuantity) -> Bool {
    switch field {
    case .quantityDeadline: if case .pinned = want.deadline { return true } else { return false }
    case .quantityKind: if case .pinned = want.kind { return true } else { return false }
    case .quantitySubject: if case .pinned = want.subject { return true } else { return false }
    case .quantityPer: if case .pinned = want.per { return true } else { return false }
    default: return true
    }
  }

  /// The index of the commitment of the same value whose words share the
  /// longest run with the expected words (at least two scalars, or all of a
  /// shorter one).
  private static func pair(_ want: ExpectedQuantity, in commitments: [Commitment]) -> Int? {
    var best: (index: Int, run: Int)?
    for (index, c) in commitments.enumerated() where CheckText.sameNumber(c.value, want.value) {
      let run = CheckText.sharedRun(c.surface, want.text)
      guard run >= min(2, c.surface.unicodeScalars.count) else { continue }
      if run > (best?.run ?? 0) { best = (index, run) }
    }
    return best?.index
  }

  /// What the parser made of the same words, to show beside a miss.
  private static func nearest(_ want: ExpectedQuantity, in measures: [Measure]) -> String {
    var best: (c: Commitment, run: Int)?
    for c in measures.lazy.flatMap(\.commitments) {
      let run = CheckText.sharedRun(c.surface, want.text)
      if run >= 2, run > (best?.run ?? 0) { best = (c, run) }
    }
    return best.map { describe($0.c) } ?? "nothing"
  }

  static func describe(_ q: ExpectedQuantity) -> String {
    var deadline: String?
    if case .pinned(let d) = q.deadline { deadline = d }
    var kind: String?
    if case .pinned(let k) = q.kind { kind = k }
    return describe(text: q.text, value: q.value, unit: q.unit, comparator: q.comparator, max: q.max, from: q.from,
                    deadline: deadline, kind: kind)
  }

  static func describe(_ c: Commitment) -> String {
    describe(text: c.surface, value: c.value, unit: c.unit, comparator: c.comparator.rawValue, max: c.max, from: c.from,
             deadline: c.deadline, kind: c.kind?.rawValue)
  }

  /// `26428万元 = 264280000 元 (allocation)`, with bounds and deadline when there are.
  private static func describe(
    text: String, value: Double, unit: String, comparator: String, max: Double?, from: Double?, deadline: String?, kind: String?
  ) -> String {
    var out = "\(text): \(comparator) \(CheckText.number(value)) \(unit)"
    if let max { out += " max \(CheckText.number(max))" }
    if let from { out += " from \(CheckText.number(from))" }
    if let deadline { out += " by \(deadline)" }
    if let kind { out += " (\(kind))" }
    return out
  }
}
