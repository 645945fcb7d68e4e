import ZhengceCore

/// Works out a document's province, city and county from its title, issuers and text.
public struct RegionResolver: Sendable {
  public var gazetteer: Gazetteer

  public init(gazetteer: Gazetteer = .standard) {
    self.gazetteer = gazetteer
  }

  /// - Parameters:
  ///   - named: title, issuers and 文号: what the document says it is.
  ///   - body: the whole text, for inferring a city from the counties it names.
  public func resolve(named: [String], body: String) -> Region {
    let names = ByteSearch(named.joined(separator: "\n"))
    var region = Region()
    for province in gazetteer.provinces {
      for city in province.cities {
        if let county = city.counties.first(where: names.contains) {
          return Region(province: province.name, city: city.name, county: county)
        }
        if names.contains(city.name) || city.aliases.contains(where: names.contains) {
          region = Region(province: province.name, city: city.name, county: nil)
        }
      }
    }
    if region.city != nil { return region }
    if let province = gazetteer.provinces.first(where: { p in
      names.contains(p.name) || p.aliases.contains(where: names.contains)
    }) {
      region.province = province.name
    }
    if let inferred = cityFromCounties(body, within: region.province) { return inferred }
    return region
  }

  /// A city-level plan (全市, 我市) that names several counties of one city is that city's.
  func cityFromCounties(_ body: String, within province: String?) -> Region? {
    let text = ByteSearch(body)
    let cityWords = ["全市", "我市", "市委", "市政府"].reduce(0) { $0 + text.count($1) }
    let provinceWords = ["全省", "我省", "省委", "省政府", "全区", "自治区党委"].reduce(0) { $0 + text.count($1) }
    guard cityWords > provinceWords else { return nil }
    var best: (Gazetteer.Province, Gazetteer.City, Int)?
    for p in gazetteer.provinces where province == nil || p.name == province {
      for c in p.cities {
        let named = c.counties.filter { text.contains($0) }.count
        if named >= 2, named > best?.2 ?? 0 { best = (p, c, named) }
      }
    }
    return best.map { Region(province: $0.0.name, city: $0.1.name, county: nil) }
  }
}
