import ZhengceCore

/// Checks one parsed document against what a reader expects of it.
public struct ExpectationScorer: Sendable {
  public init() {}

  public func score(_ expectation: DocumentExpectation, _ document: ParsedDocument) -> DocumentScore {
    var score = DocumentScore(file: expectation.file, kind: expectation.kind)
    scoreMetadata(expectation, document, into: &score)
    scorePaths(expectation, document, into: &score)
    if let departments = expectation.departments {
      DepartmentScorer(expected: departments, measures: document.measures).score(into: &score)
    }
    QuantityScorer(expected: expectation.quantities, measures: document.measures).score(into: &score)
    score.add(.hasMeasures, key: "measures", passed: !document.measures.isEmpty,
              expected: "at least one measure", got: "\(document.measures.count) measures")
    return score
  }

  private func scoreMetadata(_ e: DocumentExpectation, _ d: ParsedDocument, into score: inout DocumentScore) {
    let strings: [(CheckField, Expected<String>, String?)] = [
      (.title, e.title, d.title), (.noticeTitle, e.noticeTitle, d.noticeTitle), (.docNumber, e.docNumber, d.docNumber),
      (.date, e.date, d.date), (.province, e.province, d.region.province), (.city, e.city, d.region.city),
      (.county, e.county, d.region.county), (.level, e.level, d.region.level?.rawValue),
      (.genre, e.genre, d.genre?.rawValue),
    ]
    for (field, expected, got) in strings {
      guard case .pinned(let want) = expected else { continue }
      let passed = want.map(CheckText.folded) == got.map(CheckText.folded)
      score.add(field, key: field.rawValue, passed: passed, expected: CheckText.shown(want), got: CheckText.shown(got))
    }
    if case .pinned(let want) = e.issuers {
      let wanted = (want ?? []).map(CheckText.folded).sorted()
      let passed = wanted == d.issuers.map(CheckText.folded).sorted()
      score.add(.issuers, key: "issuers", passed: passed, expected: CheckText.shown(want ?? []), got: CheckText.shown(d.issuers))
    }
  }

  private func scorePaths(_ e: DocumentExpectation, _ d: ParsedDocument, into score: inout DocumentScore) {
    // A heading with sub-items and no text of its own is in the outline, not a measure.
    var found = Set(d.measures.map { $0.path.map(CheckText.folded) })
    func visit(_ section: OutlineSection, _ parent: [String]) {
      let path = parent + [CheckText.folded(section.marker)]
      found.insert(path)
      for child in section.children { visit(child, path) }
    }
    for section in d.outline { visit(section, []) }
    for path in e.paths {
      let shown = path.joined(separator: "/")
      let passed = found.contains(path.map(CheckText.folded))
      score.add(.path, key: "path:\(shown)", passed: passed, expected: shown, got: passed ? shown : "no measure at this path")
    }
  }
}

/// Every check of one document, and the department attributions it made
/// to bodies the reader named (for precision).
public struct DocumentScore: Sendable {
  public var file: String
  public var kind: String
  public var items: [CheckItem] = []
  /// Per role: attributions the parser made to bodies the expectation names, and how many were right.
  public var attributed: [String: (made: Int, right: Int)] = [:]

  init(file: String, kind: String) {
    self.file = file
    self.kind = kind
  }

  mutating func add(_ field: CheckField, key: String, passed: Bool, expected: String, got: String, role: String? = nil) {
    items.append(CheckItem(
      file: file, documentKind: kind, field: field, key: key, passed: passed, expected: expected, got: got, role: role))
  }
}
