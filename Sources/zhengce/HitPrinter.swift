import Foundation
import ZhengceSearch

/// Renders search results: a readable list with highlighted snippets, or JSON Lines.
struct HitPrinter {
  let reader: IndexReader
  let terms: [String]
  let color: Bool

  init(reader: IndexReader, terms: [String], color: Bool) {
    self.reader = reader
    self.terms = terms
    self.color = color
  }

  func printText(_ result: SearchResult, query: String, offset: Int) throws {
    var out = ""
    let shown = result.hits.isEmpty ? "" : " (\(offset + 1)–\(offset + result.hits.count))"
    out += "\(result.total) \(result.total == 1 ? "match" : "matches") for \(query)\(shown)\n"
    for (i, hit) in result.hits.enumerated() {
      let r = try reader.record(hit.doc)
      let spans = Snippet.matchSpans(in: r.text, terms: terms)
      let snippet = Snippet(text: r.text, spans: spans)
      let location = ([r.title.isEmpty ? r.document : r.title] + [r.path.joined(separator: " › ")]).filter { !$0.isEmpty }
      out += "\n\(String(format: "%3d", offset + i + 1))  \(bold(location.joined(separator: "  ")))\n"
      var line2: [String] = []
      if !r.heading.isEmpty { line2.append(r.heading) }
      let leads = r.departments.filter { $0.role == "lead" }.map(\.shownName)
      if !leads.isEmpty { line2.append("牵头: " + leads.joined(separator: "、")) }
      if let province = r.province { line2.append(province) }
      if !line2.isEmpty { out += "     " + line2.joined(separator: " · ") + "\n" }
      out += "     " + highlighted(snippet) + "\n"
      out += "     " + dim(r.id) + "\n"
    }
    if !result.facets.isEmpty { out += "\n" + facetText(result.facets) }
    FileHandle.standardOutput.write(Data(out.utf8))
  }

  func printJSON(_ result: SearchResult, offset: Int) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = Data()
    for (i, hit) in result.hits.enumerated() {
      let r = try reader.record(hit.doc)
      let spans = Snippet.matchSpans(in: r.text, terms: terms)
      let snippet = Snippet(text: r.text, spans: spans)
      let line = HitJSON(
        rank: offset + i + 1, id: r.id, document: r.document, title: r.title, province: r.province, region: r.region,
        plugin: r.plugin, year: r.year, path: r.path, heading: r.heading,
        leads: r.departments.filter { $0.role == "lead" }.map(\.name), topics: r.topics,
        score: (hit.score * 10000).rounded() / 10000, total: result.total, matches: spans.map { [$0.lowerBound, $0.upperBound] },
        snippet: .init(
          text: snippet.text, start: snippet.start, matches: snippet.matches.map { [$0.lowerBound, $0.upperBound] }))
      out += (try? encoder.encode(line)) ?? Data()
      out += Data("\n".utf8)
    }
    if !result.facets.isEmpty {
      var facets: [String: [String: Int]] = [:]
      for f in result.facets { facets[f.field.queryName] = Dictionary(uniqueKeysWithValues: f.values.map { ($0.value, $0.count) }) }
      out += (try? encoder.encode(FacetJSON(total: result.total, facets: facets))) ?? Data()
      out += Data("\n".utf8)
    }
    FileHandle.standardOutput.write(out)
  }

  private func facetText(_ facets: [FacetCount]) -> String {
    facets.map { f in
      let values = f.values.isEmpty ? "—" : f.values.map { "\($0.value) \($0.count)" }.joined(separator: "  ")
      return bold(f.field.queryName) + ": " + values
    }.joined(separator: "\n") + "\n"
  }

  private func highlighted(_ s: Snippet) -> String {
    let scalars = Array(s.text.unicodeScalars)
    var out = s.cutBefore ? "…" : ""
    var at = 0
    func piece(_ r: Range<Int>) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[r])
      return String(v).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }
    for m in s.matches {
      out += piece(at..<m.lowerBound)
      out += color ? "\u{1B}[1;31m" + piece(m) + "\u{1B}[0m" : piece(m)
      at = m.upperBound
    }
    out += piece(at..<scalars.count)
    return out + (s.cutAfter ? "…" : "")
  }

  private func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
  private func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
}

/// One hit of `search --json`; spans are scalar offsets into the measure text.
private struct HitJSON: Encodable {
  struct SnippetJSON: Encodable {
    var text: String
    var start: Int
    var matches: [[Int]]
  }
  var rank: Int
  /// The measure's id (`measure_id`, as in tasks, commitments and export).
  var id: String
  var document: String
  var title: String
  var province: String?
  var region: [String]
  var plugin: String?
  var year: String?
  var path: [String]
  var heading: String
  var leads: [String]
  var topics: [String]
  var score: Double
  var total: Int
  var matches: [[Int]]
  var snippet: SnippetJSON

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rank, forKey: .rank); try c.encode(id, forKey: .id); try c.encode(document, forKey: .document)
    try c.encode(title, forKey: .title); try c.encode(province, forKey: .province); try c.encode(region, forKey: .region)
    try c.encode(plugin, forKey: .plugin); try c.encode(year, forKey: .year); try c.encode(path, forKey: .path)
    try c.encode(heading, forKey: .heading); try c.encode(leads, forKey: .leads); try c.encode(topics, forKey: .topics)
    try c.encode(score, forKey: .score); try c.encode(total, forKey: .total); try c.encode(matches, forKey: .matches)
    try c.encode(snippet, forKey: .snippet)
  }

  enum CodingKeys: String, CodingKey {
    case rank, id = "measure_id", document = "document_id", title, province, region, plugin, year, path, heading, leads, topics, score, total, matches, snippet
  }
}

/// The last line of `search --json --facets`.
private struct FacetJSON: Encodable {
  var total: Int
  var facets: [String: [String: Int]]
}
