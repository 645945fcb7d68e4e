import ZhengceCore
import ZhengceParser

/// Lines up commitments of the same kind across columns: same topic (of the
/// clause that states the commitment), same unit, the same `QuantityKind` when
/// both are known (a target never shares a row with a baseline), and a similar counted
/// phrase (the clause without the number, compared by character bigrams).
/// The phrase, not the extractor's short subject, decides: two commitments
/// of one measure often share a subject (深度贫困村) while counting different
/// things (宽带网络覆盖, 信息服务站).
///
/// Hunan's 实现90%以上深度贫困村有宽带网络覆盖 and Liaoning's 实现90%以上贫困村
/// 宽带网络覆盖 both read as topic 网络基础设施, unit %, and the phrases
/// 深度贫困村有宽带网络覆盖 / 贫困村宽带网络覆盖 (Dice 0.74), so they share a row.
public struct IndicatorMatcher: Sendable {
  public var classifier: TopicClassifier
  /// Least Dice similarity of two phrases for one row.
  public var minimumSimilarity: Double

  public init(classifier: TopicClassifier = .standard, minimumSimilarity: Double = 0.5) {
    self.classifier = classifier
    self.minimumSimilarity = minimumSimilarity
  }

  /// `commitment` of `measure` with the topic and counted phrase of its clause.
  ///
  /// The phrase comes from the list item (between 、) that holds the number,
  /// or from the whole clause when the item says too little; the topic is
  /// what the clause (weighted) and its sentence are about, preferring the
  /// measure's own topics, and nil when they name no topic at all.
  /// `occurrence` counts from 0 the earlier commitments of the measure with
  /// the same surface, so a second 1名 is read where the second one stands.
  public func describe(_ commitment: Commitment, in measure: Measure, occurrence: Int = 0) -> ComparedCommitment {
    let found = CommitmentClause(surface: commitment.surface, in: measure.text, occurrence: occurrence)
    var phrase = ""
    var topic: String?
    if let found {
      phrase = CommitmentClause.countedPhrase(found.item, removing: commitment.surface)
      if phrase.unicodeScalars.count < 2 { phrase = CommitmentClause.countedPhrase(found.clause, removing: commitment.surface) }
      let scores = classifier.scores(for: TopicInput(heading: found.clause, context: [found.sentence], body: ""))
      topic = (scores.first { measure.topics.contains($0.topic) } ?? scores.first)?.topic
    }
    if phrase.unicodeScalars.count < 2, let subject = commitment.subject { phrase = subject }
    return ComparedCommitment(measure: measure.id, path: measure.path, commitment: commitment, topic: topic, phrase: phrase)
  }

  /// Groups the columns' commitments into rows; a row met in two or more
  /// columns becomes an indicator, and its members get the row's id.
  public func lineUp(_ columns: inout [CompareColumn]) -> [IndicatorRow] {
    struct Member { var column: Int; var index: Int }
    /// `shapes`: the members' distinct bigram sets (a group's similarity to a
    /// phrase is its best member's, and many members share a phrase).
    struct Group { var topic: String?; var unit: String; var kind: QuantityKind?; var members: [Member]; var shapes: [Set<String>] }
    var groups: [Group] = []
    for (c, column) in columns.enumerated() {
      for (i, commitment) in column.commitments.enumerated() {
        let member = Member(column: c, index: i)
        let bigrams = Self.bigrams(commitment.phrase)
        var best: (group: Int, similarity: Double)?
        // Targets line up with targets: a kind known on both sides must agree.
        let kind = commitment.commitment.kind
        for (g, group) in groups.enumerated()
        where group.topic == commitment.topic && group.unit == commitment.unit && (group.kind == nil || kind == nil || group.kind == kind) {
          let similarity = group.shapes.map { Self.dice(bigrams, $0) }.max() ?? 0
          if similarity >= minimumSimilarity, similarity > (best?.similarity ?? 0) { best = (g, similarity) }
        }
        if let best {
          groups[best.group].members.append(member)
          if !groups[best.group].shapes.contains(bigrams) { groups[best.group].shapes.append(bigrams) }
        } else {
          groups.append(
            Group(topic: commitment.topic, unit: commitment.unit, kind: commitment.commitment.kind, members: [member], shapes: [bigrams]))
        }
      }
    }
    var rows: [IndicatorRow] = []
    for group in groups where Set(group.members.map(\.column)).count >= 2 {
      let id = "I\(rows.count + 1)"
      for m in group.members { columns[m.column].commitments[m.index].indicator = id }
      let phrases = group.members.map { columns[$0.column].commitments[$0.index].phrase }
      let cells = columns.indices.map { c in
        IndicatorCell(
          column: columns[c].key,
          commitments: group.members.filter { $0.column == c }.map { columns[c].commitments[$0.index] })
      }
      rows.append(IndicatorRow(id: id, label: Self.sharedPhrase(phrases), topic: group.topic, unit: group.unit, cells: cells))
    }
    return rows
  }

  // MARK: - Phrase similarity

  static func bigrams(_ phrase: String) -> Set<String> {
    let scalars = Array(phrase.unicodeScalars)
    guard scalars.count > 1 else { return scalars.isEmpty ? [] : [String(scalars: scalars)] }
    return Set((0..<scalars.count - 1).map { String(scalars: scalars[$0...$0 + 1]) })
  }

  static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
  }

  /// The longest text all phrases share (at least two characters), else the first phrase.
  static func sharedPhrase(_ phrases: [String]) -> String {
    guard var shared = phrases.first else { return "" }
    // A phrase met again changes nothing: what is shared so far is already part of it.
    var seen: Set<String> = [shared]
    for phrase in phrases.dropFirst() where seen.insert(phrase).inserted { shared = longestCommonSubstring(shared, phrase) }
    return shared.unicodeScalars.count >= 2 ? shared : (phrases.first ?? "")
  }

  static func longestCommonSubstring(_ a: String, _ b: String) -> String {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    guard !x.isEmpty, !y.isEmpty else { return "" }
    var previous = Array(repeating: 0, count: y.count + 1)
    var best = (length: 0, end: 0)
    for i in 1...x.count {
      var current = Array(repeating: 0, count: y.count + 1)
      for j in 1...y.count where x[i - 1] == y[j - 1] {
        current[j] = previous[j - 1] + 1
        if current[j] > best.length { best = (current[j], i) }
      }
      previous = current
    }
    return String(scalars: x[(best.end - best.length)..<best.end])
  }
}

/// The clause and sentence of a measure's text that state a commitment.
struct CommitmentClause {
  /// The 、-separated list item that holds the number.
  var item: String
  var clause: String
  var sentence: String

  /// ASCII and full-width punctuation (the normaliser folds most to ASCII).
  private static let clauseEnds: Set<Unicode.Scalar> = [
    ",", ";", "。", ":", "!", "?", "\n", "\u{FF0C}", "\u{FF1B}", "\u{FF1A}", "\u{FF01}", "\u{FF1F}",
  ]
  private static let sentenceEnds: Set<Unicode.Scalar> = [";", "。", "!", "?", "\n", "\u{FF1B}", "\u{FF01}", "\u{FF1F}"]

  /// Finds `surface` in `text`, skipping `occurrence` earlier matches (the
  /// last match when there are fewer); nil when it is not there at all.
  init?(surface: String, in text: String, occurrence: Int = 0) {
    let t = Array(text.unicodeScalars), s = Array(surface.unicodeScalars)
    guard !s.isEmpty, s.count <= t.count else { return nil }
    let starts = (0...(t.count - s.count)).filter { i in t[i] == s[0] && Array(t[i..<i + s.count]) == s }
    guard let start = starts.count > occurrence ? starts[occurrence] : starts.last else { return nil }
    let end = start + s.count
    func bounds(_ stops: Set<Unicode.Scalar>) -> Range<Int> {
      var lo = start, hi = end
      while lo > 0, !stops.contains(t[lo - 1]) { lo -= 1 }
      while hi < t.count, !stops.contains(t[hi]) { hi += 1 }
      return lo..<hi
    }
    item = String(String.UnicodeScalarView(t[bounds(Self.clauseEnds.union(["、"]))]))
    clause = String(scalars: t[bounds(Self.clauseEnds)])
    sentence = String(scalars: t[bounds(Self.sentenceEnds)])
  }

  /// Longest first, so 年底 goes before 年 can leave 底 behind.
  private static let fillers = [
    "提高到", "年底前", "月底前", "实现", "达到", "确保", "力争", "争取", "完成", "保持", "提高", "以上", "以下",
    "左右", "年底", "年末", "到", "至", "达", "使", "有", "的", "年", "月", "日", "前",
  ]

  /// The clause without the commitment's own text, digits and leading or
  /// trailing fillers (实现, 到…年底, 以上, 有): what is being counted.
  static func countedPhrase(_ clause: String, removing surface: String) -> String {
    var text = clause
    if let range = text.firstRange(of: surface) { text.removeSubrange(range) }
    text = String(scalars: text.unicodeScalars.filter { !Self.isNumberLike($0) })
    while let filler = fillers.first(where: { text.hasPrefix($0) }) { text.removeFirst(filler.count) }
    while let filler = fillers.first(where: { text.hasSuffix($0) }) { text.removeLast(filler.count) }
    return text
  }

  private static func isNumberLike(_ u: Unicode.Scalar) -> Bool {
    (u.value >= 0x30 && u.value <= 0x39) || u == "%" || u == "." || u == " " || u == "\u{3000}"
  }
}
