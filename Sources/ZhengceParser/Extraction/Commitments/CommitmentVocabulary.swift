import Foundation
import ZhengceCore

/// Units, multipliers and comparator words of numeric commitments, read once from
/// `Rules/commitment-vocabulary.json`.
/// A class, so that the readers and classifiers holding it copy one reference, not its
/// thirty tables.
final class CommitmentVocabulary: Sendable {
  /// A unit as written (个百分点) and the base unit it counts in (百分点).
  struct Unit: Sendable {
    var surface: [Unicode.Scalar]
    var unit: String
    /// False for symbols that never follow a Chinese numeral (%).
    var afterChineseNumeral: Bool
    /// The unit names what is counted (贫困人口 → 人, subject 贫困人口).
    var subject: String?
  }

  struct Word<Value: Sendable>: Sendable {
    var surface: [Unicode.Scalar]
    var value: Value
  }

  struct PrefixComparator: Sendable {
    var surface: [Unicode.Scalar]
    var comparator: ZhengceCore.Comparator
    /// Only binds when written right before the number (约, 最高).
    var adjacentOnly: Bool
  }

  struct SuffixComparator: Sendable {
    var surface: [Unicode.Scalar]
    var comparator: ZhengceCore.Comparator
    /// Only after a duration (30分钟内).
    var timeUnitsOnly: Bool
  }

  /// The lists of words that tell a quantity's kind (see `KindClassifier`), searched together.
  enum KindCue: Int, CaseIterable {
    /// Promises: 确保, 力争, 要.
    case target
    /// Goal verbs, which a review also uses: 达到, 新建.
    case goal
    case baseline
    /// Words of a measure that reviews the past: “十二五”以来, 取得.
    case review
    case allocation
    /// Verbs that hand out, which win over a per-scope norm (每个县安排200万元).
    case allocationVerbs
    case standard
    /// Norm words written after the quantity (每天按6个学时计算).
    case standardAfter
    /// Names of money to be spent (资金, 经费): a sum per scope named so is a share handed
    /// out (每村扶持资金30万元), not a norm.
    case funds
    /// Words of a subsidy (补助, 奖补): a sum per scope named so is a norm (每座补助4万元).
    case subsidy
    /// Words of a reward (奖励): a sum given as one is a norm for whoever earns it
    /// (给予10万元的一次性奖励), unless a verb hands it out.
    case reward
    /// Words of eligibility (符合…条件, 年满): a bound after them in its sentence says who qualifies.
    case eligibility
    /// What a qualifying bound earns, written after it (流转土地在100亩以上…可予一定资金补助).
    case eligibilityAfter
    /// Phrases that hold a cue word but say nothing of the kind (现行标准下, 已建档立卡,
    /// 乡村建设行动): the cues written inside them do not count.
    case notCues
  }

  /// Longest first, so that a longer word wins over its prefix.
  let units: [Unit]
  /// The units by first scalar, longest first within each.
  let unitIndex: ScalarIndex
  let rateDenominators: [[Unicode.Scalar]]
  let multipliers: [Word<Double>]
  let prefixComparators: [PrefixComparator]
  /// The prefix comparators by last scalar, longest first within each.
  let prefixComparatorEnds: ScalarIndex
  let suffixComparators: [SuffixComparator]
  /// Verbs of a change to a target (提高到, 降至), longest first; the lowering ones are also in `lowerVerbs`.
  let raiseVerbs: [[Unicode.Scalar]]
  /// Verbs of a change downwards (降至, 减少到): `…左右` after them is an upper bound.
  let lowerVerbs: [[Unicode.Scalar]]
  /// Units (项, 个) that, with a Chinese numeral and one of `namedConceptNouns`, name a concept.
  let namedConceptCounters: Set<String>
  /// Nouns that make a Chinese count a named concept, not a target: 两项制度, 五个文明.
  let namedConceptNouns: [[Unicode.Scalar]]
  /// Nouns after a duration that make it a span of effort, not a limit: 经过一年时间.
  let spanNouns: [[Unicode.Scalar]]
  let fromMarkers: [[Unicode.Scalar]]
  /// Adverbs between a value and the verb that changes it (由1010元统一调整为1045元).
  let changeAdverbs: [[Unicode.Scalar]]
  let timeUnits: Set<String>
  /// Characters after an Arabic number that are never its unit (的, 年, 号 …): any other
  /// Han character there is a measure word or noun the number counts (7乡, 3批).
  let openUnitStops: Set<Unicode.Scalar>
  /// Measure words that after a lone 一 make a phrase, not a count (一个时期, 一批项目),
  /// unless 每 or 各 distributes it (每位干部包一个村).
  let loneOnePhrases: Set<Unicode.Scalar>
  /// Words that start with 一 and count nothing, even per member (每年表彰一批).
  let oneIsNoCount: [[Unicode.Scalar]]
  /// Nouns of people that make the count before them one of 人 (特困人口, 贫困劳动力).
  let peopleNouns: [[Unicode.Scalar]]
  /// The `KindCue` lists, in their order.
  let kindCues: CueSet
  /// The `review` list, then `notCues`: what is read of a measure before its first
  /// quantity's sentence (a review anywhere makes every figure a fact).
  let reviewCues: CueSet
  /// Words of a heading over a review of the past (规划背景, 发展基础, 现状): every figure
  /// under it is read as in a measure that reviews (`ReviewHeading`).
  let reviewHeadings: [String]

  /// The vocabulary shipped with the parser.
  static let standard: CommitmentVocabulary = {
    guard let data = EmbeddedResources.data("Rules/commitment-vocabulary.json", of: "ZhengceParser")
    else { preconditionFailure("commitment-vocabulary.json is missing from the ZhengceParser bundle") }
    do {
      return try CommitmentVocabulary(json: data)
    } catch {
      preconditionFailure("commitment-vocabulary.json is invalid: \(error)")
    }
  }()

  init(json data: Data) throws {
    let file = try JSONDecoder().decode(File.self, from: data)
    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    func longestFirst<T>(_ xs: [T], _ key: (T) -> [Unicode.Scalar]) -> [T] {
      xs.enumerated().sorted { a, b in
        let (la, lb) = (key(a.element).count, key(b.element).count)
        return la != lb ? la > lb : a.offset < b.offset
      }.map(\.element)
    }
    units = longestFirst(
      file.units.map {
        Unit(surface: scalars($0.surface), unit: $0.unit, afterChineseNumeral: $0.afterChineseNumeral ?? true, subject: $0.subject)
      }, \.surface)
    unitIndex = ScalarIndex(units.map(\.surface))
    rateDenominators = longestFirst(file.rateDenominators.map(scalars), { $0 })
    multipliers = longestFirst(file.multipliers.map { Word(surface: scalars($0.surface), value: $0.factor) }, \.surface)
    prefixComparators = try longestFirst(
      file.prefixComparators.map {
        PrefixComparator(surface: scalars($0.surface), comparator: try Self.comparator($0.comparator), adjacentOnly: $0.adjacentOnly ?? false)
      }, \.surface)
    prefixComparatorEnds = ScalarIndex(prefixComparators.map { $0.surface.reversed() })
    suffixComparators = try longestFirst(
      file.suffixComparators.map {
        SuffixComparator(surface: scalars($0.surface), comparator: try Self.comparator($0.comparator), timeUnitsOnly: $0.timeUnitsOnly ?? false)
      }, \.surface)
    raiseVerbs = longestFirst((file.raiseVerbs + file.lowerVerbs).map(scalars), { $0 })
    lowerVerbs = file.lowerVerbs.map(scalars)
    namedConceptCounters = Set(file.namedConceptCounters)
    namedConceptNouns = longestFirst(file.namedConceptNouns.map(scalars), { $0 })
    spanNouns = file.spanNouns.map(scalars)
    fromMarkers = file.fromMarkers.map(scalars)
    changeAdverbs = longestFirst((file.changeAdverbs ?? []).map(scalars), { $0 })
    timeUnits = Set(file.timeUnits)
    openUnitStops = Set(file.openUnitStops.unicodeScalars)
    loneOnePhrases = Set(file.loneOnePhrases.unicodeScalars)
    oneIsNoCount = file.oneIsNoCount.map(scalars)
    peopleNouns = file.peopleNouns.map(scalars)
    let k = file.kindCues
    kindCues = CueSet(
      KindCue.allCases.map { cue in
        switch cue {
        case .target: k.target
        case .goal: k.goal
        case .baseline: k.baseline
        case .review: k.review
        case .allocation: k.allocation
        case .allocationVerbs: k.allocationVerbs
        case .standard: k.standard
        case .standardAfter: k.standardAfter
        case .funds: k.funds
        case .subsidy: k.subsidy
        case .reward: k.reward
        case .eligibility: k.eligibility
        case .eligibilityAfter: k.eligibilityAfter
        case .notCues: k.notCues
        }
      })
    reviewCues = CueSet([k.review, k.notCues])
    reviewHeadings = k.reviewHeadings
  }

  private static func comparator(_ raw: String) throws -> ZhengceCore.Comparator {
    guard let c = ZhengceCore.Comparator(rawValue: raw) else {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown comparator \(raw)"))
    }
    return c
  }

  private struct File: Decodable {
    struct UnitEntry: Decodable {
      var surface: String
      var unit: String
      var afterChineseNumeral: Bool?
      var subject: String?
    }
    struct Multiplier: Decodable {
      var surface: String
      var factor: Double
    }
    struct ComparatorEntry: Decodable {
      var surface: String
      var comparator: String
      var adjacentOnly: Bool?
      var timeUnitsOnly: Bool?
    }
    var units: [UnitEntry]
    var rateDenominators: [String]
    var multipliers: [Multiplier]
    var prefixComparators: [ComparatorEntry]
    var suffixComparators: [ComparatorEntry]
    var raiseVerbs: [String]
    var lowerVerbs: [String]
    var namedConceptCounters: [String]
    var namedConceptNouns: [String]
    var spanNouns: [String]
    var fromMarkers: [String]
    var changeAdverbs: [String]?
    var timeUnits: [String]
    var openUnitStops: String
    var loneOnePhrases: String
    var oneIsNoCount: [String]
    var peopleNouns: [String]
    var kindCues: KindCueEntries
  }

  private struct KindCueEntries: Decodable {
    var target: [String]
    var goal: [String]
    var baseline: [String]
    var review: [String]
    var allocation: [String]
    var allocationVerbs: [String]
    var standard: [String]
    var standardAfter: [String]
    var funds: [String]
    var subsidy: [String]
    var reward: [String]
    var eligibility: [String]
    var eligibilityAfter: [String]
    var notCues: [String]
    var reviewHeadings: [String]
  }
}
