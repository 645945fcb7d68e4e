import Foundation
import ZhengceCore

/// China's administrative divisions: the 31 provincial-level divisions, every
/// prefecture and every county-level division, with their division codes,
/// the short forms documents write (湖南, 湘西州, 巴中) and former names
/// (襄樊市 → 襄阳市, 2010).
///
/// Read from `Rules/gazetteer.tsv`, which `scripts/gazetteer.py` generates from
/// the Ministry of Civil Affairs' codes (see `Rules/gazetteer.README.md`), so
/// that knowing a new county is a data change.
public struct Gazetteer: Sendable, Hashable {
  public enum Level: String, Sendable, Hashable {
    case province, city, county

    /// 0 for a province, 1 for a prefecture, 2 for a county.
    public var depth: Int {
      switch self {
      case .province: 0
      case .city: 1
      case .county: 2
      }
    }
  }

  /// One division.
  public struct Unit: Sendable, Hashable {
    /// Six-digit division code, e.g. 431300.
    public var code: String
    public var name: String
    public var level: Level
    /// Index of the unit directly above: a county's prefecture, or its province
    /// when the province rules it directly (a municipality's districts, 济源市).
    public var parent: Int?
    /// The one-character abbreviation of a province that opens its 文号 (湘, 陕).
    public var abbreviation: String?
    /// Short forms: 湖南, 湘西, 湘西州, 巴中.
    public var shorts: [String]
  }

  /// A name a unit had before a renaming or merger.
  public struct FormerName: Sendable, Hashable {
    public var name: String
    /// Index of the unit that carries it on.
    public var unit: Int
    /// The year of the change.
    public var year: Int
  }

  public private(set) var units: [Unit] = []
  public private(set) var formerNames: [FormerName] = []
  /// Traditional characters of the names and their simplified forms (國 → 国), so
  /// that a document in traditional characters resolves too.
  public private(set) var simplified: [Unicode.Scalar: Unicode.Scalar] = [:]
  private var byCode: [String: Int] = [:]

  /// Reads the records of `gazetteer.tsv` (format in `Rules/gazetteer.README.md`).
  /// - Throws: `GazetteerError` naming the line that is not a record.
  public init(tsv: String) throws(GazetteerError) {
    var pending: [(index: Int, parentCodes: [String])] = []
    for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      switch (fields[0], fields.count) {
      case ("P", 4...):
        add(Unit(code: fields[1], name: fields[2], level: .province, abbreviation: fields[3], shorts: Array(fields[4...])))
      case ("C", 3...):
        add(Unit(code: fields[1], name: fields[2], level: .city, shorts: Array(fields[3...])))
        pending.append((units.count - 1, [Self.provinceCode(fields[1])]))
      case ("D", 3...):
        add(Unit(code: fields[1], name: fields[2], level: .county, shorts: Array(fields[3...])))
        pending.append((units.count - 1, [Self.cityCode(fields[1]), Self.provinceCode(fields[1])]))
      case ("F", 4):
        guard let unit = byCode[fields[1]], let year = Int(fields[3]) else {
          throw .malformed(line: number + 1, reason: "a former name of an unknown code, or no year")
        }
        formerNames.append(FormerName(name: fields[2], unit: unit, year: year))
      case ("T", 2):
        for pair in fields[1].split(separator: " ") {
          let scalars = Array(pair.unicodeScalars)
          guard scalars.count == 2 else { throw .malformed(line: number + 1, reason: "not a character pair: \(pair)") }
          simplified[scalars[0]] = scalars[1]
        }
      default:
        throw .malformed(line: number + 1, reason: "expected P, C, D, F or T and its fields")
      }
    }
    let byCode = self.byCode
    for (index, codes) in pending {
      units[index].parent = codes.compactMap { byCode[$0] }.first { $0 != index }
      guard units[index].parent != nil else {
        throw .malformed(line: 0, reason: "\(units[index].name) (\(units[index].code)) has no province")
      }
    }
  }

  private mutating func add(_ unit: Unit) {
    byCode[unit.code] = units.count
    units.append(unit)
  }

  public func unit(code: String) -> Int? { byCode[code] }

  /// The unit and those above it, the province last.
  public func chain(_ index: Int) -> [Int] {
    var out = [index]
    while let parent = units[out[out.count - 1]].parent { out.append(parent) }
    return out
  }

  /// The province a unit belongs to.
  public func province(of index: Int) -> Int { chain(index).last ?? index }

  static func provinceCode(_ code: String) -> String { String(code.prefix(2)) + "0000" }
  static func cityCode(_ code: String) -> String { String(code.prefix(4)) + "00" }

  /// The bundled gazetteer.
  public static let standard: Gazetteer = {
    guard let data = EmbeddedResources.data("Rules/gazetteer.tsv", of: "ZhengceParser"),
      let text = String(data: data, encoding: .utf8),
      let gazetteer = try? Gazetteer(tsv: text)
    else {
      preconditionFailure("the bundled Rules/gazetteer.tsv is missing or malformed")
    }
    return gazetteer
  }()
}

/// A gazetteer file that cannot be read.
public enum GazetteerError: Error, Equatable, CustomStringConvertible {
  case malformed(line: Int, reason: String)

  public var description: String {
    switch self {
    case .malformed(let line, let reason): "gazetteer.tsv:\(line): \(reason)"
    }
  }
}
