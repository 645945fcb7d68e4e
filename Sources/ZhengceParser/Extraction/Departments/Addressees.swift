import ZhengceCore

/// The addressees of a notice (`县交通局、农业农村局:` on its own line before the body):
/// the bodies that carry it out, so they are `responsible` for what it asks.
extension DepartmentExtractor {
  /// The bodies of the addressee line in `scalars[..<end]`: the first line that ends with
  /// a colon and lists only bodies (各区人民政府,市政府各部门:). Empty when there is none.
  public func addressees(in scalars: [Unicode.Scalar], before end: Int) -> [DepartmentRef] {
    let t = AttributionText(scalars: Array(scalars[..<min(end, scalars.count)]))
    var lineStart = 0
    for i in 0...t.count where i == t.count || t.scalars[i] == "\n" {
      defer { lineStart = i + 1 }
      var e = i
      while e > lineStart, t.scalars[e - 1] == " " || t.scalars[e - 1] == "\u{3000}" { e -= 1 }
      // A flattened head runs title, 文号 and addressees into one line
      // (关于…的通知鲁政字〔2012〕33号各市人民政府,…:): the list starts after the 文号.
      var from = lineStart
      if t.scalars[lineStart..<e].contains("号") {
        let line = Array(t.scalars[lineStart..<e])
        let firstColon = line.firstIndex(where: AttributionText.isColon) ?? line.count
        if let number = DocNumberScanner.all(in: line).last(where: { $0.end <= firstColon }) { from += number.end }
      }
      // The body may run on after the list's colon (…中医药局、疾控局:根据《…》要求,…), to a
      // colon of its own (…现就有关事项通知如下:).
      if e > from, !AttributionText.isColon(t.scalars[e - 1]) || e - from > Self.longestNames,
        let colon = t.scalars[from..<min(e, from + Self.longestNames)].firstIndex(where: AttributionText.isColon)
      {
        e = colon + 1
      }
      guard e - from >= 3, e - from <= Self.longestNames, AttributionText.isColon(t.scalars[e - 1]),
        !t.scalars[from..<e].contains(where: Self.notInNames)
      else { continue }
      // Most of the line names bodies: those it names are the addressees; a
      // body of another kind (各区属国有企业, 各直属机构) is left out.
      let listed = sharingSuffixes(Self.joinedCollectives(items(t, from..<(e - 1)), in: t), in: t, from: from)
      let found = listed.filter { isAddressee($0.name) }
      guard !found.isEmpty, found.count * 2 >= listed.count else { continue }
      return found.map { item in
        let surface = t.surface(item.range)
        let resolved = registry.resolve(item.name)
        return DepartmentRef(
          name: resolved?.name ?? item.name, surface: surface, role: .responsible, family: resolved?.family, level: resolved?.level,
          renamedFrom: resolved?.renamedFrom, renamedIn: resolved?.renamedIn)
      }
    }
    return []
  }

  /// `市政府各委、办、厅、局`, `各市、县人民政府`: the 、 inside one collective name
  /// does not split it (the one-scalar parts are no names of their own, so the
  /// name is extended over them, after it or before it).
  private static func joinedCollectives(_ found: [Item], in t: AttributionText) -> [Item] {
    let joined = found.map { item in
      var end = item.range.upperBound
      while end + 1 < t.count, t.scalars[end] == "、", officeParts.contains(t.scalars[end + 1]),
        end + 2 == t.count || !ScalarClass.isHan(t.scalars[end + 2]),
        let last = t.scalars[..<end].last, officeParts.contains(last)
      {
        end += 2
      }
      var start = item.range.lowerBound
      // 各市、县人民政府, 各区、市、县、自治县人民政府, 有关市、州、县人民政府,
      // 各县(市)、区人民政府: levels listed before the one the name opens with.
      if levelParts.contains(t.scalars[start]) || (t.has(Self.autonomous, at: start) && start + 2 < t.count && levelParts.contains(t.scalars[start + 2])) {
        while start >= 2, t.scalars[start - 1] == "、", let length = Self.levelLength(t, endingAt: start - 1) {
          let first = start - 1 - length
          guard first == 0 || !ScalarClass.isHan(t.scalars[first - 1]) || t.scalars[first - 1] == "各" || t.scalars[first - 1] == "、"
            || t.has(Self.concerned, endingAt: first)
          else { break }
          start = first
        }
        if start < item.range.lowerBound, start >= 1, t.scalars[start - 1] == "各" { start -= 1 }
      }
      guard end > item.range.upperBound || start < item.range.lowerBound else { return item }
      return Item(range: start..<end, name: DepartmentRegistry.compact(t.string(start..<end)))
    }
    // A part taken in (各市, 有关市 before 、县人民政府) is no item of its own.
    let extended = zip(found, joined).filter { $0.range != $1.range }.map(\.1.range)
    return zip(found, joined).compactMap { original, item in
      original.range == item.range && extended.contains(where: { $0.overlaps(item.range) }) ? nil : item
    }
  }

  /// `南京、无锡、…、黄山市人民政府`, `市直各事业、企业单位`, `各省、自治区、直辖市卫生健康委`:
  /// places and kinds listed before the body whose ending they share are not bodies by
  /// themselves, so they stay on its name, as written. Only a place (ending in its level,
  /// or a short name: 南京) or a kind of units (事业) shares; anything else before 、
  /// (国营农场, 各直属机构) is a list item of its own.
  private func sharingSuffixes(_ found: [Item], in t: AttributionText, from lower: Int) -> [Item] {
    var out: [Item] = []
    for item in found {
      var start = item.range.lowerBound
      while isAddressee(item.name), start - 1 > lower, t.scalars[start - 1] == "、" {
        var k = start - 1
        while k > lower, ScalarClass.isHan(t.scalars[k - 1]) { k -= 1 }
        let part = t.string(k..<(start - 1))
        guard k < start - 1, !isAddressee(part), Self.sharesAnEnding(part) else { break }
        start = k
      }
      guard start < item.range.lowerBound else {
        out.append(item)
        continue
      }
      out.removeAll { $0.range.lowerBound >= start }
      let range = start..<item.range.upperBound
      out.append(Item(range: range, name: DepartmentRegistry.compact(t.string(range))))
    }
    return out
  }

  /// A place (北京市, 经济技术开发区, 南京) or a kind of units (市直各事业) that a list's next name completes.
  private static func sharesAnEnding(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    guard let last = scalars.last, scalars.allSatisfy(ScalarClass.isHan) else { return false }
    return levelParts.contains(last) || scalars.count <= 3 || name.hasSuffix("事业")
  }

  /// The length of the level that ends at `end` in a list of levels: 县 (1) or 县(市) (4).
  private static func levelLength(_ t: AttributionText, endingAt end: Int) -> Int? {
    if end >= 4, AttributionText.isClose(t.scalars[end - 1]), levelParts.contains(t.scalars[end - 2]),
      AttributionText.isOpen(t.scalars[end - 3]), levelParts.contains(t.scalars[end - 4])
    {
      return 4
    }
    return end >= 1 && levelParts.contains(t.scalars[end - 1]) ? 1 : nil
  }

  /// One-scalar parts of a list of offices: 委、办、厅、局, 各局、委、办、处.
  private static let officeParts = Set("委办厅局处".unicodeScalars)
  /// One-scalar levels listed before a government: 市、县人民政府.
  private static let levelParts = Set("省市县区乡镇旗州盟".unicodeScalars)
  private static let autonomous = Array("自治".unicodeScalars)
  private static let concerned = Array("有关".unicodeScalars)

  /// Quotes and title marks: a line with them (市级“八办两组”牵头部门) is more than a list of names.
  private static func notInNames(_ s: Unicode.Scalar) -> Bool { s == "“" || s == "”" || s == "《" || s == "》" || s == "\"" }

  /// A body, or a collective of bodies (市政府各部门, 各镇乡脱贫攻坚领导小组); a short note in
  /// brackets after it (财政厅(局), 教育厅(局、教委)) names the same body elsewhere.
  func isAddressee(_ name: String) -> Bool {
    if name.hasSuffix(")"), let open = name.lastIndex(of: "("), name.distance(from: open, to: name.endIndex) <= Self.longestNote,
      open > name.startIndex
    {
      return isAddressee(String(name[..<open]))
    }
    if registry.isStrictDepartment(name) || registry.endsLikeDepartment(ArraySlice(name.unicodeScalars)) { return true }
    // 行署各局、委、办、处: every office of a kind, listed by their one-character endings.
    let scalars = Array(name.unicodeScalars)
    if scalars.count >= 4, name.contains("各"), let last = scalars.last, Self.officeParts.contains(last), scalars[scalars.count - 2] == "、" {
      return true
    }
    return Self.collectiveEnds.contains { name.hasSuffix($0) }
  }

  /// The longest bracketed note after an addressee's name, brackets included: (局、教委).
  private static let longestNote = 8

  private static let collectiveEnds = ["部门", "单位", "政府", "领导小组", "成员单位", "管委会", "办事处", "委、办、局", "乡镇", "镇", "乡", "街道", "(街道)"]

  /// `扶贫办:农业特色产业发展资金660万` (a measure of a funds notice that opens with the
  /// body it goes to and a colon): that body carries out the measure.
  func scanOpeningBody(_ scan: inout Scan) {
    let t = scan.text
    guard let colon = (0..<min(t.count, Self.longestOpeningBody)).first(where: { AttributionText.isColon(t.scalars[$0]) }),
      colon >= 2, !scan.isConsumed(0), !(0..<colon).contains(where: { AttributionText.isClauseBreak(t.scalars[$0]) })
    else { return }
    let found = items(t, 0..<colon)
    guard !found.isEmpty, found.allSatisfy({ isAddressee($0.name) }) else { return }
    for item in found { scan.add(item, role: .responsible) }
    scan.consume(0..<(colon + 1))
  }

  /// A body's name before an opening colon is short.
  private static let longestOpeningBody = 24
}
