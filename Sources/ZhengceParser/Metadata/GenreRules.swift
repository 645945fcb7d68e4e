import Foundation
import ZhengceCore

/// Reads the kind of document (文种) from its title, by the rules of
/// `Rules/genres.json`: a title ends with its kind (…实施方案, …的意见, …的通知),
/// endings tried longest first; a cover notice is of the kind of the document
/// it carries; a notice that issues funds is a funds notice.
///
/// A document whose title tells no kind (or that has no title) may still name
/// its own kind in its body (特提出如下实施意见, 现将…公示如下, 特此公告:
/// `GenreDeclarations`); otherwise it has none. The genre is never guessed from
/// what the body is about.
public struct GenreRules: Sendable, Hashable {
  public static let highestSupportedVersion = 1

  /// A title ending and the genre it names.
  struct Ending: Sendable, Hashable {
    var surface: [Unicode.Scalar]
    var genre: DocumentGenre
  }

  /// Every ending, longest first (任务分工方案 before 方案).
  let endings: [Ending]
  /// Endings of the notices that become funds notices when they issue funds (通知, 函).
  let fundsEndings: [[Unicode.Scalar]]
  /// 下达, 拨付, 分配 …
  let fundsVerbs: [[Unicode.Scalar]]
  /// 资金, 经费 …
  let fundsNouns: [[Unicode.Scalar]]
  /// Scalars after a verb that hand the funds to someone (安排给, 下达到).
  let handedTo: Set<Unicode.Scalar>
  /// Verbs of a cover notice that issues or forwards a document (印发, 转发).
  let coverVerbs: [String]
  private let coverVerbScalars: [[Unicode.Scalar]]
  /// Words of a notice that asks for something about a document rather than carrying it (征求).
  let nestedNotCarrying: [[Unicode.Scalar]]
  /// Scalars of the body's opening read for funds (the first sentence or two).
  let openingLength: Int
  /// How a body names its own kind; nil when the file gives none.
  let declarations: GenreDeclarations?
  /// Kinds a 意见 or 通知 takes from what it is about (…部门分工的意见, …责任分解的通知:
  /// a task division), and the endings that may carry them.
  let aboutKinds: Set<DocumentGenre>
  let aboutEndings: [[Unicode.Scalar]]

  /// The bundled `Rules/genres.json`.
  public static let standard: GenreRules = {
    guard let data = EmbeddedResources.data("Rules/genres.json", of: "ZhengceParser") else {
      preconditionFailure("the bundled Rules/genres.json is missing")
    }
    do {
      return try GenreRules(json: data, path: "Rules/genres.json")
    } catch {
      preconditionFailure("the bundled Rules/genres.json is invalid: \(error)")
    }
  }()

  /// Reads and checks a rules file; `path` names it in errors.
  /// - Throws: `GenreRulesError` naming the path and the problem.
  public init(json data: Data, path: String) throws(GenreRulesError) {
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: data)
    } catch {
      throw .malformed(path: path, reason: "\(error)")
    }
    guard file.genresVersion <= Self.highestSupportedVersion else {
      throw .unsupportedVersion(file.genresVersion, highestSupported: Self.highestSupportedVersion, path: path)
    }
    var endings: [Ending] = []
    for (name, surfaces) in file.endings.sorted(by: { $0.key < $1.key }) {
      guard let genre = DocumentGenre(rawValue: name) else {
        throw .malformed(path: path, reason: "'\(name)' is not a genre (\(DocumentGenre.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      for surface in surfaces {
        guard !surface.isEmpty else { throw .malformed(path: path, reason: "an empty ending of \(name)") }
        endings.append(Ending(surface: Array(surface.unicodeScalars), genre: genre))
      }
    }
    var seen: [String: DocumentGenre] = [:]
    for ending in endings {
      let surface = String(String.UnicodeScalarView(ending.surface))
      if let other = seen[surface], other != ending.genre {
        throw .malformed(path: path, reason: "ending '\(surface)' is both \(other.rawValue) and \(ending.genre.rawValue)")
      }
      seen[surface] = ending.genre
    }
    let scalars = { (words: [String]) in words.map { Array($0.unicodeScalars) } }
    let (verbs, nouns, cover) = (scalars(file.funds.verbs), scalars(file.funds.nouns), file.coverNotices.verbs)
    guard !verbs.contains(where: \.isEmpty), !nouns.contains(where: \.isEmpty), !cover.contains(where: \.isEmpty) else {
      throw .malformed(path: path, reason: "an empty word in funds or coverNotices")
    }
    guard file.funds.openingLength >= 0 else { throw .malformed(path: path, reason: "funds: a negative openingLength") }
    self.endings = endings.sorted { $0.surface.count > $1.surface.count }
    fundsEndings = scalars(file.funds.endings)
    fundsVerbs = verbs
    fundsNouns = nouns
    coverVerbs = cover
    coverVerbScalars = scalars(cover)
    nestedNotCarrying = scalars(file.coverNotices.notCarrying)
    handedTo = Set(file.funds.handedTo.unicodeScalars)
    openingLength = file.funds.openingLength
    declarations = file.declarations.map(GenreDeclarations.init)
    var about: Set<DocumentGenre> = []
    for name in file.about?.kinds ?? [] {
      guard let genre = DocumentGenre(rawValue: name) else { throw .malformed(path: path, reason: "about: '\(name)' is not a genre") }
      about.insert(genre)
    }
    aboutKinds = about
    aboutEndings = scalars(file.about?.endings ?? [])
  }

  private struct File: Decodable {
    var genresVersion: Int
    var endings: [String: [String]]
    var coverNotices: CoverNotices
    var funds: Funds
    var declarations: GenreDeclarations.File?
    var about: About?

    struct About: Decodable {
      var endings: [String]
      var kinds: [String]
    }

    struct CoverNotices: Decodable {
      var verbs: [String]
      var notCarrying: [String]
    }

    struct Funds: Decodable {
      var endings: [String]
      var verbs: [String]
      var nouns: [String]
      var handedTo: String
      var openingLength: Int
    }
  }

  // MARK: - Reading a genre

  /// The genre of a document.
  ///
  /// - Parameters:
  ///   - title: the document's own title (the plan's, not its cover notice's), as analysed
  ///     (a Traditional title folded to Simplified); nil when the text does not contain it.
  ///   - noticeTitle: the cover notice carrying the document, if any.
  ///   - opening: the first words of the body, read only to tell a funds notice.
  /// - Returns: nil when there is no title, or the title ends with no kind the rules know.
  public func genre(title: String?, noticeTitle: String? = nil, opening: String = "") -> DocumentGenre? {
    let openingWords = Array(opening.unicodeScalars.prefix(openingLength))
    let notice = noticeTitle.map { Array($0.unicodeScalars) }
    if let title {
      return genre(of: Array(title.unicodeScalars), notice: notice, opening: openingWords)
    }
    // No title of its own: the cover notice still names the document it carries.
    guard let notice, let carried = carried(by: notice) else { return nil }
    return genre(of: carried, notice: nil, opening: openingWords)
  }

  /// The genre of a document and where it was read: from its title (or cover
  /// notice) when that names a kind, else from the words with which its body
  /// names its own kind.
  ///
  /// - Parameters:
  ///   - title, noticeTitle, opening: as for `genre(title:noticeTitle:opening:)`.
  ///   - body: the whole text, as analysed; its start and end are read for the kind it declares.
  /// - Returns: nil when neither the title nor the body names a kind.
  public func reading(
    title: String?, noticeTitle: String?, opening: String, body: [Unicode.Scalar]
  ) -> (genre: DocumentGenre, source: GenreSource)? {
    if let genre = genre(title: title, noticeTitle: noticeTitle, opening: opening) { return (genre, .title) }
    guard let kind = declarations?.declaredKind(in: body, ending: { ending(of: $0) }) else { return nil }
    // 现将…资金安排给你们,并就有关事项通知如下 is a funds notice.
    if fundsEndings.contains(kind.surface), issuesFunds(Array(opening.unicodeScalars.prefix(openingLength)), fromBody: true) {
      return (.fundsNotice, .body)
    }
    return (kind.genre, .body)
  }

  private func genre(of title: [Unicode.Scalar], notice: [Unicode.Scalar]?, opening: [Unicode.Scalar]) -> DocumentGenre? {
    // 关于印发《X实施方案》的通知 is a plan: the notice only carries it.
    if let carried = carried(by: title), let genre = genre(of: carried, notice: nil, opening: opening) {
      return genre
    }
    guard let ending = ending(of: title) else { return nil }
    if let about = kindAbout(title, ending: ending) { return about }
    guard fundsEndings.contains(ending.surface) else { return ending.genre }
    if issuesFunds(title, fromBody: false) || namesFundsAlone(title) { return .fundsNotice }
    if let notice, issuesFunds(notice, fromBody: false) { return .fundsNotice }
    return issuesFunds(opening, fromBody: true) ? .fundsNotice : ending.genre
  }

  /// The kind a 意见 or 通知 takes from what it is about: 国务院关于落实《政府工作报告》
  /// 重点工作部门分工的意见 is a task division, as the words before 的意见 end as one does.
  private func kindAbout(_ title: [Unicode.Scalar], ending: Ending) -> DocumentGenre? {
    guard aboutEndings.contains(ending.surface) else { return nil }
    let bare = Self.withoutNotes(title).dropLast(ending.surface.count)
    guard bare.last == "的", let inner = self.ending(of: Array(bare.dropLast())), aboutKinds.contains(inner.genre) else { return nil }
    return inner.genre
  }

  /// The longest ending `title` ends with, notes in brackets after it left out.
  func ending(of title: [Unicode.Scalar]) -> Ending? {
    let bare = Self.withoutNotes(title)
    return endings.first { bare.count >= $0.surface.count && bare.suffix($0.surface.count).elementsEqual($0.surface) }
  }

  /// `title` without spaces and bracketed notes at its end: 办法(试行), 规划(2018—2022年), 条例(草案).
  static func withoutNotes(_ title: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
    var s = title[...]
    for _ in 0..<3 {
      while let last = s.last, Self.isSpace(last) { s.removeLast() }
      guard let last = s.last, let open = Self.closing[last],
        let at = s.lastIndex(where: { open.contains($0) }), s.endIndex - at <= 24, at > s.startIndex
      else { break }
      s = s[..<at]
    }
    while let last = s.last, Self.isSpace(last) { s.removeLast() }
    return s
  }

  /// Closing brackets and the openings that match them: ASCII and full-width parentheses, 【】 and [].
  private static let closing: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    ")": ["(", "\u{FF08}"], "\u{FF09}": ["(", "\u{FF08}"], "\u{3011}": ["\u{3010}", "["], "]": ["[", "\u{3010}"],
  ]

  static func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\u{3000}" || u == "\t" }

  /// X of a cover notice that issues or forwards it, as `TitleRules.carriedTitle` reads it with
  /// this file's verbs (关于印发《X》的通知, 转发X的通知, 印发X通知, bodies and 《X》的通知), notes
  /// after the title left out; without a verb, a title of its own nested in it (关于X的意见的通知).
  func carried(by title: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    let bare = Array(Self.withoutNotes(title))
    let text = String(String.UnicodeScalarView(bare))
    if let carried = TitleRules.carriedTitle(text, verbs: coverVerbs) { return Array(carried.unicodeScalars) }
    guard !coverVerbScalars.contains(where: { Self.range(of: $0, in: bare, from: 0) != nil }) else { return nil }
    return nestedTitle(in: bare)
  }

  /// X in 关于X的意见的通知 when a page left out the verb (印发, 转发): a title of its own, from
  /// 关于 to a kind after 的, before 的通知; not when X asks for something (关于征求…的意见的通知).
  func nestedTitle(in bare: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    let tail = Array("的通知".unicodeScalars)
    guard let start = Self.range(of: Array("关于".unicodeScalars), in: bare, from: 0)?.lowerBound,
      bare.count > start + tail.count + 2, bare.suffix(tail.count).elementsEqual(tail)
    else { return nil }
    let nested = Array(bare[start..<(bare.count - tail.count)])
    guard let kind = ending(of: nested), nested.count > kind.surface.count,
      nested[nested.count - kind.surface.count - 1] == "的",
      !nestedNotCarrying.contains(where: { Self.range(of: $0, in: nested, from: 0) != nil })
    else { return nil }
    return nested
  }

  /// Whether `text` says funds are issued: a verb (下达, 拨付 …) before a noun (资金, 经费 …) in
  /// one clause, quoted titles left out (they name other documents); in the body also the
  /// noun before the verb when the verb hands them to someone (现将…资金安排给你们).
  func issuesFunds(_ text: [Unicode.Scalar], fromBody: Bool) -> Bool {
    Self.clauses(Self.withoutQuotedTitles(text)).contains { issuesFunds(clause: $0, fromBody: fromBody) }
  }

  private func issuesFunds(clause: [Unicode.Scalar], fromBody: Bool) -> Bool {
    for verb in fundsVerbs {
      var from = 0
      while let v = Self.range(of: verb, in: clause, from: from) {
        let after = Array(clause[v.upperBound...])
        if fundsNouns.contains(where: { Self.range(of: $0, in: after, from: 0).map { $0.lowerBound <= 40 } ?? false }) {
          return true
        }
        if fromBody, v.upperBound < clause.count, handedTo.contains(clause[v.upperBound]) {
          let before = Array(clause[..<v.lowerBound])
          if fundsNouns.contains(where: { Self.range(of: $0, in: before, from: 0) != nil }) { return true }
        }
        from = v.upperBound
      }
    }
    return false
  }

  /// 关于2023年奉贤区蔬菜上图补贴资金的通知: a notice about funds and nothing else (资金 right
  /// before 的通知), not 关于加强…资金管理的通知.
  func namesFundsAlone(_ title: [Unicode.Scalar]) -> Bool {
    let bare = Array(Self.withoutNotes(title))
    guard let de = bare.lastIndex(of: "的"), bare.count - de <= 3 else { return false }
    return fundsNouns.contains { de >= $0.count && bare[(de - $0.count)..<de].elementsEqual($0) }
  }

  /// `text` with every 《…》 and 〈…〉 left out.
  static func withoutQuotedTitles(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var depth = 0
    for u in text {
      if u == "《" || u == "〈" {
        depth += 1
      } else if (u == "》" || u == "〉") && depth > 0 {
        depth -= 1
      } else if depth == 0 {
        out.append(u)
      }
    }
    return out
  }

  /// Punctuation that ends a clause: commas, full stops, semicolons and colons, ASCII and full-width.
  static let clauseEnds: Set<Unicode.Scalar> = [",", "\u{FF0C}", "\u{3002}", ";", "\u{FF1B}", ":", "\u{FF1A}", "\n"]

  /// Pieces of `text` between clause punctuation.
  static func clauses(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    text.split(whereSeparator: { Self.clauseEnds.contains($0) }).map(Array.init)
  }

  static func range(of word: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Range<Int>? {
    guard !word.isEmpty, text.count >= word.count, from <= text.count - word.count else { return nil }
    for i in from...(text.count - word.count) where text[i] == word[0] {
      if text[i..<(i + word.count)].elementsEqual(word) { return i..<(i + word.count) }
    }
    return nil
  }
}

/// Why a genre rules file cannot be used (thrown; the run stops).
public enum GenreRulesError: Error, Hashable, CustomStringConvertible {
  case malformed(path: String, reason: String)
  case unsupportedVersion(Int, highestSupported: Int, path: String)

  public var description: String {
    switch self {
    case .malformed(let path, let reason): return "\(path): \(reason)"
    case .unsupportedVersion(let v, let highest, let path):
      return "\(path): genresVersion \(v) is newer than the supported \(highest)"
    }
  }
}

