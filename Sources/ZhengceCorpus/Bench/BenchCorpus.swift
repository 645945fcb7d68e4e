import ZhengceCore
import ZhengceSearch

/// A deterministic synthetic corpus for `zhengce bench`: measures made by
/// recombining runs of sentences from the bundled documents, and a fixed query set.
public struct BenchCorpus: Sendable {
  /// Sentences of the source documents, in order.
  public let sentences: [String]

  /// Splits the documents at `paths` into sentences (at 。;!? and line ends).
  public init(paths: [String]) throws(SourceError) {
    var out: [String] = []
    for path in paths {
      let text = try DocumentLoader.load(path).text
      var current = String.UnicodeScalarView()
      for s in text.unicodeScalars {
        if s == "\n" || s == "\r" {
          if current.count > 1 { out.append(String(current)) }
          current = String.UnicodeScalarView()
          continue
        }
        current.append(s)
        if s == "。" || s == ";" || s == "!" || s == "?" || s == ";" {
          if current.count > 1 { out.append(String(current)) }
          current = String.UnicodeScalarView()
        }
      }
      if current.count > 1 { out.append(String(current)) }
    }
    sentences = out
  }

  static let provinces = ["湖南省", "广西壮族自治区", "辽宁省", "陕西省", "贵州省", "云南省", "四川省", "甘肃省", "河北省", "江西省"]

  /// `count` measures of about 730 bytes each (uniform 240–1220), made of one to three runs of sentences.
  public func records(count: Int, seed: UInt64 = 42) -> [IndexRecord] {
    var rng = SplitMix64(seed: seed)
    var out: [IndexRecord] = []
    out.reserveCapacity(count)
    guard !sentences.isEmpty else { return [] }
    for i in 0..<count {
      let target = Int.random(in: 240...1220, using: &rng)
      var text = ""
      var bytes = 0
      var runs = 0
      while bytes < target {
        var k = Int.random(in: 0..<sentences.count, using: &rng)
        runs += 1
        while bytes < target, k < sentences.count, runs <= 3 || bytes == 0 {
          text += sentences[k]
          bytes += sentences[k].utf8.count
          k += 1
          if Int.random(in: 0..<6, using: &rng) == 0 { break }
        }
        if runs > 3 { break }
      }
      let province = Self.provinces[Int.random(in: 0..<Self.provinces.count, using: &rng)]
      out.append(IndexRecord(id: "m\(i)", document: "d\(i / 25)", province: province, text: text))
    }
    return out
  }

  static let fixedTerms = [
    "易地扶贫搬迁", "深度贫困", "低保", "产业扶贫", "教育扶贫", "健康扶贫", "牵头负责", "建档立卡", "兜底保障", "财政",
    "贫困村", "基础设施", "就业", "危房改造", "小额信贷", "光伏", "电商", "2020年", "驻村帮扶", "生态补偿",
  ]

  /// A fixed query set: domain terms, random 2–6 character substrings of the
  /// records, pairs of them, and some with a province filter; top 10 each.
  public func queries(count: Int, records: [IndexRecord], seed: UInt64 = 7) -> [BatchQuery] {
    var rng = SplitMix64(seed: seed)
    var out: [BatchQuery] = []
    guard !records.isEmpty else { return [] }
    func substring() -> String {
      while true {
        let scalars = Array(records[Int.random(in: 0..<records.count, using: &rng)].text.unicodeScalars)
        let n = Int.random(in: 2...6, using: &rng)
        guard scalars.count > n else { continue }
        let start = Int.random(in: 0...(scalars.count - n), using: &rng)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[start..<(start + n)])
        let s = String(v)
        if !s.unicodeScalars.contains(where: { $0.properties.isWhitespace }) { return s }
      }
    }
    for i in 0..<count {
      let province = Int.random(in: 0..<5, using: &rng) == 0
        ? Self.provinces[Int.random(in: 0..<Self.provinces.count, using: &rng)] : nil
      switch i % 4 {
      case 0: out.append(BatchQuery(terms: [Self.fixedTerms[(i / 4) % Self.fixedTerms.count]], province: province))
      case 3: out.append(BatchQuery(terms: [substring(), substring()], province: province))
      default: out.append(BatchQuery(terms: [substring()], province: province))
      }
    }
    return out
  }
}
