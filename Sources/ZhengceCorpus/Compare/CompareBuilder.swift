import ZhengceCore

/// Builds a `Comparison` from parsed documents: picks the measures a
/// selector chooses, groups documents into columns, gathers leads and
/// commitments, and lines up indicators.
public struct ComparisonBuilder: Sendable {
  public var grouping: CompareGrouping
  /// Provinces to keep, as users type them (湖南, 辽宁省); empty keeps all.
  /// Given provinces also fix the column order.
  public var provinces: [String]
  public var indicators: IndicatorMatcher

  public init(grouping: CompareGrouping = .province, provinces: [String] = [], indicators: IndicatorMatcher = IndicatorMatcher()) {
    self.grouping = grouping
    self.provinces = provinces
    self.indicators = indicators
  }

  /// - Throws: `CompareError.noDocuments`, or `.noProvince` when no document is from the given provinces.
  public func compare(_ documents: [ParsedDocument], selecting selector: any MeasureSelector) throws(CompareError) -> Comparison {
    guard !documents.isEmpty else { throw .noDocuments }
    var kept = documents
    if !provinces.isEmpty {
      kept = documents.filter { d in provinces.contains { ProvinceName.matches(d.region.province, $0) } }
      guard !kept.isEmpty else {
        let available = Set(documents.map { $0.region.province.map(RegionName.short) ?? "?" }).sorted()
        throw .noProvince(provinces, available: available)
      }
    }
    var columns = groups(kept).map { column(key: $0.key, label: $0.label, documents: $0.documents, selector) }
    let rows = indicators.lineUp(&columns)
    return Comparison(selection: selector.selection, grouping: grouping, columns: columns, indicators: rows)
  }

  /// Documents by column, in column order.
  private func groups(_ documents: [ParsedDocument]) -> [(key: String, label: String, documents: [ParsedDocument])] {
    switch grouping {
    case .doc:
      return documents.map { ($0.id, $0.displayTitle, [$0]) }
    case .province:
      var order: [String] = []
      var members: [String: [ParsedDocument]] = [:]
      for d in documents {
        let key = d.region.province ?? ""
        if members[key] == nil { order.append(key) }
        members[key, default: []].append(d)
      }
      if !provinces.isEmpty {
        let rank = { (key: String) in self.provinces.firstIndex { ProvinceName.matches(key, $0) } ?? Int.max }
        order = order.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
      }
      return order.map { key in (key, key.isEmpty ? "未知地区" : RegionName.short(key), members[key] ?? []) }
    }
  }

  private func column(key: String, label: String, documents: [ParsedDocument], _ selector: any MeasureSelector) -> CompareColumn {
    var measures: [ComparedMeasure] = []
    var commitments: [ComparedCommitment] = []
    for document in documents {
      for measure in document.measures where selector.selects(measure, in: document) {
        measures.append(
          ComparedMeasure(
            id: measure.id, document: document.id, path: measure.path, heading: measure.heading,
            excerpt: measure.heading.isEmpty ? Self.excerpt(measure.text) : "", topics: measure.topics,
            leads: Self.leads(of: measure)))
        var seen: [String: Int] = [:]
        for commitment in measure.commitments {
          commitments.append(indicators.describe(commitment, in: measure, occurrence: seen[commitment.surface, default: 0]))
          seen[commitment.surface, default: 0] += 1
        }
      }
    }
    return CompareColumn(
      key: key, label: label, documents: documents.map { ComparedDocument(id: $0.id, title: $0.displayTitle) },
      measures: measures, leads: Self.families(measures.flatMap(\.leads)), commitments: commitments)
  }

  /// The first sentence, or its first 24 characters and an ellipsis.
  static func excerpt(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let sentence = scalars.prefix { $0 != "。" && $0 != ";" && $0 != "\n" }
    let cut = sentence.prefix(24)
    return String(scalars: cut) + (cut.count < sentence.count ? "…" : "")
  }

  /// The measure's 牵头 departments, or its 负责 ones when none leads.
  static func leads(of measure: Measure) -> [LeadDepartment] {
    let leading = measure.departments.filter { $0.role == .lead }
    let chosen = leading.isEmpty ? measure.departments.filter { $0.role == .responsible } : leading
    var seen: Set<String> = []
    return chosen.filter { seen.insert($0.name).inserted }.map { LeadDepartment(name: $0.name, family: $0.family) }
  }

  /// Departments grouped by family in order of first mention; unknown family last.
  static func families(_ leads: [LeadDepartment]) -> [LeadFamily] {
    var order: [String?] = []
    var names: [String?: [String]] = [:]
    for lead in leads {
      if names[lead.family] == nil { order.append(lead.family) }
      if !(names[lead.family]?.contains(lead.name) ?? false) { names[lead.family, default: []].append(lead.name) }
    }
    let sorted = order.filter { $0 != nil } + order.filter { $0 == nil }
    return sorted.map { LeadFamily(family: $0, departments: names[$0] ?? []) }
  }
}
