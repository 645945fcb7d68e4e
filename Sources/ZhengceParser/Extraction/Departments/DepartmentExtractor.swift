import ZhengceCore

/// The departments one measure names, with diagnostics whose spans are offsets
/// into the measure's text.
public struct DepartmentFindings: Sendable {
  public var departments: [DepartmentRef]
  public var diagnostics: [Diagnostic]
}

/// Finds every department attribution in a measure and its role:
/// trailing parentheticals `(A、B分别牵头负责)`, `由A牵头,B、C配合`, labels
/// `牵头单位:A;责任单位:B`, task-table columns, `扶贫、财政部门负责…`, and the
/// stated actor of a `由…`/`…要` sentence when no lead is named.
/// A hand-written scanner over scalars; phrasings come from the manifest.
public struct DepartmentExtractor: Sendable {
  public let registry: DepartmentRegistry
  /// The document says the first listed body leads (列第一位者为牵头部门).
  public var firstListedLeads: Bool
  /// The same rule makes the others support (其他为主要参加单位); when the document's rule
  /// says nothing of them (`DepartmentStage` sets this) they keep their verb's role (负责).
  public var othersSupport = true

  private let verbs: [(phrase: [Unicode.Scalar], role: DepartmentRole)]
  /// First scalars of the verbs, so most positions are rejected at once.
  private let verbStarts: ScalarIndex
  private let separately: [[Unicode.Scalar]]
  private let labels: [(phrase: [Unicode.Scalar], role: DepartmentRole)]
  private let leadTasks: [[Unicode.Scalar]]
  private let consultedBefore: CueList
  private let consultedAfter: [[Unicode.Scalar]]
  let jointly: CueList

  public init(registry: DepartmentRegistry, firstListedLeads: Bool = false) {
    self.registry = registry
    self.firstListedLeads = firstListedLeads
    let roles = registry.manifest.roles
    func scalars(_ list: [String], _ role: DepartmentRole) -> [([Unicode.Scalar], DepartmentRole)] {
      list.filter { !$0.isEmpty }.map { (Array($0.unicodeScalars), role) }
    }
    verbs = (scalars(roles.lead, .lead) + scalars(roles.support, .support) + scalars(roles.responsible, .responsible))
      .sorted { $0.0.count > $1.0.count }.map { (phrase: $0.0, role: $0.1) }
    verbStarts = ScalarIndex(verbs.map(\.phrase))
    separately = roles.separately.map { Array($0.unicodeScalars) }
    labels = (scalars(roles.leadLabels, .lead) + scalars(roles.supportLabels, .support) + scalars(roles.responsibleLabels, .responsible))
      .sorted { $0.0.count > $1.0.count }.map { (phrase: $0.0, role: $0.1) }
    leadTasks = roles.leadTasks.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
    consultedBefore = CueList(roles.consultedBefore)
    consultedAfter = roles.consultedAfter.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
    jointly = CueList(roles.jointly)
  }

  // MARK: - API

  /// Extracts the departments of `text`; `tableHeader` gives the cells of a
  /// task table's header row when the rows in `text` are printed without it.
  public func extract(_ text: String, tableHeader: [String]? = nil) -> DepartmentFindings {
    extract(AttributionText(text), tableHeader: tableHeader)
  }

  /// `extract(_:tableHeader:)` for text already decoded into scalars;
  /// `headingEnd` is where a heading run into the text ends (a clause ends there).
  public func extract(scalars: [Unicode.Scalar], headingEnd: Int? = nil, tableHeader: [String]? = nil) -> DepartmentFindings {
    extract(AttributionText(scalars: scalars, headingEnd: headingEnd), tableHeader: tableHeader)
  }

  private func extract(_ text: AttributionText, tableHeader: [String]?) -> DepartmentFindings {
    var scan = Scan(text: text)
    (scan.verbs, scan.phrases) = verbPositions(scan.text)
    scanParentheticals(&scan)
    scanLabels(&scan)
    scanOpeningBody(&scan)
    scanTable(&scan, header: tableHeader)
    scanConsulted(&scan)
    scanJointly(&scan)
    scanYou(&scan)
    scanActors(&scan)
    if !scan.mentions.contains(where: { $0.role == .lead }) {
      scan.mentions += scan.deferred
      scanYao(&scan)
    }
    return finish(scan)
  }

  /// Attribution clauses and name lists are short; scans stop after these
  /// many scalars, so no input makes them quadratic.
  static let longestClause = 200
  static let longestNames = 120

  // MARK: - Frames

  /// `(…牵头负责)`, also unclosed at the end of a line.
  private func scanParentheticals(_ scan: inout Scan) {
    let t = scan.text
    guard t.scalars.contains(where: AttributionText.isOpen) else { return }
    // Match brackets in one pass; a bracket still open at a line end closes there.
    // `opens` lists the open brackets in order, `closeOf` where each closes.
    var opens: [Int] = []
    var closeOf: [Int] = []
    var open: [Int] = []
    for j in 0..<t.count {
      let s = t.scalars[j]
      if AttributionText.isOpen(s) {
        open.append(opens.count)
        opens.append(j)
        closeOf.append(t.count)
      } else if AttributionText.isClose(s), let o = open.popLast() {
        closeOf[o] = j
      } else if s == "\n" {
        for o in open { closeOf[o] = j }
        open.removeAll()
      }
    }
    var next = 0
    for (k, i) in opens.enumerated() where i >= next && closeOf[k] - i <= Self.longestClause {
      let close = closeOf[k]
      var end = close
      while end > i + 1, t.scalars[end - 1] == "\u{3002}" || AttributionText.isChunkBreak(t.scalars[end - 1]) { end -= 1 }
      var content = (i + 1)..<end
      // (自治区扶贫办、…民委等。列第一位者为牵头部门…,下同): the rule follows its own list.
      if firstListedLeads, let stop = content.first(where: { t.scalars[$0] == "\u{3002}" }),
        (stop..<content.upperBound).contains(where: { t.has(Self.qiantou, at: $0) })
      {
        content = content.lowerBound..<stop
      }
      // (市政府各部门分别负责,年内持续推进): a time limit after the attribution.
      if !endsWithVerb(t, content), let cut = timeLimitCut(t, content) { content = content.lowerBound..<cut }
      // …显着提升工业化和城镇化水平。(地区发展改革委): bodies alone in brackets closing a task
      // after its full stop carry it out, whatever the document's rule.
      // Labelled roles in brackets ((牵头单位:…;责任单位:…)) are `scanLabels`' to read.
      let closesTask = i > 0 && t.scalars[i - 1] == "\u{3002}" && Self.endsText(t, after: close)
        && !content.contains { AttributionText.isColon(t.scalars[$0]) || t.scalars[$0] == ";" }
      if closesTask, !firstListedLeads, !endsWithVerb(t, content), listIsDepartments(t, content) {
        for item in items(t, content) where isDepartmentLike(item.name) { scan.add(item, role: .responsible) }
        scan.consume(i..<min(close + 1, t.count))
        next = close + 1
      } else if endsWithVerb(t, content) || (firstListedLeads && listIsDepartments(t, content)) {
        parseClause(&scan, content, mode: .parenthetical)
        scan.consume(i..<min(close + 1, t.count))
        next = close + 1
      }
    }
  }

  private static let qiantou = Array("牵头".unicodeScalars)
  private static let first = Array("第一".unicodeScalars)
  private static let foremost = Array("首位".unicodeScalars)

  /// `结合市发展改革委、市扶贫办…的资金分配建议`: bodies whose advice is taken.
  private func scanConsulted(_ scan: inout Scan) {
    let t = scan.text
    let cues = consultedBefore
    for i in 0..<t.count where cues.index.mayStart(t.scalars[i]) && !scan.isConsumed(i) {
      for k in cues.index.words(startingWith: t.scalars[i]) where t.has(cues.words[k], at: i) {
        let start = i + cues.words[k].count
        var end = start
        while end < t.count, end - start < Self.longestClause, !AttributionText.isSentenceBreak(t.scalars[end]) { end += 1 }
        guard let actor = leadingActor(t, start..<end), let last = actor.last else { continue }
        var j = last.range.upperBound
        var advice = false
        while j < end && j - last.range.upperBound <= Self.adviceReach {
          if consultedAfter.contains(where: { t.has($0, at: j) }) {
            advice = true
            break
          }
          j += 1
        }
        guard advice else { continue }
        for item in actor { scan.add(item, role: .consulted) }
        scan.consume(start..<last.range.upperBound)
      }
    }
  }

  /// How far after the bodies their advice may be named (…上报的资金分配建议).
  private static let adviceReach = 24

  /// `由A牵头,B、C配合`, `由A实施…` (A the actor).
  private func scanYou(_ scan: inout Scan) {
    let t = scan.text
    for i in t.occurrences(of: ["由"]) where !scan.isConsumed(i) {
      if i + 1 < t.count, t.scalars[i + 1] == "于" { continue }
      if i > 0, Self.notYouAfter.contains(t.scalars[i - 1]) { continue }
      var end = i + 1
      while end < t.count, end - i < Self.longestClause, !AttributionText.isSentenceBreak(t.scalars[end]) { end += 1 }
      parseClause(&scan, (i + 1)..<end, mode: .you)
    }
  }

  /// `牵头单位:A;责任单位:B、C`.
  private func scanLabels(_ scan: inout Scan) {
    let t = scan.text
    // A label is followed by a colon: only the places before a colon are tried.
    let colons = t.scalars.indices.filter { AttributionText.isColon(t.scalars[$0]) }
    guard !colons.isEmpty else { return }
    var found: [(at: Int, end: Int, role: DepartmentRole)] = []
    var taken = [Bool](repeating: false, count: t.count)
    for (phrase, role) in labels {
      for colon in colons where colon >= phrase.count && !taken[colon - phrase.count] && t.has(phrase, at: colon - phrase.count) {
        let at = colon - phrase.count
        found.append((at, colon + 1, role))
        for k in at...colon { taken[k] = true }
      }
    }
    guard !found.isEmpty else { return }
    found.sort { $0.at < $1.at }
    let hasLead = found.contains { $0.role == .lead }
    for (k, label) in found.enumerated() {
      var end = label.end
      let limit = k + 1 < found.count ? found[k + 1].at : t.count
      while end < limit, !AttributionText.isSentenceBreak(t.scalars[end]) { end += 1 }
      // 责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同): the note of the rule is no body.
      if let open = (label.end..<end).first(where: { AttributionText.isOpen(t.scalars[$0]) }),
        (open..<end).contains(where: { t.has(Self.qiantou, at: $0) }),
        (open..<end).contains(where: { t.has(Self.first, at: $0) || t.has(Self.foremost, at: $0) })
      {
        end = open
      }
      let role: DepartmentRole = label.role == .responsible && hasLead ? .support : label.role
      if firstListedLeads, label.role == .responsible, !hasLead {
        // 责任单位:A、B (列第一位的为牵头单位): A leads and B, beside a lead, supports.
        addFirstListed(&scan, items(t, label.end..<end))
      } else {
        for item in items(t, label.end..<end) { scan.add(item, role: role) }
      }
      scan.consume(label.at..<end)
    }
  }

  /// A task-table row: the cells of its department columns, in the roles the
  /// labels of its table's header give them (the outline found the header once;
  /// `header` is its cells). Text with no header given is read as prose.
  private func scanTable(_ scan: inout Scan, header: [String]?) {
    let t = scan.text
    guard let header, t.scalars.contains("\t") else { return }
    let columns = roles(ofHeader: header)
    guard !columns.isEmpty else { return }
    let hasLead = columns.contains { $0.role == .lead }
    var start = 0
    for i in 0...t.count where i == t.count || t.scalars[i] == "\n" {
      defer { start = i + 1 }
      let row = start..<i
      guard t.scalars[row].contains("\t") else { continue }
      var cells: [Range<Int>] = []
      var from = row.lowerBound
      for j in row.lowerBound...row.upperBound where j == row.upperBound || t.scalars[j] == "\t" {
        cells.append(from..<j)
        from = j + 1
      }
      for (column, role) in columns where column < cells.count {
        let role: DepartmentRole = role == .responsible && hasLead ? .support : role
        for item in items(t, cells[column]) { scan.add(item, role: role) }
      }
      scan.consume(row)
    }
  }

  /// The role each department column of a table header plays, by the manifest's
  /// labels (牵头单位 → lead, 配合单位 → support, 责任单位 → responsible), in column order.
  func roles(ofHeader header: [String]) -> [(column: Int, role: DepartmentRole)] {
    header.enumerated().compactMap { k, cell in
      let cell = Array(DepartmentRegistry.compact(cell).unicodeScalars)
      return labels.first { $0.phrase == cell }.map { (k, $0.role) }
    }
  }

  /// `扶贫、财政部门负责盘清…`, `镇办负责…`, `A牵头负责…` outside brackets.
  private func scanActors(_ scan: inout Scan) {
    let t = scan.text
    var i = 0
    while i < t.count {
      i = scan.nextVerb(at: i)
      guard i < t.count else { break }
      guard !scan.isConsumed(i), let verb = verb(t, at: i), verb.role != .support else { i += 1; continue }
      defer { i += verb.length }
      var start = i
      while start > 0, i - start < Self.longestNames, !t.endsClause(before: start), !scan.isConsumed(start - 1) {
        start -= 1
      }
      var end = i
      var separate = false
      (end, separate) = stripAdverbs(t, start, end)
      let found = items(t, start..<end)
      guard !found.isEmpty, found.allSatisfy({ registry.isStrictDepartment($0.name) }) else { continue }
      let role = verb.role == .responsible && givesLead(t, after: i + verb.length) ? .lead : verb.role
      for item in found { scan.add(item, role: role, separately: separate && role == .lead) }
    }
  }

  /// X负责…的牵头抓总: a lead's task named in the sentence after the verb.
  private func givesLead(_ t: AttributionText, after i: Int) -> Bool {
    guard !leadTasks.isEmpty else { return false }
    var k = i
    while k < t.count, k - i < Self.longestClause, !AttributionText.isSentenceBreak(t.scalars[k]) {
      if leadTasks.contains(where: { t.has($0, at: k) }) { return true }
      k += 1
    }
    return false
  }

  /// The stated actor of a `…要` or `…应` sentence: `市扶贫办、市财政局要在…`,
  /// `镇财政部门和扶贫办应切实加强…`. Only a clause that is all departments up to the word counts.
  private func scanYao(_ scan: inout Scan) {
    let t = scan.text
    for i in (t.occurrences(of: ["要"]) + t.occurrences(of: ["应"])).sorted() where i > 0 && !scan.isConsumed(i) {
      if t.scalars[i] == "要", Self.notYaoAfter.contains(t.scalars[i - 1]) { continue }
      if t.scalars[i] == "应", Self.notYingAfter.contains(t.scalars[i - 1]) { continue }
      if i + 1 < t.count, Self.notYaoBefore.contains(t.scalars[i + 1]) { continue }
      var start = i
      while start > 0, i - start < Self.longestNames, !t.endsClause(before: start) { start -= 1 }
      let (end, _) = stripAdverbs(t, start, i)
      // Most 要 follow no name (各地要, 工作要): the words before must end as a department may.
      guard end > start, mayEndName(t, start..<end) else { continue }
      let found = items(t, start..<end)
      // 镇财政部门和扶贫办应…: names that end like bodies, one of them a known one.
      guard !found.isEmpty, found.allSatisfy({ isDepartmentLike($0.name) }),
        found.contains(where: { registry.isStrictDepartment($0.name) })
      else { continue }
      for item in found { scan.add(item, role: .responsible) }
    }
  }

  /// Words that make 由 or 要 no actor's: 理由, 自由; 主要, 要求, 要点 ….
  private static let notYouAfter: [Unicode.Scalar] = ["理", "自", "经", "缘", "来"]
  private static let notYaoAfter: [Unicode.Scalar] = ["主", "需", "重", "必", "只", "不", "纲", "概", "摘"]
  /// 相应, 供应, 适应, 响应, 对应, 反应, 效应, 理应: 应 as part of a word.
  private static let notYingAfter: [Unicode.Scalar] = ["相", "供", "适", "响", "对", "反", "效", "理", "呼", "答"]
  private static let notYaoBefore: [Unicode.Scalar] = ["求", "点", "素", "件", "害", "领", "闻", "是"]

  // MARK: - Clauses

  private enum ClauseMode { case parenthetical, you }

  /// Comma-separated chunks `names verb`; in `由` clauses the first chunk may
  /// name an actor with any verb, later chunks must be `names verb` exactly.
  private func parseClause(_ scan: inout Scan, _ range: Range<Int>, mode: ClauseMode) {
    let t = scan.text
    var chunks: [Range<Int>] = []
    var from = range.lowerBound
    var depth = 0
    for i in range.lowerBound...range.upperBound {
      if i < range.upperBound {
        let s = t.scalars[i]
        if AttributionText.isOpen(s) { depth += 1 }
        if AttributionText.isClose(s) { depth -= 1 }
        guard depth == 0, AttributionText.isChunkBreak(s) else { continue }
      }
      chunks.append(from..<i)
      from = i + 1
    }
    // (A牵头;B、C,D配合): a list broken by a comma takes the verb of the chunk that ends it.
    var pending: [Item] = []
    for (k, chunk) in chunks.enumerated() {
      guard let (at, verb) = firstVerb(scan, chunk) else {
        if mode == .parenthetical, firstListedLeads { addFirstListed(&scan, items(t, chunk)) }
        if mode == .parenthetical, !firstListedLeads {
          let found = items(t, chunk)
          if !found.isEmpty, found.allSatisfy({ isDepartmentLike($0.name) }) { pending += found } else { pending = [] }
        }
        if mode == .you, k == 0, scan.nextPhrase(at: chunk.lowerBound) >= chunk.upperBound, let actor = leadingActor(t, chunk, known: false) {
          for item in actor { scan.deferred.append(Mention(item: item, role: .responsible, separately: false)) }
        }
        if mode == .you { return }
        continue
      }
      let after = at + verb.length
      if after < t.count, t.scalars[after] == "的" { return }
      if mode == .you, k > 0, !tailIsEmpty(t, after..<chunk.upperBound) { return }
      let (end, separate) = stripAdverbs(t, chunk.lowerBound, at)
      let found = items(t, chunk.lowerBound..<end)
      if mode == .you, found.isEmpty || !found.allSatisfy({ isDepartmentLike($0.name) }) { return }
      if mode == .parenthetical, firstListedLeads, verb.role == .responsible {
        addFirstListed(&scan, found, others: othersSupport ? .support : .responsible)
        continue
      }
      if !found.isEmpty, verb.role != .lead {
        for item in pending { scan.add(item, role: verb.role) }
      }
      pending = []
      for item in found { scan.add(item, role: verb.role, separately: separate && verb.role == .lead) }
    }
  }

  private func addFirstListed(_ scan: inout Scan, _ found: [Item], others: DepartmentRole = .support) {
    for (k, item) in found.enumerated() { scan.add(item, role: k == 0 ? .lead : others) }
  }

  /// The longest department list at the start of a chunk: `县区住建部门提供…` → 县区住建部门.
  /// With `known` false, names that only end like bodies count too (由国务院扶贫开发领导小组组织进行:
  /// 由 says an actor follows), placeholders (有关部门) left out.
  func leadingActor(_ t: AttributionText, _ chunk: Range<Int>, known: Bool = true) -> [Item]? {
    var end = min(chunk.upperBound, chunk.lowerBound + 30)
    // 由各地按省教育厅提出的…标准: the actor ends before a preposition, whose object is no actor.
    if let p = (chunk.lowerBound..<end).first(where: { i in Self.prepositions.contains { t.has($0, at: i) } }) { end = p }
    while end > chunk.lowerBound + 1 {
      if registry.endsLikeDepartment(t.scalars[chunk.lowerBound..<end]), !Self.people.contains(where: { t.has($0, at: end) }) {
        let found = items(t, chunk.lowerBound..<end)
        if !found.isEmpty, found.allSatisfy({ registry.isStrictDepartment($0.name) }) { return found }
        if !known, !found.isEmpty,
          found.allSatisfy({ $0.name.unicodeScalars.count >= 3 && isDepartmentLike($0.name) && !registry.isPlaceholder($0.name) }),
          Self.bracketsClose(t.scalars[chunk.lowerBound..<end])
        {
          return found
        }
      }
      end -= 1
    }
    return nil
  }

  // MARK: - Verbs

  private func verb(_ t: AttributionText, at i: Int) -> (role: DepartmentRole, length: Int)? {
    guard i < t.count, verbStarts.mayStart(t.scalars[i]) else { return nil }
    for (phrase, role) in verbs where t.has(phrase, at: i) {
      let after = i + phrase.count
      if after < t.count {
        let next = t.scalars[after]
        if role == .responsible, Self.notResponsibleAfter.contains(next) { continue }
        if role == .lead, Self.notLeadAfter.contains(next) { continue }
      }
      return (role, phrase.count)
    }
    return nil
  }

  /// Scalars after a verb that make it part of another word (负责人, 牵头单位).
  private static let notResponsibleAfter: [Unicode.Scalar] = ["人", "同", "制", "的"]
  private static let notLeadAfter: [Unicode.Scalar] = ["单", "部", "的", "活"]

  /// The positions where a role verb starts, and where any role phrase starts
  /// (also one a guard rejects, 负责的), in order.
  private func verbPositions(_ t: AttributionText) -> (verbs: [Int], phrases: [Int]) {
    var verbsAt: [Int] = []
    var phrasesAt: [Int] = []
    for i in 0..<t.count where verbStarts.mayStart(t.scalars[i]) {
      if verb(t, at: i) != nil { verbsAt.append(i) }
      if verbs.contains(where: { t.has($0.phrase, at: i) }) { phrasesAt.append(i) }
    }
    return (verbsAt, phrasesAt)
  }

  private func firstVerb(_ scan: Scan, _ range: Range<Int>) -> (Int, (role: DepartmentRole, length: Int))? {
    var i = scan.nextVerb(at: range.lowerBound)
    while i < range.upperBound {
      if let found = verb(scan.text, at: i), i + found.length <= range.upperBound { return (i, found) }
      i = scan.nextVerb(at: i + 1)
    }
    return nil
  }

  private func endsWithVerb(_ t: AttributionText, _ range: Range<Int>) -> Bool {
    verbs.contains { range.count > $0.phrase.count && t.has($0.phrase, endingAt: range.upperBound) }
  }

  /// Where a short time-limit clause (年内持续推进, 2020年底前完成, 长期坚持) ends the
  /// parenthetical after a part that ends with a role verb; nil when there is none.
  private func timeLimitCut(_ t: AttributionText, _ content: Range<Int>) -> Int? {
    guard let cut = content.last(where: { AttributionText.isChunkBreak(t.scalars[$0]) }), cut > content.lowerBound,
      content.upperBound - cut <= Self.longestTimeLimit, endsWithVerb(t, content.lowerBound..<cut)
    else { return nil }
    let tail = t.scalars[(cut + 1)..<content.upperBound]
    return tail.contains(where: { $0 == "年" || $0 == "月" }) || Self.standingLimits.contains(where: { tail.has($0, at: tail.startIndex) }) ? cut : nil
  }

  private static let longestTimeLimit = 20
  private static let standingLimits = ["长期坚持", "持续推进", "持续实施", "长期"].map { Array($0.unicodeScalars) }

  private func tailIsEmpty(_ t: AttributionText, _ range: Range<Int>) -> Bool {
    let tail = t.string(range)
    return tail.isEmpty || tail == "工作"
  }

  /// Drops adverbs between the names and the verb; reports 分别.
  private func stripAdverbs(_ t: AttributionText, _ start: Int, _ end: Int) -> (Int, Bool) {
    var end = end
    var separate = false
    var changed = true
    while changed {
      changed = false
      for word in separately where end - word.count >= start && t.has(word, endingAt: end) {
        end -= word.count
        separate = true
        changed = true
      }
      for word in Self.adverbs where end - word.count >= start && t.has(word, endingAt: end) {
        end -= word.count
        changed = true
      }
    }
    return (end, separate)
  }

  /// Prepositions that end an actor (由各地按…, 由县财政局根据…): what follows is their object.
  private static let prepositions = ["按照", "按", "根据", "依照", "依据"].map { Array($0.unicodeScalars) }

  /// Whether every bracket opened in `scalars` is closed there: 部门党组(党委 is cut short.
  private static func bracketsClose(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.reduce(0) { $0 + (AttributionText.isOpen($1) ? 1 : AttributionText.isClose($1) ? -1 : 0) } == 0
  }

  /// Words after a body that make the phrase a person (州委书记), not the body.
  private static let people: [[Unicode.Scalar]] = ["书记", "主任", "领导", "干部", "人员", "同志", "负责人", "组长", "成员", "的"]
    .map { Array($0.unicodeScalars) }

  private static let adverbs: [[Unicode.Scalar]] = ["主要", "具体", "共同", "统一", "积极", "协调", "切实", "要"].map { Array($0.unicodeScalars) }

  // MARK: - Names

  /// One listed department: where it is written and the name it stands for
  /// (a shared head applied: 扶贫、财政部门 → 扶贫部门).
  struct Item {
    var range: Range<Int>
    var name: String
  }

  /// Under the document's rule a parenthetical lists bodies when its first item is one and
  /// most others look like one (国家统计局湖南调查总队 ends like no department).
  /// Whether nothing but stops and spaces follows `close` to the end of its line.
  private static func endsText(_ t: AttributionText, after close: Int) -> Bool {
    var k = close + 1
    while k < t.count, t.scalars[k] == "\u{3002}" || t.scalars[k] == " " { k += 1 }
    return k >= t.count || t.scalars[k] == "\n"
  }

  private func listIsDepartments(_ t: AttributionText, _ range: Range<Int>) -> Bool {
    let found = items(t, range)
    guard let first = found.first, isDepartmentLike(first.name) else { return false }
    return found.filter { isDepartmentLike($0.name) }.count * 3 >= found.count * 2
  }

  func isDepartmentLike(_ name: String) -> Bool {
    registry.isStrictDepartment(name) || registry.endsLikeDepartment(ArraySlice(name.unicodeScalars))
  }

  /// Splits a name list on 、 and commas, and on 和/及/与 after a department
  /// ending; applies `等部门` and shared heads; drops placeholders and non-names.
  func items(_ t: AttributionText, _ range: Range<Int>) -> [Item] {
    var groups: [[Range<Int>]] = [[]]
    var from = range.lowerBound
    var i = range.lowerBound
    var depth = 0
    while i <= range.upperBound {
      if i == range.upperBound {
        groups[groups.count - 1].append(from..<i)
        break
      }
      let s = t.scalars[i]
      if AttributionText.isOpen(s) { depth += 1 }
      if AttributionText.isClose(s) { depth -= 1 }
      if depth == 0, s == "、" || s == "," || s == "\u{FF0C}" || s == "/" {
        groups[groups.count - 1].append(from..<i)
        from = i + 1
      } else if depth == 0, let joint = Self.joints.first(where: { t.has($0, at: i) }),
        registry.endsLikeDepartment(t.scalars[from..<i])
      {
        groups[groups.count - 1].append(from..<i)
        groups.append([])
        from = i + joint.count
        i = from
        continue
      }
      i += 1
    }
    var out: [Item] = []
    for group in groups {
      var members = group.compactMap { trim(t, $0) }
      guard let last = members.last else { continue }
      var head = ""
      if let deng = t.scalars[last].lastIndex(of: "等") {
        head = t.string((deng + 1)..<last.upperBound)
        members[members.count - 1] = last.lowerBound..<deng
      } else if t.has(Self.bumen, endingAt: last.upperBound) {
        head = "部门"
      }
      let shares = head == "部门" || head == "单位" || head.hasSuffix("部门")
      // 海东市、兰州市、临夏州发展改革部门: places before a body of the last place share its
      // ending; the list is one name, as written.
      if let shared = Self.placesSharing(members, in: t) {
        out.append(Item(range: shared, name: DepartmentRegistry.compact(t.string(shared))))
        continue
      }
      for var member in members where !member.isEmpty {
        // 省商务厅等,各市人民政府: 等 closing a name before more of the list.
        if member.count > 2, t.scalars[member.upperBound - 1] == "等",
          registry.endsLikeDepartment(t.scalars[member.lowerBound..<(member.upperBound - 1)])
        {
          member = member.lowerBound..<(member.upperBound - 1)
        }
        // 下设的脱贫攻坚督查考核办公室: the body is what follows a short attribute ending in 的
        // (not 州委书记任组长的…, which describes a body being set up).
        if let de = t.scalars[member].lastIndex(of: "的"), de + 1 < member.upperBound, de - member.lowerBound <= 3,
          registry.endsLikeDepartment(t.scalars[(de + 1)..<member.upperBound])
        {
          member = (de + 1)..<member.upperBound
        }
        var name = DepartmentRegistry.compact(t.string(member))
        if shares, !registry.endsLikeDepartment(ArraySlice(name.unicodeScalars)), name.count <= 8 {
          name += head.hasSuffix("部门") ? "部门" : head
        }
        guard Self.isNameShaped(name) else { continue }
        out.append(Item(range: member, name: name))
      }
    }
    return out
  }

  /// The range of a list of places whose last item goes on with a body (海东市、兰州市、临夏州发展改革部门),
  /// nil for any other list.
  private static func placesSharing(_ members: [Range<Int>], in t: AttributionText) -> Range<Int>? {
    guard members.count >= 2, let first = members.first, let last = members.last, last.count >= 4,
      members.dropLast().allSatisfy({ isPlace(t.scalars[$0]) }),
      let end = (last.lowerBound + 2..<min(last.upperBound, last.lowerBound + 7)).first(where: { placeLevels.contains(t.scalars[$0 - 1]) }),
      last.upperBound - end >= 2
    else { return nil }
    return first.lowerBound..<last.upperBound
  }

  /// A place's name alone: two to six Han characters ending in its level (兰州市, 临夏州).
  private static func isPlace(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
    (2...6).contains(name.count) && name.allSatisfy(ScalarClass.isHan) && placeLevels.contains(name.last ?? " ")
  }

  private static let placeLevels = Set("省市县区州盟旗".unicodeScalars)
  private static let bumen = Array("部门".unicodeScalars)
  private static let joints: [[Unicode.Scalar]] = ["以及", "和", "及", "与"].map { Array($0.unicodeScalars) }

  /// Trims enumerators (一是), quotes and brackets around one listed name.
  private func trim(_ t: AttributionText, _ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, Self.leadingJunk.contains(t.scalars[lower]) { lower += 1 }
    if upper - lower > 2, t.scalars[lower + 1] == "是", Self.enumerators.contains(t.scalars[lower]) { lower += 2 }
    while upper > lower, Self.trailingJunk.contains(t.scalars[upper - 1]) { upper -= 1 }
    // 市住建局) closing the label's bracket, not 乡镇(街道).
    while upper > lower, AttributionText.isClose(t.scalars[upper - 1]) || t.scalars[upper - 1] == "〕",
      !t.scalars[lower..<(upper - 1)].contains(where: { AttributionText.isOpen($0) || $0 == "〔" })
    {
      upper -= 1
    }
    return lower < upper ? lower..<upper : nil
  }

  /// Whether the phrase at `range` ends as a department's name may, as written or with
  /// the junk and closing brackets `trim` drops.
  private func mayEndName(_ t: AttributionText, _ range: Range<Int>) -> Bool {
    if registry.mayEndName(t.scalars[range.upperBound - 1]) { return true }
    var upper = range.upperBound
    while upper > range.lowerBound,
      Self.trailingJunk.contains(t.scalars[upper - 1]) || AttributionText.isClose(t.scalars[upper - 1]) || t.scalars[upper - 1] == "〕"
    {
      upper -= 1
    }
    return upper > range.lowerBound && registry.mayEndName(t.scalars[upper - 1])
  }

  private static let leadingJunk: [Unicode.Scalar] = [" ", "\n", "\t", "由"]
  private static let trailingJunk: [Unicode.Scalar] = [" ", "\n", "\t", "。"]
  private static let enumerators = Array("一二三四五六七八九十".unicodeScalars)

  private static func isNameShaped(_ name: String) -> Bool {
    let count = name.unicodeScalars.count
    guard count >= 2, count <= 30 else { return false }
    return !name.unicodeScalars.contains { s in
      s == "的" || s == "“" || s == "”" || s == "\"" || s == "《" || s == "》" || s == "。" || ("0"..."9").contains(s)
    }
  }

  // MARK: - Result

  private func finish(_ scan: Scan) -> DepartmentFindings {
    var departments: [DepartmentRef] = []
    var diagnostics: [Diagnostic] = []
    var seen: Set<SeenKey> = []
    let t = scan.text
    for mention in scan.mentions.sorted(by: { $0.item.range.lowerBound < $1.item.range.lowerBound }) {
      let surface = t.surface(mention.item.range)
      let span = t.originalRange(mention.item.range)
      let textSpan = TextSpan(start: span.lowerBound, end: span.upperBound)
      guard let resolved = registry.resolve(mention.item.name) else {
        diagnostics.append(Diagnostic("department.placeholder", .note, "\(surface) names no department; left out", span: textSpan))
        continue
      }
      // Two bodies merged into one successor (湖南银监局, 湖南保监局 → 湖南银保监局) stay two mentions.
      guard seen.insert(SeenKey(name: resolved.renamedFrom ?? resolved.name, role: mention.role)).inserted else { continue }
      departments.append(
        DepartmentRef(
          name: resolved.name, surface: surface, role: mention.role, separately: mention.separately,
          family: resolved.family, level: resolved.level, renamedFrom: resolved.renamedFrom, renamedIn: resolved.renamedIn))
      if !resolved.registered {
        diagnostics.append(Diagnostic("department.unregistered", .note, "\(resolved.name) is in no department registry; kept as written", span: textSpan))
      }
      if let old = resolved.renamedFrom {
        let year = resolved.renamedIn.map { " (renamed \($0))" } ?? ""
        diagnostics.append(Diagnostic("department.renamed", .note, "\(old) is now \(resolved.name)\(year)", span: textSpan))
      }
    }
    return DepartmentFindings(departments: departments, diagnostics: diagnostics)
  }
}

/// What a scan has found so far.
struct Scan {
  let text: AttributionText
  var mentions: [Mention] = []
  /// Actors of `由…` sentences, kept only when the measure names no lead.
  var deferred: [Mention] = []
  /// Where role verbs start, in order.
  var verbs: [Int] = []
  /// Where any role phrase starts, also one a guard rejects (负责的).
  var phrases: [Int] = []
  /// Scalars already read by a frame, which later frames skip.
  private var consumed: [Bool]

  init(text: AttributionText) {
    self.text = text
    consumed = [Bool](repeating: false, count: text.count)
  }

  /// The first role verb at or after `i`; `text.count` when none.
  func nextVerb(at i: Int) -> Int { Self.next(in: verbs, at: i) ?? text.count }

  /// The first role phrase at or after `i`; `text.count` when none.
  func nextPhrase(at i: Int) -> Int { Self.next(in: phrases, at: i) ?? text.count }

  /// The first of the sorted `positions` at or after `i`, by binary search.
  private static func next(in positions: [Int], at i: Int) -> Int? {
    var low = 0
    var high = positions.count
    while low < high {
      let mid = (low + high) / 2
      if positions[mid] < i { low = mid + 1 } else { high = mid }
    }
    return low < positions.count ? positions[low] : nil
  }

  func isConsumed(_ i: Int) -> Bool { i >= 0 && i < consumed.count && consumed[i] }

  mutating func consume(_ range: Range<Int>) {
    for i in range.clamped(to: 0..<consumed.count) { consumed[i] = true }
  }

  mutating func add(_ item: DepartmentExtractor.Item, role: DepartmentRole, separately: Bool = false) {
    mentions.append(Mention(item: item, role: role, separately: separately))
  }
}

/// A department once per role.
private struct SeenKey: Hashable {
  var name: String
  var role: DepartmentRole
}

struct Mention {
  var item: DepartmentExtractor.Item
  var role: DepartmentRole
  var separately: Bool
}
