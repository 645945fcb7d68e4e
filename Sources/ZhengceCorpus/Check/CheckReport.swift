/// The outcome of checking documents against expectations: every item, and
/// the scoreboard figures derived from them.
public struct CheckReport: Sendable {
  public var documents: [DocumentScore]

  public init(documents: [DocumentScore]) {
    self.documents = documents
  }

  public var items: [CheckItem] { documents.flatMap(\.items) }

  /// Keys of the items that pass, as `file<TAB>key`: what a baseline records.
  public var passingKeys: Set<String> {
    Set(items.filter(\.passed).map { "\($0.file)\t\($0.key)" })
  }

  /// Right and checked for one field, optionally only for one kind of document or one role.
  public func tally(_ field: CheckField, kind: String? = nil, role: String? = nil) -> Tally {
    var tally = Tally()
    for item in items where item.field == field && (kind == nil || item.documentKind == kind)
      && (role == nil || item.role == role) {
      tally.add(item.passed)
    }
    return tally
  }

  /// Right and checked over several fields together.
  public func tally(_ fields: [CheckField], kind: String? = nil) -> Tally {
    fields.reduce(into: Tally()) { sum, field in sum += tally(field, kind: kind) }
  }

  /// Department attributions to bodies the reader named, for one role.
  public func precision(role: String) -> Tally {
    documents.reduce(into: Tally()) { sum, doc in
      if let t = doc.attributed[role] { sum += Tally(right: t.right, checked: t.made) }
    }
  }

  /// Kinds of document in the order of first appearance.
  public var kinds: [String] {
    var seen: Set<String> = []
    return documents.map(\.kind).filter { seen.insert($0).inserted }.sorted()
  }
}

/// Right out of checked.
public struct Tally: Sendable, Hashable {
  public var right = 0
  public var checked = 0

  public init(right: Int = 0, checked: Int = 0) {
    self.right = right
    self.checked = checked
  }

  mutating func add(_ passed: Bool) {
    checked += 1
    if passed { right += 1 }
  }

  static func += (a: inout Tally, b: Tally) {
    a.right += b.right
    a.checked += b.checked
  }

  /// Percentage with one decimal, or `–` when nothing was checked.
  public var percent: String {
    checked == 0 ? "–" : String(format: "%.1f", 100 * Double(right) / Double(checked))
  }

  public var fraction: Double? { checked == 0 ? nil : Double(right) / Double(checked) }
}
