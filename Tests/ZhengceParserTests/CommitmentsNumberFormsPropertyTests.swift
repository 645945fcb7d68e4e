import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Random numbers written in every supported form read back exactly; random text without
/// numerals yields no quantity. A fixed seed, so a failure replays.
@Suite struct CommitmentsNumberFormsPropertyTests {
  typealias Generator = SeededRandom

  /// One number as a document may write it, and the value and unit it stands for.
  struct Written {
    var text: String
    var value: Double
    var unit: String
  }

  static func chinese(_ n: Int) -> String {
    precondition(n > 0 && n < 100_000_000)
    let digits = Array("零一二三四五六七八九")
    func section(_ n: Int) -> String {
      var out = ""
      var zero = false
      for (place, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = n / place % 10
        if d == 0 {
          zero = !out.isEmpty
          continue
        }
        if zero { out.append("零") }
        zero = false
        out += String(digits[d]) + name
      }
      return out
    }
    let high = n / 10_000
    let low = n % 10_000
    var out = high > 0 ? section(high) + "万" : ""
    if low > 0 { out += (high > 0 && low < 1000 ? "零" : "") + section(low) }
    if out.hasPrefix("一十") { out.removeFirst() }
    return out == "二" ? "两" : out
  }

  static func fullWidth(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { ("0"..."9").contains($0) ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
  }

  static func grouped(_ n: Int) -> String {
    var s = String(n)
    var k = s.count - 3
    while k > 0 {
      s.insert(",", at: s.index(s.startIndex, offsetBy: k))
      k -= 3
    }
    return s
  }

  static func random(_ rng: inout Generator) -> Written {
    let n = Int.random(in: 1...99_999, using: &rng)
    let cents = Int.random(in: 1...99, using: &rng)
    switch Int.random(in: 0..<7, using: &rng) {
    case 0: return Written(text: "\(n)元", value: Double(n), unit: "元")
    case 1: return Written(text: "\(n)万元", value: Double(n) * 10_000, unit: "元")
    case 2: return Written(text: "\(n).\(cents < 10 ? "0" : "")\(cents)亿元", value: (Double(n) + Double(cents) / 100) * 100_000_000, unit: "元")
    case 3: return Written(text: "\(n) 万人", value: Double(n) * 10_000, unit: "人")
    case 4: return Written(text: fullWidth("\(n)户"), value: Double(n), unit: "户")
    case 5: return Written(text: grouped(n) + "亩", value: Double(n), unit: "亩")
    default: return Written(text: chinese(n) + "户", value: Double(n), unit: "户")
    }
  }

  @Test func chineseNumeralsAreWrittenAsDocumentsWriteThem() {
    #expect(Self.chinese(2) == "两")
    #expect(Self.chinese(15) == "十五")
    #expect(Self.chinese(1005) == "一千零五")
    #expect(Self.chinese(20_300) == "二万零三百")
  }

  @Test func everyFormReadsBackExactly() {
    let extractor = CommitmentExtractor()
    forEachRandomInput(seed: 20_161_203, count: 3_000) { random in
      let written = Self.random(&random)
      let text = "全县共安排\(written.text),用于产业发展。"
      let found = extractor.extract(from: text, documentDate: "2019-01-01")
      #expect(found.count == 1, "\(text)")
      guard let c = found.first else { return }
      #expect(abs(c.value - written.value) <= abs(written.value) * 1e-12, "\(text) → \(c.value)")
      #expect(c.unit == written.unit, "\(text) → \(c.unit)")
    }
  }

  /// Common characters of policy text, none a numeral, a multiplier or 半.
  static let words = Array("的是在和了有为对政策推进建设发展农村扶贫资金项目工作加强完善落实管理服务群众企业县市省部门实施到年月日底前以上下左右约多余成倍番翻户人元个名家所项次亩米天")

  @Test func textWithoutNumeralsHasNoQuantity() {
    let extractor = CommitmentExtractor()
    forEachRandomInput(seed: 20_190_218, count: 3_000) { random in
      let text = random.text(of: Self.words.map(String.init), count: 1...40)
      #expect(extractor.extract(from: text, documentDate: "2019-01-01").isEmpty, "\(text)")
    }
  }
}
