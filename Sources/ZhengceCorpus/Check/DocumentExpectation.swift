import Foundation

/// A field an expectation either leaves unchecked (its key is absent) or pins,
/// `null` included: a pinned null says the text does not state the field, so a
/// value the parser invents there is wrong.
public enum Expected<Value: Sendable & Hashable>: Sendable, Hashable {
  case unchecked
  case pinned(Value?)
}

/// What a careful reader found in one real document: the record `zhengce check`
/// scores the parser against (format in `Tests/Fixtures/realworld/README.md`).
public struct DocumentExpectation: Sendable {
  /// The document's path, relative to the documents folder.
  public var file: String
  /// Kind of document (`plan`, `funds-notice`, `rules` …), for the scoreboard by kind.
  public var kind: String
  /// The same kind as a check of the parser's `genre`: unchecked when the record states no kind.
  public var genre: Expected<String>
  public var title: Expected<String>
  public var noticeTitle: Expected<String>
  public var docNumber: Expected<String>
  public var date: Expected<String>
  public var issuers: Expected<[String]>
  public var province: Expected<String>
  public var city: Expected<String>
  public var county: Expected<String>
  public var level: Expected<String>
  /// Measure paths the outline must contain.
  public var paths: [[String]]
  /// Bodies the text gives a role; nil when the record does not check departments.
  public var departments: [ExpectedDepartment]?
  public var quantities: [ExpectedQuantity]
  /// Where the record stands, for error messages: `file:line`.
  public var origin: String
}

/// A body and the role the text gives it.
public struct ExpectedDepartment: Sendable, Hashable, Decodable {
  /// As written in the text.
  public var name: String
  /// `lead`, `support`, `responsible` or `consulted`.
  public var role: String
}

/// A quantity as the reader states it; optional keys left out are not checked.
public struct ExpectedQuantity: Sendable, Hashable {
  /// The words that state it, a substring of the document.
  public var text: String
  public var value: Double
  public var unit: String
  public var comparator: String
  public var max: Double?
  public var from: Double?
  public var deadline: Expected<String>
  public var kind: Expected<String>
  public var subject: Expected<String>
  /// The scope each unit is for (每户), as written; `null` says the text gives none.
  public var per: Expected<String>
}

extension ExpectedQuantity: Decodable {
  enum CodingKeys: String, CodingKey { case text, value, unit, comparator, max, from, deadline, kind, subject, per }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    text = try c.decode(String.self, forKey: .text)
    value = try c.decode(Double.self, forKey: .value)
    unit = try c.decode(String.self, forKey: .unit)
    comparator = try c.decode(String.self, forKey: .comparator)
    max = try c.decodeIfPresent(Double.self, forKey: .max)
    from = try c.decodeIfPresent(Double.self, forKey: .from)
    deadline = try c.expected(String.self, .deadline)
    kind = try c.expected(String.self, .kind)
    subject = try c.expected(String.self, .subject)
    per = try c.expected(String.self, .per)
  }
}

extension DocumentExpectation: Decodable {
  enum CodingKeys: String, CodingKey {
    case file, kind, title, noticeTitle, docNumber, date, issuers, region, level, paths, departments, quantities
  }
  enum RegionKeys: String, CodingKey { case province, city, county }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    file = try c.decode(String.self, forKey: .file)
    kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? "other"
    genre = try c.expected(String.self, .kind)
    title = try c.expected(String.self, .title)
    noticeTitle = try c.expected(String.self, .noticeTitle)
    docNumber = try c.expected(String.self, .docNumber)
    date = try c.expected(String.self, .date)
    issuers = try c.expected([String].self, .issuers)
    level = try c.expected(String.self, .level)
    if c.contains(.region), try !c.decodeNil(forKey: .region) {
      let r = try c.nestedContainer(keyedBy: RegionKeys.self, forKey: .region)
      province = try r.expected(String.self, .province)
      city = try r.expected(String.self, .city)
      county = try r.expected(String.self, .county)
    } else {
      (province, city, county) = (.unchecked, .unchecked, .unchecked)
    }
    paths = try c.decodeIfPresent([[String]].self, forKey: .paths) ?? []
    departments = try c.decodeIfPresent([ExpectedDepartment].self, forKey: .departments)
    quantities = try c.decodeIfPresent([ExpectedQuantity].self, forKey: .quantities) ?? []
    origin = ""
  }
}

extension KeyedDecodingContainer {
  /// Absent key: unchecked; present (null or not): pinned.
  fileprivate func expected<T: Decodable & Sendable & Hashable>(_ type: T.Type, _ key: Key) throws -> Expected<T> {
    guard contains(key) else { return .unchecked }
    return .pinned(try decodeIfPresent(type, forKey: key))
  }
}
