import Foundation
import Testing
@testable import ZhengceParser

@Test func scratchDump() throws {
  let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
  let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
  var out = ""
  let dates = ["guangxi": "2017-07-20", "hunan-2018": nil, "hunan-xiangxi": "2016-01-13", "liaoning": "2019-03-03", "shaanxi": "2020-02-14"]
  for f in files {
    let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
    let date = dates.first { f.hasPrefix($0.key) }?.value ?? nil
    out += "=== \(f)\n"
    for line in text.split(separator: "\n") {
      for c in CommitmentExtractor().extract(from: String(line), documentDate: date) {
        out += "\(c.surface)\t\(c.value)\t\(c.max.map { "\($0)" } ?? "-")\t\(c.from.map { "\($0)" } ?? "-")\t\(c.unit)\t\(c.comparator.rawValue)\t\(c.deadline ?? "-")\t\(c.subject ?? "-")\n"
      }
    }
  }
  try out.write(toFile: "/tmp/commitments-dump.tsv", atomically: true, encoding: .utf8)
}
