/// A text file that holds a web page's markup: a content management system's
/// field saved as `.txt`, its paragraphs in `<p>…</p>` after a few plain
/// metadata lines (发文机关:…). Read as text, its tags are words and the whole
/// body one paragraph; `DocumentLoader` reads it through the HTML reader
/// instead, each plain line kept as a line.
enum MarkupInText {
  /// Fewest paragraph or line-break tags that make a text markup.
  static let minimumTags = 3

  /// Whether `text` holds at least `minimumTags` of `<p>`, `<p …>`, `</p>`,
  /// `<br>`, `<br/>`, `<div` or `</div>` (in any case).
  static func holdsMarkup(_ text: String) -> Bool {
    // Every text file loaded passes here: its bytes are read in place, not copied.
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var i = 0
      while i + 3 < bytes.count {
        if bytes[i] == UInt8(ascii: "<"), isBlockTag(bytes, at: i + 1) {
          count += 1
          if count >= minimumTags { return true }
        }
        i += 1
      }
      return false
    }
  }

  /// `text` as an HTML page whose plain line breaks are `<br>`s.
  static func page(_ text: String) -> String {
    "<html><head><meta charset=\"utf-8\"></head><body><div>"
      + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>\n")
      + "</div></body></html>"
  }

  private static func isBlockTag(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    var j = i
    if b[j] == UInt8(ascii: "/") { j += 1 }
    func lower(_ k: Int) -> UInt8 { k < b.count ? b[k] | 0x20 : 0 }
    func ends(_ k: Int) -> Bool { k < b.count && (b[k] == UInt8(ascii: ">") || b[k] == UInt8(ascii: " ") || b[k] == UInt8(ascii: "/")) }
    if lower(j) == UInt8(ascii: "p"), ends(j + 1) { return true }
    if lower(j) == UInt8(ascii: "b"), lower(j + 1) == UInt8(ascii: "r"), ends(j + 2) { return true }
    return lower(j) == UInt8(ascii: "d") && lower(j + 1) == UInt8(ascii: "i") && lower(j + 2) == UInt8(ascii: "v") && ends(j + 3)
  }
}
