/// Hanyu pinyin syllables: an initial and a final, tone marks ignored.
enum Pinyin {
  static let initials: [[UInt8]] = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                                    "r", "z", "c", "s", "y", "w"].map { Array($0.utf8) }
  static let finals: Set<[UInt8]> = Set([
    "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
    "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong",
    "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve", "van", "vn",
  ].map { Array($0.utf8) })

  /// The plain lower-case letter of a pinyin letter, tone mark removed (ü → v); nil otherwise.
  static func baseLetter(_ u: Unicode.Scalar) -> UInt8? {
    switch u.value {
    case 0x61...0x7A: return UInt8(u.value)
    case 0xE0, 0xE1, 0x101, 0x1CE: return UInt8(ascii: "a")
    case 0xE8, 0xE9, 0x113, 0x11B, 0xEA: return UInt8(ascii: "e")
    case 0xEC, 0xED, 0x12B, 0x1D0: return UInt8(ascii: "i")
    case 0xF2, 0xF3, 0x14D, 0x1D2: return UInt8(ascii: "o")
    case 0xF9, 0xFA, 0x16B, 0x1D4: return UInt8(ascii: "u")
    case 0xFC, 0x1D6, 0x1D8, 0x1DA, 0x1DC: return UInt8(ascii: "v")
    default: return nil
    }
  }

  /// Finals that stand without an initial (i, u and ü are written yi, wu, yu).
  static let bareFinals: Set<[UInt8]> = Set(
    ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"].map { Array($0.utf8) })

  /// Whether `letters` are one syllable.
  static func isSyllable(_ letters: ArraySlice<UInt8>) -> Bool {
    if bareFinals.contains(Array(letters)) { return true }
    for initial in initials where letters.starts(with: initial) {
      let rest = letters.dropFirst(initial.count)
      if !rest.isEmpty, finals.contains(Array(rest)) { return true }
    }
    return false
  }

  /// How many syllables `letters` split into (at most 4, shortest split), or nil.
  static func segment(_ letters: ArraySlice<UInt8>) -> Int? {
    if letters.isEmpty { return 0 }
    var best: Int?
    for length in stride(from: min(6, letters.count), through: 1, by: -1) {
      let head = letters.prefix(length)
      guard isSyllable(head), let rest = segment(letters.dropFirst(length)) else { continue }
      let total = rest + 1
      if total <= 4, best.map({ total < $0 }) ?? true { best = total }
    }
    return best
  }
}
