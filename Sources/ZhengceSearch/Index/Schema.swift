/// The keyword fields a measure is filed under, besides its analysed text.
///
/// Each value is indexed as one term (no analysis); a query filter matches a
/// field value that contains the filter text, so `province:湖南` finds 湖南省,
/// except in the closed lists (`genre`), where it matches the whole value.
public enum Field: UInt8, CaseIterable, Sendable, Hashable, Codable {
  case province = 1
  case region
  case plugin
  /// Canonical department name and the name as written.
  case department
  /// Department function family (财政, 人社 …); `dept:` also searches it.
  case family
  case role
  case topic
  case year
  case document
  /// The document's kind (文种): `plan`, `opinions`, `funds-notice` … (`DocumentGenre`).
  case genre

  /// The name used in queries (`dept:`) and facet output.
  public var queryName: String {
    switch self {
    case .province: return "province"
    case .region: return "region"
    case .plugin: return "plugin"
    case .department: return "dept"
    case .family: return "family"
    case .role: return "role"
    case .topic: return "topic"
    case .year: return "year"
    case .document: return "doc"
    case .genre: return "genre"
    }
  }

  /// Chinese names a query may use for a field: `文种:方案`.
  public static let chineseQueryNames: [String: Field] = ["文种": .genre]

  /// The field a query name refers to: its `queryName` or a Chinese name.
  public init?(queryName: String) {
    guard let field = Field.allCases.first(where: { $0.queryName == queryName }) ?? Self.chineseQueryNames[queryName]
    else { return nil }
    self = field
  }

  /// Whether a filter must equal a value rather than be part of one: `genre:notice`
  /// is not `funds-notice`.
  public var matchesWholeValue: Bool { self == .genre }
}

/// The first byte of every dictionary key: which kind of term follows.
enum TermSpace: UInt8 {
  /// A gram of the character stream: the UTF-8 of one or two scalars.
  case gram = 1
  /// A folded letter/digit word.
  case word = 2
  /// A keyword field value: the field's raw value, then the value's UTF-8.
  case field = 3
}

extension TermSpace {
  static func gramKey(_ scalars: [UInt32]) -> [UInt8] {
    var key: [UInt8] = [TermSpace.gram.rawValue]
    for v in scalars { appendUTF8(v, to: &key) }
    return key
  }

  static func wordKey(_ word: String) -> [UInt8] { [TermSpace.word.rawValue] + Array(word.utf8) }

  static func fieldKey(_ field: Field, _ value: String) -> [UInt8] {
    [TermSpace.field.rawValue, field.rawValue] + Array(value.utf8)
  }

  static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80: out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    default:
      out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
      out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    }
  }
}
