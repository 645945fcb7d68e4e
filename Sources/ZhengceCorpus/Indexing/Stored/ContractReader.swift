import ZhengceCore

/// Measures, outlines and citations read straight off their JSON tree,
/// without `Decodable`'s dynamic dispatch: reading stored documents is mostly
/// reading these (an export reads hundreds of thousands of measures), and
/// this is several times faster. The document's head goes through `Decodable`.
///
/// It reads only what it knows completely: an object with a key it does not
/// know (a field the contract gained), a value of another type, or anything
/// else unexpected gives nil, and the caller decodes that measure with
/// `JSONTreeDecoder` instead, so a new field is never dropped. Keys and
/// optionality follow the types' synthesized `Decodable` conformances; a test
/// checks both readings agree on every document of the bundled corpus.
enum ContractReader {
  /// The measure at the root, or nil to leave it to `Decodable`.
  static func measure(_ tree: JSONTree) -> Measure? {
    let node = 0
    var id, heading, text: String?
    var path, topics: [String]?
    var kind: MeasureKind?
    var span: TextSpan?
    var departments: [DepartmentRef]?
    var commitments: [Commitment]?
    var due: TaskDue?? = .some(nil)
    let known = tree.members(node) { key, value in
      switch key {
      case "id": id = tree.text(value)
      case "path": path = tree.texts(value)
      case "kind": kind = tree.text(value).flatMap { MeasureKind(rawValue: $0) }
      case "heading": heading = tree.text(value)
      case "text": text = tree.text(value)
      case "span": span = Self.span(tree, value)
      case "departments": departments = tree.list(value) { Self.department(tree, $0) }
      case "commitments": commitments = tree.list(value) { Self.commitment(tree, $0) }
      case "topics": topics = tree.texts(value)
      case "due": due = tree.optional(value) { Self.due(tree, $0) }
      default: return false
      }
      return true
    }
    guard known, let id, let path, let kind, let heading, let text, let span, let departments, let commitments, let topics,
      let due
    else { return nil }
    return Measure(
      id: id, path: path, kind: kind, heading: heading, text: text, span: span, departments: departments,
      commitments: commitments, topics: topics, due: due)
  }

  /// A document's outline (the array at the root), or nil to leave it to `Decodable`.
  static func outline(_ tree: JSONTree) -> [OutlineSection]? { tree.list(0) { section(tree, $0) } }

  /// A document's citations (the array at the root), or nil to leave them to `Decodable`.
  static func citations(_ tree: JSONTree) -> [Citation]? { tree.list(0) { citation(tree, $0) } }

  private static func section(_ tree: JSONTree, _ node: Int) -> OutlineSection? {
    var marker, title: String?
    var style: MarkerStyle?
    var children: [OutlineSection]?
    let known = tree.members(node) { key, value in
      switch key {
      case "marker": marker = tree.text(value)
      case "style": style = tree.text(value).flatMap { MarkerStyle(rawValue: $0) }
      case "title": title = tree.text(value)
      case "children": children = tree.list(value) { section(tree, $0) }
      default: return false
      }
      return true
    }
    guard known, let marker, let style, let title, let children else { return nil }
    return OutlineSection(marker: marker, style: style, title: title, children: children)
  }

  private static func citation(_ tree: JSONTree, _ node: Int) -> Citation? {
    var title: String?? = .some(nil), docNumber: String?? = .some(nil)
    let known = tree.members(node) { key, value in
      switch key {
      case "title": title = tree.optional(value, tree.text)
      case "docNumber": docNumber = tree.optional(value, tree.text)
      default: return false
      }
      return true
    }
    guard known, let title, let docNumber else { return nil }
    return Citation(title: title, docNumber: docNumber)
  }

  private static func span(_ tree: JSONTree, _ node: Int) -> TextSpan? {
    var start, end: Int?
    let known = tree.members(node) { key, value in
      switch key {
      case "start": start = tree.whole(value)
      case "end": end = tree.whole(value)
      default: return false
      }
      return true
    }
    // `TextSpan`'s initializer checks the order, which decoding does not: leave an odd span to `Decodable`.
    guard known, let start, let end, start <= end else { return nil }
    return TextSpan(start: start, end: end)
  }

  private static func department(_ tree: JSONTree, _ node: Int) -> DepartmentRef? {
    var name, surface: String?
    var role: DepartmentRole?
    var separately: Bool?
    var family: String?? = .some(nil), level: String?? = .some(nil)
    var renamedFrom: String?? = .some(nil), inheritedFrom: String?? = .some(nil)
    var renamedIn: Int?? = .some(nil)
    let known = tree.members(node) { key, value in
      switch key {
      case "name": name = tree.text(value)
      case "surface": surface = tree.text(value)
      case "role": role = tree.text(value).flatMap { DepartmentRole(rawValue: $0) }
      case "separately": separately = tree.flag(value)
      case "family": family = tree.optional(value, tree.text)
      case "level": level = tree.optional(value, tree.text)
      case "renamedFrom": renamedFrom = tree.optional(value, tree.text)
      case "renamedIn": renamedIn = tree.optional(value, tree.whole)
      case "inheritedFrom": inheritedFrom = tree.optional(value, tree.text)
      default: return false
      }
      return true
    }
    guard known, let name, let surface, let role, let separately, let family, let level, let renamedFrom, let renamedIn,
      let inheritedFrom
    else { return nil }
    var ref = DepartmentRef(
      name: name, surface: surface, role: role, separately: separately, family: family, level: level,
      renamedFrom: renamedFrom, renamedIn: renamedIn)
    ref.inheritedFrom = inheritedFrom
    return ref
  }

  private static func commitment(_ tree: JSONTree, _ node: Int) -> Commitment? {
    var surface, unit: String?
    var value: Double?
    var comparator: Comparator?
    var max: Double?? = .some(nil), from: Double?? = .some(nil)
    var deadline: String?? = .some(nil), subject: String?? = .some(nil), per: String?? = .some(nil)
    var kind: QuantityKind?? = .some(nil)
    let known = tree.members(node) { key, node in
      switch key {
      case "surface": surface = tree.text(node)
      case "value": value = tree.number(node)
      case "max": max = tree.optional(node, tree.number)
      case "from": from = tree.optional(node, tree.number)
      case "unit": unit = tree.text(node)
      case "comparator": comparator = tree.text(node).flatMap { Comparator(rawValue: $0) }
      case "deadline": deadline = tree.optional(node, tree.text)
      case "subject": subject = tree.optional(node, tree.text)
      case "per": per = tree.optional(node, tree.text)
      case "kind": kind = tree.optional(node) { tree.text($0).flatMap { QuantityKind(rawValue: $0) } }
      default: return false
      }
      return true
    }
    guard known, let surface, let value, let unit, let comparator, let max, let from, let deadline, let subject, let per,
      let kind
    else { return nil }
    return Commitment(
      surface: surface, value: value, max: max, from: from, unit: unit, comparator: comparator, deadline: deadline,
      subject: subject, per: per, kind: kind)
  }

  private static func due(_ tree: JSONTree, _ node: Int) -> TaskDue? {
    var text: String?
    var date: String?? = .some(nil)
    let known = tree.members(node) { key, value in
      switch key {
      case "text": text = tree.text(value)
      case "date": date = tree.optional(value, tree.text)
      default: return false
      }
      return true
    }
    guard known, let text, let date else { return nil }
    return TaskDue(text: text, date: date)
  }
}

// MARK: - Typed reads that give nil instead of throwing

extension JSONTree {
  /// Calls `body` with each member of the object at `node` (key, value node)
  /// while it returns true; false when the node is no object, a key has
  /// escapes, or `body` said no. (The index's JSON never repeats a key.)
  fileprivate func members(_ node: Int, _ body: (String, Int) -> Bool) -> Bool {
    guard nodes[node].kind == .object else { return false }
    var k = node + 1
    for _ in 0..<(Int(nodes[node].end) / 2) {
      let key = nodes[k]
      guard key.kind == .string, body(String(decoding: rawBytes(key), as: UTF8.self), k + 1) else { return false }
      k = Int(nodes[k + 1].next)
    }
    return true
  }

  fileprivate func text(_ node: Int) -> String? {
    let n = nodes[node]
    switch n.kind {
    case .string: return String(decoding: rawBytes(n), as: UTF8.self)
    case .escapedString: return JSONEscapes.unescape(rawBytes(n))
    default: return nil
    }
  }

  fileprivate func whole(_ node: Int) -> Int? { try? integer(node) }
  fileprivate func number(_ node: Int) -> Double? { try? double(node) }

  fileprivate func flag(_ node: Int) -> Bool? {
    switch nodes[node].kind {
    case .true: true
    case .false: false
    default: nil
    }
  }

  /// `.some(nil)` for null, `.some(value)` when `read` reads it, nil when it does not.
  fileprivate func optional<T>(_ node: Int, _ read: (Int) -> T?) -> T?? {
    nodes[node].kind == .null ? .some(nil) : read(node).map { .some($0) }
  }

  /// Every element read with `read`; nil when the node is no array or an element does not read.
  fileprivate func list<T>(_ node: Int, _ read: (Int) -> T?) -> [T]? {
    guard nodes[node].kind == .array else { return nil }
    var out: [T] = []
    out.reserveCapacity(Int(nodes[node].end))
    var at = node + 1
    for _ in 0..<Int(nodes[node].end) {
      guard let element = read(at) else { return nil }
      out.append(element)
      at = Int(nodes[at].next)
    }
    return out
  }

  fileprivate func texts(_ node: Int) -> [String]? { list(node, text) }
}
