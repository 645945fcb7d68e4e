import Foundation
import ZhengceCorpus
import ZhengceSearch

/// The JSON bodies of `/api/*`. Records are the CLI's own types
/// (`SearchHitRecord`, `ParsedDocument`, `TaskRow`, `Comparison`), encoded
/// with sorted keys as `--json` does. `<`, `>` and `&` are written as
/// `\u003c` … (the same JSON), so no answer is ever markup, whatever a browser guesses.
enum APIJSON {
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{\"error\":\"unencodable\"}" }
    var out = String.UnicodeScalarView()
    // Outside strings JSON has none of these characters, so every one is inside a string.
    for s in String(decoding: data, as: UTF8.self).unicodeScalars {
      switch s {
      case "<": out.append(contentsOf: "\\u003c".unicodeScalars)
      case ">": out.append(contentsOf: "\\u003e".unicodeScalars)
      case "&": out.append(contentsOf: "\\u0026".unicodeScalars)
      default: out.append(s)
      }
    }
    return String(out)
  }

  static func error(_ error: WebError) -> String { encode(["error": error.message]) }

  /// `/api/search`: the page of hits, the total and the facet counts.
  struct SearchAnswer: Encodable {
    var total: Int
    var hits: [SearchHitRecord]
    var facets: [String: [String: Int]]

    init(_ answer: ZhengceServe.SearchAnswer) {
      total = answer.total
      hits = answer.hits
      var facets: [String: [String: Int]] = [:]
      for f in answer.facets { facets[f.field.name] = Dictionary(uniqueKeysWithValues: f.values.map { ($0.value, $0.count) }) }
      self.facets = facets
    }
  }

  /// `/api/tasks`: a page of rows, the number of rows and whether the document limit cut them short.
  struct TaskAnswer: Encodable {
    var total: Int
    var capped: Bool
    var rows: [TaskRow]
  }
}
