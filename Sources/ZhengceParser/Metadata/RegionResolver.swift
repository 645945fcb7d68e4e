import ZhengceCore

/// Works out where a document comes from: province, city and county, with the
/// evidence for each.
///
/// Clues are read from the strongest to the weakest: the issuers and the
/// signature, the 文号 (湘 → 湖南省), the title, metadata rows, and last the
/// places the body names, weighted. The first clue that places the document
/// decides; the body places it deeper only when the issuers (市财政局) or the
/// body's own words (全市, 我县) say a deeper level. A document of central bodies (国务院, ministries) is
/// national and belongs to no province. A name that several units share
/// (朝阳区: 北京 and 长春) counts only where the other clues settle which one:
/// it is never guessed.
public struct RegionResolver: Sendable {
  public let gazetteer: Gazetteer
  let names: PlaceNames

  /// How much of the body is read for mentions: a document's own place is named
  /// in its opening pages, and a long annex adds cost, not evidence.
  public static let bodyLimit = 3_000

  /// The resolver over the bundled gazetteer, its automaton built once per process.
  public static let standard = RegionResolver()

  public init(gazetteer: Gazetteer = .standard) {
    self.gazetteer = gazetteer
    names = PlaceNames(gazetteer)
  }

  /// The region of the document `clues` describe.
  public func resolve(_ clues: RegionClues) -> RegionResolution {
    if let why = CentralBodies.national(clues, simplified: gazetteer.simplified) {
      return RegionResolution(region: Region(level: .national), evidence: [why])
    }
    let mentions = names.mentions(in: [Unicode.Scalar](scalarsOf: clues.body, limit: Self.bodyLimit))
    if clues.issuers.isEmpty, mentions.addressedToAllProvinces {
      return RegionResolution(region: Region(level: .national), evidence: ["addressed to 各省、自治区、直辖市: national"])
    }
    var evidence: [String] = []
    var anchor: Int?
    var anchorTier = Tier.body
    var pending: (candidates: [Int], why: String)?
    func consider(_ place: Place?, _ tier: Tier) {
      guard anchor == nil, let place else { return }
      if place.candidates.count == 1 {
        anchor = place.candidates[0]
        anchorTier = tier
        evidence.append(place.why)
      } else if pending == nil {
        pending = (place.candidates, place.why)
      }
    }
    for issuer in clues.issuers { consider(names.place(in: issuer, tier: .issuers), .issuers) }
    if let docNumber = clues.docNumber { consider(place(opening: docNumber, mentions), .docNumber) }
    for title in clues.titles where Self.readsAsTitle(title) {
      consider(names.place(in: title, tier: .title), .title)
    }
    for row in clues.metadata where row.unicodeScalars.count <= 40 { consider(names.place(in: row, tier: .metadata), .metadata) }

    var openLevel: Gazetteer.Level?
    if let (candidates, why) = pending {
      let within = anchor.map { a in candidates.filter { gazetteer.chain($0).contains(a) } } ?? candidates
      let parents = Set(within.compactMap { gazetteer.units[$0].parent })
      let settled = within.count == 1 ? within[0] : mentions.mostNamed(Array(parents)).flatMap { parent in
        within.first { gazetteer.units[$0].parent == parent }
      }
      if let settled {
        anchor = settled
        evidence.append("\(why), settled by \(anchorTier == .body ? "the body" : "the \(anchorTier.rawValue)")")
      } else if anchor == nil, let common = commonAncestor(candidates) {
        anchor = common
        evidence.append("\(why): several units, all in \(gazetteer.units[common].name)")
      } else {
        evidence.append("\(why): several units; left open")
        let levels = Set(candidates.map { gazetteer.units[$0].level })
        if anchor == nil, levels.count == 1 { openLevel = levels.first }
      }
    }
    let wanted = CentralBodies.issuerLevel(clues.issuers)
    if anchorTier != .issuers, let deeper = cityOrCounty(opening: clues.docNumber, under: anchor) {
      anchor = deeper.unit
      evidence.append(deeper.why)
    }
    // Below the place a clue gave, the body leads only where the issuers or its own words say a deeper level.
    let deeperWanted = anchor.map { a in
      (wanted ?? mentions.spokenLevel).map { $0.depth > gazetteer.units[a].level.depth } ?? false
    } ?? true
    if deeperWanted, let deeper = mentions.deepest(
      under: anchor, level: wanted, gazetteer)
    {
      anchor = deeper.unit
      evidence.append(deeper.why)
    }
    if anchor == nil, let level = openLevel ?? wanted ?? mentions.spokenLevel {
      // No place named, but the issuers (省财政厅) or the body (全省, 我县) say the level.
      let said = openLevel != nil || wanted != nil ? "the issuers speak" : "the body speaks"
      return RegionResolution(region: Region(level: RegionLevel(rawValue: level.rawValue)), evidence: evidence + ["\(said) as a \(level.rawValue)"])
    }
    return resolution(anchor, evidence: evidence)
  }

  /// Whether a title is one: not the addressees (各市、县财政局:) nor a paragraph
  /// of the body taken for a title (long, or with a full stop).
  static func readsAsTitle(_ title: String) -> Bool {
    !title.hasSuffix(":") && !title.hasSuffix("：") && !title.contains("。") && title.unicodeScalars.count <= 100
  }

  private func resolution(_ unit: Int?, evidence: [String]) -> RegionResolution {
    guard let unit else { return RegionResolution(evidence: evidence) }
    var region = Region()
    for index in gazetteer.chain(unit) {
      let u = gazetteer.units[index]
      switch u.level {
      case .province: region.province = u.name
      case .city: region.city = u.name
      case .county: region.county = u.name
      }
    }
    let u = gazetteer.units[unit]
    region.level = RegionLevel(rawValue: u.level.rawValue)
    region.code = u.code
    return RegionResolution(region: region, evidence: evidence)
  }

  /// The place a 文号's first character stands for: 湘政函〔2018〕45号 → 湖南省.
  /// The character also opens cities' 文号 (青政发: 青海省, or 青岛市): the body's
  /// mentions choose among them, and the province stands when they do not.
  func place(opening docNumber: String, _ mentions: Mentions) -> Place? {
    guard let first = docNumber.unicodeScalars.first.map({ gazetteer.simplified[$0] ?? $0 }),
      let province = names.provincesByAbbreviation[first]
    else { return nil }
    let cities = gazetteer.units.indices.filter {
      gazetteer.units[$0].level == .city && gazetteer.units[$0].name.unicodeScalars.first == first
    }
    let chosen = mentions.mostNamed([province] + cities) ?? province
    return Place(candidates: [chosen], why: "文号 \(docNumber) opens with \(first): \(gazetteer.units[chosen].name)")
  }

  /// A city or county the 文号's first character names unambiguously within the
  /// known place: 安脱贫发 in 陕西省 → 安康市 (no other city there begins with 安);
  /// or its second, after the province's own: 津滨教体 in 天津市 → 滨海新区.
  func cityOrCounty(opening docNumber: String?, under anchor: Int?) -> (unit: Int, why: String)? {
    guard let docNumber, let anchor, gazetteer.units[anchor].level != .county else { return nil }
    let code = Array(docNumber.unicodeScalars.prefix(2))
    guard code.count == 2 else { return nil }
    let province = names.provincesByAbbreviation[code[0]]
    guard province == nil || province == anchor else { return nil }
    let first = province == nil ? code[0] : code[1]
    let children = names.children[anchor] ?? []
    let opening = children.filter { gazetteer.units[$0].name.unicodeScalars.first == first }
    guard opening.count == 1 else { return nil }
    return (opening[0], "文号 \(docNumber) opens with \(String(String.UnicodeScalarView(code.prefix(province == nil ? 1 : 2)))): \(gazetteer.units[opening[0]].name)")
  }

  /// The deepest unit above all of `units`, if they share one.
  func commonAncestor(_ units: [Int]) -> Int? {
    guard let first = units.first else { return nil }
    return gazetteer.chain(first).first { ancestor in units.allSatisfy { gazetteer.chain($0).contains(ancestor) } }
  }
}

/// The clues in the order of their strength.
enum Tier: String, Sendable {
  case issuers, docNumber = "文号", title, metadata, body
}

/// A unit a clue names, or the units it may name when several share the name.
struct Place: Sendable {
  var candidates: [Int]
  var why: String
}
