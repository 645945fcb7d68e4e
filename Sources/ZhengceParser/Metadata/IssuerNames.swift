import ZhengceCore

/// Splits a joint issuer into its bodies: 中共广东省委 广东省人民政府 (spaces),
/// 省财政厅、省扶贫办 (、) and two names run together, 襄城县扶贫开发办公室襄城县财政局.
///
/// Run-together names split only where the second name starts like a body of
/// its own: with 中共, with the place the first one starts with (襄城县…襄城县…),
/// or with a place (湖南省, 许昌市, 内蒙古自治区) followed by more. So the
/// 办公室 of 省扶贫开发领导小组办公室 stays on its name. A name a letterhead spreads
/// out, one character apart (琼 海 市 人 民 政 府), is one name.
enum IssuerNames {
  static func split(_ names: [String]) -> [String] {
    var out: [String] = []
    for name in withoutSpreading(names) {
      for part in name.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "," }) {
        let bodies = centralAbbreviations[String(part)] ?? splitRunTogether(Array(String(part).unicodeScalars))
        for body in bodies where !out.contains(body) { out.append(body) }
      }
    }
    return out
  }

  /// `琼 海 市 人 民 政 府` → `琼海市人民政府`: every piece between spaces, in one name or
  /// as names of their own, is one Han character.
  static func withoutSpreading(_ names: [String]) -> [String] {
    func spread(_ pieces: [Substring]) -> Bool {
      pieces.count >= minimumLength && pieces.allSatisfy { $0.unicodeScalars.count == 1 && ScalarClass.isHan($0.unicodeScalars.first!) }
    }
    if spread(names.map { Substring($0) }) { return [names.joined()] }
    return names.map { name in
      let pieces = name.split(separator: " ")
      return spread(pieces) ? pieces.joined() : name
    }
  }

  /// The abbreviations of the central general offices that headlines use (中办国办印发《…》).
  static let centralAbbreviations: [String: [String]] = [
    "中办": ["中共中央办公厅"], "国办": ["国务院办公厅"], "中办国办": ["中共中央办公厅", "国务院办公厅"],
  ]

  private static let minimumLength = 4

  private static func splitRunTogether(_ name: [Unicode.Scalar]) -> [String] {
    guard name.count >= 2 * minimumLength else { return [String(scalars: name)] }
    for k in minimumLength...(name.count - minimumLength) {
      let first = String(scalars: name[..<k])
      let rest = Array(name[k...])
      guard TitleRules.isIssuerName(first), TitleRules.isIssuerName(String(scalars: rest)),
        startsABody(rest, after: name)
      else { continue }
      return [first] + splitRunTogether(rest)
    }
    return [String(scalars: name)]
  }

  private static func startsABody(_ rest: [Unicode.Scalar], after whole: [Unicode.Scalar]) -> Bool {
    if rest.starts(with: "中共".unicodeScalars) { return true }
    if rest.count >= 3, whole[0] == rest[0], whole[1] == rest[1], whole[2] == rest[2] { return true }
    // A place: its level (省 市 县 区 州 盟 旗) within the first four characters, 自治区/州 within eight.
    let levels: Set<Unicode.Scalar> = ["省", "市", "县", "区", "州", "盟", "旗"]
    if let at = rest.prefix(4).dropFirst(1).firstIndex(where: levels.contains), at < rest.count - 2 { return true }
    if let auto = rest.prefix(7).firstIndex(of: "自"), auto + 1 < rest.count, rest[auto + 1] == "治" { return true }
    // 省财政厅省扶贫办: two bodies of one level, each abbreviated from its level.
    return levels.contains(rest[0]) && levels.contains(whole[0])
  }
}
