import ZhengceCore

/// Numbers as a Chinese reader expects them: grouped by thousands, money in
/// 万元/亿元 (30000000元 → 3,000万元), 倍 for `times`.
enum NumberText {
  /// 19000 → "19,000"; 2.5 → "2.5".
  static func grouped(_ value: Double) -> String {
    let negative = value < 0
    let magnitude = abs(value)
    let whole = magnitude.rounded(.down)
    var fraction = ""
    let rest = ((magnitude - whole) * 100).rounded()
    if rest > 0, rest < 100 {
      fraction = "." + (Int(rest) % 10 == 0 ? String(Int(rest) / 10) : String(format2(Int(rest))))
    }
    let digits = whole < 1e18 ? String(Int64(whole)) : String(whole)
    var out = ""
    for (i, c) in digits.reversed().enumerated() {
      if i > 0, i % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return (negative ? "-" : "") + String(out.reversed()) + fraction
  }

  static func grouped(_ value: Int) -> String { grouped(Double(value)) }

  private static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

  /// A value with its unit: 3,000万元, 95%, 2倍.
  static func quantity(_ value: Double, unit: String, language: Language) -> String {
    switch unit {
    case "元" where abs(value) >= 1e8: return grouped(value / 1e8) + "亿元"
    case "元" where abs(value) >= 1e4: return grouped(value / 1e4) + "万元"
    case "times": return grouped(value) + (language == .zh ? "倍" : "×")
    default: return grouped(value) + unit
    }
  }

  /// A commitment read out: ≥ 95%, 3,000万元, 80%–90%, 提高到 95%(原 80%).
  static func commitment(_ c: Commitment, language: Language) -> String {
    let main = quantity(c.value, unit: c.unit, language: language)
    switch c.comparator {
    case .equal: return main
    case .atLeast: return "≥ " + main
    case .above: return "> " + main
    case .atMost: return "≤ " + main
    case .below: return "< " + main
    case .approximately: return (language == .zh ? "约 " : "≈ ") + main
    case .range: return main + (c.max.map { "–" + quantity($0, unit: c.unit, language: language) } ?? "")
    case .to:
      let from = c.from.map { quantity($0, unit: c.unit, language: language) }
      return (language == .zh ? "提高到 " : "to ") + main + (from.map { language == .zh ? "(原 \($0))" : " (from \($0))" } ?? "")
    }
  }
}
