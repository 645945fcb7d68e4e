/// The data half of a plugin: what a province's documents look like and how
/// they name their departments. Read from `manifest.json` (`manifestVersion: 1`);
/// every key but `manifestVersion` and `id` may be left out and takes its default.
public struct PluginManifest: Sendable, Hashable, Codable {
  public static let highestSupportedVersion = 1

  public var manifestVersion: Int
  public var id: String
  public var name: String
  /// Full province name, e.g. 湖南省; nil for the generic plugin.
  public var province: String?
  /// Cities, prefectures and counties the plugin covers.
  public var regions: [String]
  /// Detection cues besides the region names.
  public var cues: DetectionCues
  /// Complete department names as written (湖南银监局, 民政部, 市人社局).
  public var departments: [DepartmentEntry]
  /// Department names after a level prefix (财政厅 → 省财政厅, 市财政厅).
  public var bodies: [DepartmentEntry]
  /// Function families (财政, 人社 …) with the stems that identify them.
  public var families: [DepartmentFamily]
  /// Level prefixes (省 → 省, 州 → 市, 县区 → 县).
  public var levels: [LevelPrefix]
  /// Endings that make a phrase department-like (厅, 局, 部门 …).
  public var suffixes: [String]
  /// Phrases that stand for departments without naming one (相关部门, 各地).
  public var placeholders: [String]
  /// How the documents state lead, support and responsibility.
  public var roles: RolePhrasings
  /// Page chrome lines to drop (分享到:, 责任编辑 …): a line starting with one is removed.
  public var boilerplate: [String]
  /// Extra topic phrases by topic id, `{"产业扶贫": {"魔芋": 2}}`; a new id opens a new topic.
  public var topics: [String: [String: Double]]
  /// Compiled stages the plugin adds to the pipeline, by name (built-in plugins).
  public var stages: [StageReference]

  public init(
    id: String, name: String, province: String? = nil, regions: [String] = [],
    cues: DetectionCues = DetectionCues(), departments: [DepartmentEntry] = [],
    bodies: [DepartmentEntry] = [], families: [DepartmentFamily] = [], levels: [LevelPrefix] = [],
    suffixes: [String] = [], placeholders: [String] = [], roles: RolePhrasings = RolePhrasings(),
    boilerplate: [String] = [], topics: [String: [String: Double]] = [:], stages: [StageReference] = []
  ) {
    self.manifestVersion = Self.highestSupportedVersion
    self.id = id
    self.name = name
    self.province = province
    self.regions = regions
    self.cues = cues
    self.departments = departments
    self.bodies = bodies
    self.families = families
    self.levels = levels
    self.suffixes = suffixes
    self.placeholders = placeholders
    self.roles = roles
    self.boilerplate = boilerplate
    self.topics = topics
    self.stages = stages
  }

  /// Every top-level key a manifest may write, in reference order.
  public static let keys = CodingKeys.allCases.map(\.rawValue)

  enum CodingKeys: String, CodingKey, CaseIterable {
    case manifestVersion, id, name, province, regions, cues, departments, bodies, families, levels
    case suffixes, placeholders, roles, boilerplate, topics, stages
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    manifestVersion = try c.decode(Int.self, forKey: .manifestVersion)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
    province = try c.decodeIfPresent(String.self, forKey: .province)
    regions = try c.decodeIfPresent([String].self, forKey: .regions) ?? []
    cues = try c.decodeIfPresent(DetectionCues.self, forKey: .cues) ?? DetectionCues()
    departments = try c.decodeIfPresent([DepartmentEntry].self, forKey: .departments) ?? []
    bodies = try c.decodeIfPresent([DepartmentEntry].self, forKey: .bodies) ?? []
    families = try c.decodeIfPresent([DepartmentFamily].self, forKey: .families) ?? []
    levels = try c.decodeIfPresent([LevelPrefix].self, forKey: .levels) ?? []
    suffixes = try c.decodeIfPresent([String].self, forKey: .suffixes) ?? []
    placeholders = try c.decodeIfPresent([String].self, forKey: .placeholders) ?? []
    roles = try c.decodeIfPresent(RolePhrasings.self, forKey: .roles) ?? RolePhrasings()
    boilerplate = try c.decodeIfPresent([String].self, forKey: .boilerplate) ?? []
    topics = try c.decodeIfPresent([String: [String: Double]].self, forKey: .topics) ?? [:]
    stages = try c.decodeIfPresent([StageReference].self, forKey: .stages) ?? []
  }
}

/// A compiled stage a manifest adds, and the stage it runs after.
public struct StageReference: Sendable, Hashable, Codable {
  /// The stage's name, e.g. `shaanxi.annexTasks`.
  public var name: String
  /// The stage it follows, e.g. `departments`.
  public var after: String

  public init(name: String, after: String) {
    self.name = name
    self.after = after
  }
}

/// Words that point a document to a plugin besides its region names.
public struct DetectionCues: Sendable, Hashable, Codable {
  /// How the plugin's 文号 begin: 湘, 湘政办发, 州发, 安 …
  public var docNumberPrefixes: [String]
  /// Other words in the title or issuers: 三湘, 八桂 …
  public var words: [String]

  public init(docNumberPrefixes: [String] = [], words: [String] = []) {
    self.docNumberPrefixes = docNumberPrefixes
    self.words = words
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    docNumberPrefixes = try c.decodeIfPresent([String].self, forKey: .docNumberPrefixes) ?? []
    words = try c.decodeIfPresent([String].self, forKey: .words) ?? []
  }
}

/// One department of a registry: its canonical name and how else it is written.
public struct DepartmentEntry: Sendable, Hashable, Codable {
  /// Canonical name: 市人力资源和社会保障局, or 人力资源和社会保障局 for a body.
  public var name: String
  /// Other spellings: 市人社局, 人社局.
  public var aliases: [String]
  /// Function family id (财政, 人社 …).
  public var family: String?
  /// 中央, 省, 市, 县, 乡镇, 村; bodies take the level of their prefix.
  public var level: String?
  /// The canonical name of the body that succeeded this one (省卫生计生委 → 省卫生健康委员会).
  public var renamedTo: String?
  /// Year of the renaming.
  public var renamedIn: Int?

  public init(
    name: String, aliases: [String] = [], family: String? = nil, level: String? = nil,
    renamedTo: String? = nil, renamedIn: Int? = nil
  ) {
    self.name = name
    self.aliases = aliases
    self.family = family
    self.level = level
    self.renamedTo = renamedTo
    self.renamedIn = renamedIn
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    family = try c.decodeIfPresent(String.self, forKey: .family)
    level = try c.decodeIfPresent(String.self, forKey: .level)
    renamedTo = try c.decodeIfPresent(String.self, forKey: .renamedTo)
    renamedIn = try c.decodeIfPresent(Int.self, forKey: .renamedIn)
  }
}

/// A function family shared by departments across levels and provinces.
public struct DepartmentFamily: Sendable, Hashable, Codable {
  /// 财政, 人社, 扶贫 …
  public var id: String
  /// Stems that identify the family inside a department name (人社, 人力资源, 乡村振兴).
  public var keywords: [String]

  public init(id: String, keywords: [String] = []) {
    self.id = id
    self.keywords = keywords
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    keywords = try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
  }
}

/// A prefix that gives a department its administrative level.
public struct LevelPrefix: Sendable, Hashable, Codable {
  public var prefix: String
  public var level: String

  public init(prefix: String, level: String) {
    self.prefix = prefix
    self.level = level
  }
}

/// The phrasings that assign roles, as data.
public struct RolePhrasings: Sendable, Hashable, Codable {
  /// 牵头负责, 牵头组织, 牵头 …
  public var lead: [String]
  /// 协同配合, 配合, 参与 …
  public var support: [String]
  /// 负责, 具体负责 …
  public var responsible: [String]
  /// 分别: every listed lead acts separately.
  public var separately: [String]
  /// Column or label names: 牵头单位 / 配合单位 / 责任单位.
  public var leadLabels: [String]
  public var supportLabels: [String]
  public var responsibleLabels: [String]
  /// A document's own rule that the first listed body leads (列第一位者为牵头部门).
  public var firstListedLeads: [String]
  /// The same rule's words that make the other listed bodies support (其他为主要参加单位);
  /// without them they keep the role their verb gives (负责).
  public var othersSupport: [String]
  /// Tasks that make the body given them the lead (X负责…的牵头抓总).
  public var leadTasks: [String]
  /// Words before bodies whose advice is taken (结合, 征求), and the advice after them (建议, 意见).
  public var consultedBefore: [String]
  public var consultedAfter: [String]
  /// Words between a body and the bodies it works with (A会同B、C…): A leads, the others support.
  public var jointly: [String]

  public init(
    lead: [String] = [], support: [String] = [], responsible: [String] = [], separately: [String] = [],
    leadLabels: [String] = [], supportLabels: [String] = [], responsibleLabels: [String] = [],
    firstListedLeads: [String] = [], othersSupport: [String] = [], leadTasks: [String] = [],
    consultedBefore: [String] = [], consultedAfter: [String] = [], jointly: [String] = []
  ) {
    self.lead = lead
    self.support = support
    self.responsible = responsible
    self.separately = separately
    self.leadLabels = leadLabels
    self.supportLabels = supportLabels
    self.responsibleLabels = responsibleLabels
    self.firstListedLeads = firstListedLeads
    self.othersSupport = othersSupport
    self.leadTasks = leadTasks
    self.consultedBefore = consultedBefore
    self.consultedAfter = consultedAfter
    self.jointly = jointly
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    lead = try c.decodeIfPresent([String].self, forKey: .lead) ?? []
    support = try c.decodeIfPresent([String].self, forKey: .support) ?? []
    responsible = try c.decodeIfPresent([String].self, forKey: .responsible) ?? []
    separately = try c.decodeIfPresent([String].self, forKey: .separately) ?? []
    leadLabels = try c.decodeIfPresent([String].self, forKey: .leadLabels) ?? []
    supportLabels = try c.decodeIfPresent([String].self, forKey: .supportLabels) ?? []
    responsibleLabels = try c.decodeIfPresent([String].self, forKey: .responsibleLabels) ?? []
    firstListedLeads = try c.decodeIfPresent([String].self, forKey: .firstListedLeads) ?? []
    othersSupport = try c.decodeIfPresent([String].self, forKey: .othersSupport) ?? []
    leadTasks = try c.decodeIfPresent([String].self, forKey: .leadTasks) ?? []
    consultedBefore = try c.decodeIfPresent([String].self, forKey: .consultedBefore) ?? []
    consultedAfter = try c.decodeIfPresent([String].self, forKey: .consultedAfter) ?? []
    jointly = try c.decodeIfPresent([String].self, forKey: .jointly) ?? []
  }
}
