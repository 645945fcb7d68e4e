import ZhengceCore

/// A title run into the text of its line, where a page flattened a document into
/// one paragraph: 重庆市人民政府办公厅关于…的通知 各区县(自治县、市)人民政府,… (a space
/// ends it, which normalisation removed between Han characters), or a listing's entry
/// 临沂市人民政府关于…的通知2023-12-27临政字〔2023〕133号… (a date glued after it, which
/// dates the page). Read from the first line of text only, when the head has no
/// title of its own, and only from the line's first scalars.
struct RunInTitle {
  var title: String
  var line: Int
  /// The date glued after the title.
  var date: String?

  /// Scalars of the line read for the title and the date after it.
  static let window = 120

  init?(_ lines: [TextLine], in head: Range<Int>, skipping used: Set<Int>) {
    guard let i = head.first(where: { !used.contains($0) && lines[$0].scalars.contains(where: ScalarClass.isHan) }) else {
      return nil
    }
    if let (title, date) = Self.runIn(lines[i]) {
      self.title = title
      self.date = date
      line = i
      return
    }
    // The issuing body printed on a line of its own above the flattened title
    // (山东省人民政府 ⏎ 关于…的通知 鲁政字〔2012〕33号 各市人民政府,…) is part of it.
    let next = i + 1
    guard next < head.upperBound, !used.contains(next), TitleRules.isIssuerLine(lines[i].text),
      lines[next].scalars.starts(with: "关于".unicodeScalars), let (title, date) = Self.runIn(lines[next])
    else { return nil }
    self.title = lines[i].text + title
    self.date = date
    line = next
  }

  /// The title a line opens with, ended by a gap or a date glued after it, and that date.
  private static func runIn(_ line: TextLine) -> (title: String, date: String?)? {
    let scalars = line.scalars
    let sources = line.sources
    let window = Array(scalars.prefix(Self.window))
    // The title ends where the page had a space (the scalars on either side come from
    // scalars apart) or where a date follows it, before any punctuation of a sentence.
    let sentence = window.firstIndex { ",。;:!?".unicodeScalars.contains($0) } ?? window.count
    let gap = (1..<max(1, sentence)).first { sources[$0] - sources[$0 - 1] > 1 }
    let found = DateParser.all(in: window).first.flatMap { $0.start < sentence ? $0 : nil }
    guard let cut = [gap, found?.start].compactMap({ $0 }).min() else { return nil }
    let prefix = String(scalars: window[..<cut])
    guard cut >= TitleBlock.minimumLength, cut <= 100, TitleRules.endsWithKind(prefix),
      !TitleBlock.opensWithANumber(prefix), !TitleBlock.isLabelledHeadline(prefix), !prefix.contains("《") || prefix.contains("》")
    else { return nil }
    return (prefix, found.flatMap { $0.start == cut ? $0.date : nil })
  }
}
