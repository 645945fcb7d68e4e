/// Digits that OCR read as letters: O or o for 0, l or I for 1, inside a number
/// that a unit or date follows (2O2O年 → 2020年, l0% → 10%). A run counts only
/// when it holds a real digit, no other letter touches it and a unit follows,
/// so O2O模式, COVID-19 and 5G stay as written.
enum OCRDigits {
  static let units = Set("年月日时万亿千百元个人户名家所项次条%亩吨米".unicodeScalars)

  /// Repairs `line` in place; one scalar for one, so offsets do not move.
  static func repair(_ line: inout [Unicode.Scalar]) {
    // Every line is asked and few hold a letter that may be a digit: look for one first, unchecked.
    let mayHold = line.withUnsafeBufferPointer { p in
      p.contains { $0.value < 0x80 && ($0 == "O" || $0 == "o" || $0 == "l" || $0 == "I") }
    }
    guard mayHold else { return }
    var i = 0
    while i < line.count {
      guard isDigitLike(line[i]), i == 0 || !isLetter(line[i - 1]) else {
        i += 1
        continue
      }
      var end = i
      var digits = 0
      var letters = 0
      while end < line.count, isDigitLike(line[end]) {
        if ("0"..."9").contains(line[end]) { digits += 1 } else { letters += 1 }
        end += 1
      }
      if letters > 0, digits > 0, end < line.count, units.contains(line[end]) {
        for k in i..<end {
          switch line[k] {
          case "O", "o": line[k] = "0"
          case "l", "I": line[k] = "1"
          default: break
          }
        }
      }
      i = end
    }
  }

  private static func isDigitLike(_ u: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(u) || u == "O" || u == "o" || u == "l" || u == "I"
  }

  private static func isLetter(_ u: Unicode.Scalar) -> Bool { ("a"..."z").contains(u) || ("A"..."Z").contains(u) }
}
