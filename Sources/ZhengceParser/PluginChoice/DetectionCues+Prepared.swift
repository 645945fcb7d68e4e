import ZhengceCore

extension DetectionCues {
  /// A manifest's detection evidence prepared once per registry: region short
  /// names, 文号 prefixes longest first, and the words looked for in the head.
  struct Prepared: Sendable {
    var shorts: [HeadWords.Word] = []
    var docNumberPrefixes: [String]
    /// For each department that is not a region's own body: its name, then its aliases.
    var departments: [[HeadWords.Word]] = []
    var words: [HeadWords.Word] = []

    init(_ manifest: PluginManifest, words headWords: inout HeadWords) {
      var seen: Set<String> = []
      for name in [manifest.province].compactMap({ $0 }) + manifest.regions where !name.isEmpty {
        // Counties are left to the region resolver: their short forms are too often
        // other words (城中区 → 城中), and a province has a hundred of them to look for.
        let county = (name.hasSuffix("县") || name.hasSuffix("区") || name.hasSuffix("旗")) && !name.hasSuffix("自治区")
        guard !county else { continue }
        let short = RegionName.short(name)
        guard seen.insert(short).inserted else { continue }
        shorts.append(headWords.add(short))
      }
      docNumberPrefixes = manifest.cues.docNumberPrefixes.sorted { $0.count > $1.count }
      for entry in manifest.departments where !"省市州县区".contains(entry.name.first ?? "省") {
        departments.append(([entry.name] + entry.aliases).map { headWords.add($0) })
      }
      words = manifest.cues.words.filter { !$0.isEmpty }.map { headWords.add($0) }
    }
  }
}

/// The words detection looks for in a document's title, issuers and head,
/// matched in one pass over each instead of one search per word.
struct HeadWords: Sendable {
  /// A word and its index among the words.
  struct Word: Sendable {
    var text: String
    var id: Int
  }

  private var ids: [String: Int] = [:]
  private var matcher = PhraseMatcher()

  /// Registers `text` (once) and returns it with its id.
  mutating func add(_ text: String) -> Word {
    if let id = ids[text] { return Word(text: text, id: id) }
    let id = ids.count
    ids[text] = id
    matcher.insert(text, id: id)
    return Word(text: text, id: id)
  }

  /// For each word id, whether the word occurs in `head` (an empty word never does).
  func found(in head: String) -> [Bool] {
    var found = [Bool](repeating: false, count: ids.count)
    guard !ids.isEmpty else { return found }
    matcher.forEachOccurrence(in: [Unicode.Scalar](scalarsOf: head)[...]) { found[$0] = true }
    return found
  }
}

/// The detection input prepared once: which of the registry's words the
/// title, the issuers and the head contain, each found in one pass.
struct DetectionTexts {
  private let titleHas: [Bool]
  private let issuersHave: [Bool]
  /// For each of the registry's head words, whether the head contains it.
  private let headHas: [Bool]

  init(_ input: DetectionInput, headWords: HeadWords) {
    titleHas = headWords.found(in: input.title)
    // A newline between issuers keeps a word from spanning two of them.
    issuersHave = headWords.found(in: input.issuers.joined(separator: "\n"))
    headHas = headWords.found(in: input.head)
  }

  func inTitle(_ word: HeadWords.Word) -> Bool { titleHas[word.id] }
  func inIssuers(_ word: HeadWords.Word) -> Bool { issuersHave[word.id] }
  func inHead(_ word: HeadWords.Word) -> Bool { headHas[word.id] }
}
