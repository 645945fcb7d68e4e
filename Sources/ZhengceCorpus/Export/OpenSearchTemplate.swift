import Foundation
import ZhengceCore

/// The composable index template (`PUT _index_template/zhengce`) for the
/// measures `zhengce export --format opensearch` writes: text and headings
/// through a CJK bigram analyzer, departments, roles, topics and regions as
/// keywords (exact filters and facets), dates as dates, quantities nested.
/// `dynamic: strict` makes the cluster refuse a field the mapping does not declare.
public enum OpenSearchTemplate {
  /// The index the bulk lines name; the template matches it and any `zhengce-measures-*`.
  public static let index = "zhengce-measures"

  /// The analyzer for Chinese text: the standard tokenizer cuts CJK runs into
  /// characters, `cjk_width` folds full-width forms, `cjk_bigram` joins
  /// neighbours into bigrams (a character standing alone stays a unigram).
  static var analyzer: [String: Any] {
    [
      "type": "custom", "tokenizer": "standard", "filter": ["cjk_width", "lowercase", "cjk_bigram"],
    ]
  }

  static func keyword() -> [String: Any] { ["type": "keyword"] }
  static func text() -> [String: Any] { ["type": "text", "analyzer": "zhengce_cjk"] }
  /// Text searched by bigrams and also filterable as a whole (`title.raw`).
  static func textAndKeyword() -> [String: Any] {
    ["type": "text", "analyzer": "zhengce_cjk", "fields": ["raw": ["type": "keyword", "ignore_above": 512]]]
  }
  /// A full date, or a year or month alone (a deadline of 2020 or 2020-06).
  static func partialDate() -> [String: Any] { ["type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy"] }

  static var properties: [String: Any] {
    [
      "id": keyword(), "document_id": keyword(), "title": textAndKeyword(), "notice_title": textAndKeyword(),
      "genre": keyword(), "genre_source": keyword(), "doc_number": keyword(), "date": ["type": "date", "format": "yyyy-MM-dd"], "issuers": keyword(),
      "province": keyword(), "city": keyword(), "county": keyword(), "region_level": keyword(), "region_code": keyword(),
      "plugin": keyword(), "path": keyword(), "kind": keyword(), "heading": text(), "text": text(),
      "topics": keyword(), "departments": keyword(), "families": keyword(), "roles": keyword(), "leads": keyword(),
      "due_text": keyword(), "due_date": partialDate(),
      "quantities": [
        "type": "nested",
        "properties": [
          "surface": keyword(), "value": ["type": "double"], "max": ["type": "double"], "from": ["type": "double"],
          "unit": keyword(), "comparator": keyword(), "deadline": partialDate(), "subject": text(), "per": keyword(),
          "kind": keyword(),
        ] as [String: Any],
      ] as [String: Any],
    ]
  }

  /// The template body, pretty-printed with sorted keys.
  public static var json: String {
    let body: [String: Any] = [
      "index_patterns": [index, index + "-*"],
      "template": [
        "settings": ["analysis": ["analyzer": ["zhengce_cjk": analyzer]]],
        "mappings": ["dynamic": "strict", "properties": properties] as [String: Any],
      ] as [String: Any],
      "_meta": ["generator": "zhengce export --format opensearch", "schemaVersion": ParsedDocument.currentSchemaVersion],
    ]
    let data = (try? JSONSerialization.data(withJSONObject: body, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
