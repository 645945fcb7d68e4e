import Foundation
import ZhengceCorpus
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
      let r = try reader.record(hit.doc, as: IndexRecord.self)
      let spans = Snippet.matchSpans(in: r.text, terms: terms)
      let snippet = Snippet(text: r.text, spans: spans)
      let location = ([r.title.isEmpty ? r.document : r.title] + [r.path.joined(separator: " › ")]).filter { !$0.isEmpty }
      out += "\n\(String(format: "%3d", offset + i + 1))  \(bold(location.joined(separator: "  ")))\n"
      var line2: [String] = []
      if !r.heading.isEmpty { line2.append(r.heading) }
      let leads = r.departments.filter { $0.role == .lead }.map(\.shownName)
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
      let line = SearchHitRecord(try reader.record(hit.doc, as: IndexRecord.self), hit: hit, rank: offset + i + 1, total: result.total, terms: terms)
      out += (try? encoder.encode(line)) ?? Data()
      out += Data("\n".utf8)
    }
    if !result.facets.isEmpty {
      var facets: [String: [String: Int]] = [:]
      for f in result.facets { facets[f.field.name] = Dictionary(uniqueKeysWithValues: f.values.map { ($0.value, $0.count) }) }
      out += (try? encoder.encode(FacetJSON(total: result.total, facets: facets))) ?? Data()
      out += Data("\n".utf8)
    }
    FileHandle.standardOutput.write(out)
  }

  private func facetText(_ facets: [FacetCount]) -> String {
    facets.map { f in
      let values = f.values.isEmpty ? "—" : f.values.map { "\($0.value) \($0.count)" }.joined(separator: "  ")
      return bold(f.field.name) + ": " + values
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

/// The last line of `search --json --facets`.
private struct FacetJSON: Encodable {
  var total: Int
  var facets: [String: [String: Int]]
}
