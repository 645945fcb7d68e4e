import Foundation
import ZhengceCore
import ZhengceParser

/// The shipped corpus, parsed once per test process with the standard pipeline.
enum TopicCorpus {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path

  /// Every shipped document, keyed by file stem.
  static let documents: [String: ParsedDocument] = {
    var out: [String: ParsedDocument] = [:]
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names where name.hasSuffix(".txt") {
      let path = directory + "/" + name
      guard let bytes = try? FileBytes.read(path), let source = try? SourceText.plainText(bytes: bytes, path: path)
      else { continue }
      let document = Parser(registry: .genericOnly).parse(source).document
      out[document.id] = document
    }
    return out
  }()

  /// The measures of `document` at `path` (markers joined by `/`), in order.
  static func measures(_ document: String, _ path: String) -> [Measure] {
    documents[document]?.measures.filter { $0.path.joined(separator: "/") == path } ?? []
  }
}

extension TopicCorpus {
  /// The one measure of `document` at `path`; where the path repeats, the one
  /// whose heading starts with `heading` ("" picks the closing text, which has none).
  static func measure(_ document: String, _ path: String, heading: String? = nil) -> Measure? {
    let found = measures(document, path).filter { m in
      guard let heading else { return true }
      return heading.isEmpty ? m.heading.isEmpty : m.heading.hasPrefix(heading)
    }
    return found.count == 1 ? found.first : nil
  }
}
