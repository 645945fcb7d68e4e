import ZhengceCore

/// The words with which a body names its own kind when the document has no
/// title to read it from: 特提出如下实施意见, 特制定本方案, 现将…公示如下, 特此公告.
///
/// Only a kind the document gives itself counts: the kind word must follow a
/// verb that makes the document (提出如下, 制定本), precede 如下 (通知如下),
/// close it (特此公告), or be what it calls itself when it says from when it
/// holds (自本决定印发之日起); titles quoted in 《…》 name other documents and
/// are left out. The words are data (`declarations` in `Rules/genres.json`).
struct GenreDeclarations: Sendable, Hashable {
  /// Words after which the kind closes the clause, other words allowed before it (提出如下 实施意见).
  let before: [[Unicode.Scalar]]
  /// Words after which the kind alone closes the clause (制定本 方案, 特此 公告, 予以 公示).
  let beforeAlone: [[Unicode.Scalar]]
  /// Words after which the kind is the body's name for itself, when one of
  /// `selfAfter` follows it (自本 决定 印发之日起).
  let selfBefore: [[Unicode.Scalar]]
  let selfAfter: [[Unicode.Scalar]]
  /// Words the kind comes right before (公示 如下, 通知 如下).
  let after: [[Unicode.Scalar]]
  /// The kinds that `after` words may follow: verbs of making known (通知, 公示), not
  /// a list the document holds (名单如下).
  let afterKinds: [[Unicode.Scalar]]
  /// Scalars of a clause read after a word of `before`.
  let longest: Int
  /// Scalars of the text read from its start, and from its end.
  let openingLength: Int
  let closingLength: Int

  /// As written in the rules file.
  struct File: Decodable {
    var before: [String]
    var beforeAlone: [String]
    var selfBefore: [String]
    var selfAfter: [String]
    var after: [String]
    var afterKinds: [String]
    var longest: Int
    var openingLength: Int
    var closingLength: Int
  }

  init(_ file: File) {
    let scalars = { (words: [String]) in words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty } }
    before = scalars(file.before)
    beforeAlone = scalars(file.beforeAlone)
    selfBefore = scalars(file.selfBefore)
    selfAfter = scalars(file.selfAfter)
    after = scalars(file.after)
    afterKinds = scalars(file.afterKinds)
    longest = max(0, file.longest)
    openingLength = max(0, file.openingLength)
    closingLength = max(0, file.closingLength)
  }

  /// The kind word a text declares: the last in its closing (its sign-off, 特此公示), else
  /// the first in its opening.
  /// - Parameter ending: the kind a word ends with (`GenreRules.ending(of:)`).
  func declaredKind(
    in text: [Unicode.Scalar], ending: ([Unicode.Scalar]) -> GenreRules.Ending?
  ) -> GenreRules.Ending? {
    let closing = GenreRules.withoutQuotedTitles(Array(text.suffix(closingLength)))
    let opening = GenreRules.withoutQuotedTitles(Array(text.prefix(openingLength)))
    for i in closing.indices.reversed() {
      if let kind = kind(at: i, in: closing, ending: ending) { return kind }
    }
    for i in opening.indices {
      if let kind = kind(at: i, in: opening, ending: ending) { return kind }
    }
    return nil
  }

  private func kind(
    at i: Int, in text: [Unicode.Scalar], ending: ([Unicode.Scalar]) -> GenreRules.Ending?
  ) -> GenreRules.Ending? {
    for word in after where Self.holds(word, at: i, in: text) {
      for kind in afterKinds where kind.count <= i && text[(i - kind.count)..<i].elementsEqual(kind) {
        if let kind = ending(kind) { return kind }
      }
    }
    for word in selfBefore where Self.holds(word, at: i, in: text) {
      let start = i + word.count
      for end in stride(from: min(text.count, start + longest), to: start, by: -1) {
        guard let kind = ending(Array(text[start..<end])), kind.surface.count == end - start else { continue }
        if selfAfter.contains(where: { Self.holds($0, at: end, in: text) }) { return kind }
      }
    }
    for (words, alone) in [(before, false), (beforeAlone, true)] {
      for word in words where Self.holds(word, at: i, in: text) {
        let start = i + word.count
        let end = text[start...].firstIndex(where: Self.endsClause) ?? text.endIndex
        let clause = Array(text[start..<end]).filter { !GenreRules.isSpace($0) }
        guard !clause.isEmpty, clause.count <= longest, let kind = ending(clause) else { continue }
        if !alone || kind.surface.count == clause.count { return kind }
      }
    }
    return nil
  }

  private static func holds(_ word: [Unicode.Scalar], at i: Int, in text: [Unicode.Scalar]) -> Bool {
    i + word.count <= text.count && text[i] == word[0] && text[i..<(i + word.count)].elementsEqual(word)
  }

  /// What ends a clause for the funds rules, and 、 and ! too: a kind closes its clause.
  private static let clauseEnds = GenreRules.clauseEnds.union("\u{3001}!\u{FF01}".unicodeScalars)
  private static func endsClause(_ u: Unicode.Scalar) -> Bool { clauseEnds.contains(u) }
}
