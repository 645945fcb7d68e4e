import ZhengceCore

/// The note printed under a title with the date the document was adopted or
/// issued: (2016年1月15日中共南宁市第十一届委员会第十四次全体会议通过),
/// ——2021年12月11日日喀则市第二届人民代表大会第二次会议通过, (2000年5月30日 财农字〔2000〕18号)
/// or (内党办发〔2011〕38号 2011年12月31日). The note may run on to the next line;
/// its date opens it, or follows the 文号 that does.
enum TitleNote {
  /// The date of the note on `line`, if it is one.
  static func date(_ line: [Unicode.Scalar]) -> String? {
    var s = line[...]
    if s.first == "(" {
      s = s.dropFirst()
    } else if s.first == "\u{2014}" {
      s = s.drop { $0 == "\u{2014}" }
    } else {
      return nil
    }
    while s.first == " " { s = s.dropFirst() }
    let text = Array(s)
    var start = 0
    if let number = DocNumberScanner.all(in: text).first, number.start == 0 {
      start = number.end
      while start < text.count, text[start] == " " { start += 1 }
    }
    guard let found = DateParser.all(in: text).first, found.start == start else { return nil }
    return found.date
  }
}
