/// A small RFC 4180 reader for the tests.
public enum CSV {
  public static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    chars.append("\n")
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\r\n" || c == "\n" {
        row.append(field)
        field = ""
        if row != [""] { rows.append(row) }
        row = []
      } else {
        field.append(c)
      }
      i += 1
    }
    return rows
  }
}
