import ZhengceCore

/// Splits the text after a marker into its heading and body:
/// `加大财政支持力度。省级…` → heading 加大财政支持力度, with body;
/// `选点要求:在上林县…` → heading 选点要求; `总体要求` → heading only.
struct Heading {
  var title: String
  /// Whether text follows the heading on the same line.
  var hasBody: Bool

  static let maxRunInLength = 60
  static let maxLabelLength = 30
  static let maxStandaloneLength = 60

  init(title: String, hasBody: Bool) {
    self.title = title
    self.hasBody = hasBody
  }

  init(_ rest: ArraySlice<Unicode.Scalar>) {
    var stop: (index: Int, isColon: Bool)?
    for (offset, u) in rest.enumerated() {
      if u == "。" { stop = (offset, false); break }
      if u == ":" {
        if offset <= Self.maxLabelLength { stop = (offset, true) }
        break
      }
      if offset > Self.maxRunInLength { break }
    }
    if let stop, stop.isColon || stop.index <= Self.maxRunInLength {
      let head = rest.prefix(stop.index)
      title = String(scalars: head)
      hasBody = rest.dropFirst(stop.index + 1).contains { $0 != " " }
    } else if rest.count <= Self.maxStandaloneLength {
      var head = rest
      while let last = head.last, last == " " || last == ";" || last == "," { head = head.dropLast() }
      title = String(scalars: head)
      hasBody = false
    } else {
      title = ""
      hasBody = true
    }
  }
}
