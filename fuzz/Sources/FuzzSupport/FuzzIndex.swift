import Foundation
import ZhengceCorpus
import ZhengceSearch

/// A small index written once per harness process, for the harnesses that query one.
public enum FuzzIndex {
  /// Records shaped like real measures (text from the bundled corpus), with provinces to filter on.
  public static let records: [IndexRecord] = [
    record("m1", "湖南", "对符合条件的建档立卡贫困家庭学生,按规定落实教育资助政策。(省教育厅牵头负责)"),
    record("m2", "陕西", "易地扶贫搬迁安置区配套设施建设,由市发改委牵头,市财政局配合。"),
    record("m3", "广西", "到2020年,贫困发生率降至3%以下,农村居民人均可支配收入增长10%。"),
    record("m4", nil, "深度贫困县 COVID-19 O2O模式 宽带覆盖率达到98%"),
  ]

  static func record(_ id: String, _ province: String?, _ text: String) -> IndexRecord {
    IndexRecord(id: id, document: "doc-" + id, title: "标题", province: province, text: text)
  }

  /// Writes `records` as a fresh index under a temporary directory and returns its path.
  public static func write() -> String {
    let directory = NSTemporaryDirectory() + "zhengce-fuzz-\(getpid())"
    try? FileManager.default.removeItem(atPath: directory)
    let writer = IndexWriter()
    writer.add(contentsOf: records)
    do {
      try writer.commit(to: IndexDirectory(path: directory))
    } catch {
      preconditionFailure("fuzz: cannot write the index: \(error)")
    }
    return directory
  }
}
