import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceSearch

/// `zhengce search QUERY`: ranked measures with highlighted snippets; `--batch` for the benchmark protocol.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search measures: exact substrings, AND/OR/NOT, field filters.",
    discussion: """
      Terms and "quoted phrases" match as exact substrings. Combine with AND (or a space), OR, \
      NOT or -, and parentheses. Filters: province: region: plugin: dept: family: role: topic: year: doc: \
      genre: (a filter matches values containing its text; dept: also takes aliases and abbreviations, 市人社局, \
      resolved through the plugins' registries; genre:, also written 文种:, takes a whole kind of document: \
      plan opinions funds-notice notice announcement rules work-points task-division assessment program \
      decision other, or its Chinese name, 方案 意见 通知 …).
      Example: 易地扶贫搬迁 province:湖南 -"深度贫困"
      A query that begins with - (a negation) goes after --: zhengce search -- -金融 扶贫
      Exit status: 0 when something matched, 1 when nothing did, 2 on an error.
      """)

  // Unrecognized words are kept so that a negation later in the query (扶贫 -搬迁) needs no --;
  // validate() rejects those that look like options (--jsn).
  @Argument(parsing: .allUnrecognized, help: "The query: words, \"phrases\", AND/OR/NOT and filters (after -- when it begins with -).")
  var query: [String] = []

  @OptionGroup var color: ColorOption

  @Option(help: "Index directory (default: $ZHENGCE_INDEX, else the bundled corpus, indexed on first use).")
  var index: String?

  @Flag(help: "Print hits as JSON Lines with match spans.")
  var json = false

  // Unconditional: `--limit -1` reaches validate() and its message instead of "missing value".
  @Option(parsing: .unconditional, help: "Hits to show (0: all).")
  var limit = 10

  @Option(parsing: .unconditional, help: "Best hits to skip.")
  var offset = 0

  @Flag(help: "Count matches by province, department family, role, year and topic.")
  var facets = false

  @Flag(help: "Read one JSON query per stdin line, write {\"ids\", \"total\"} per line.")
  var batch = false

  @Flag(help: "With --batch: answer with the best hits alone, without counting every match (\"total\" is null).")
  var noTotal = false

  func validate() throws {
    guard limit >= 0, offset >= 0 else { throw ValidationError("--limit and --offset must be ≥ 0") }
    guard batch || !noTotal else { throw ValidationError("--no-total goes with --batch") }
    let options = Self.longOptions
    for word in query.prefix(while: { $0 != "--" }) where Self.looksLikeAnOption(word) {
      let nearest = KnownNames.nearest(word, among: options, limit: 1).first
      throw ValidationError(
        "unknown option '\(word)'" + (nearest.map { "; did you mean '\($0)'?" } ?? "")
          + " (a query that begins with - goes after --: zhengce search -- \(word))")
    }
  }

  /// `--json`, `--limit` …: this command's options, for "did you mean".
  private static var longOptions: [String] {
    SearchCommand.helpMessage().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "=" })
      .filter { $0.hasPrefix("--") && $0.count > 2 }.map(String.init)
  }

  /// `-x` or `--xyz` (ASCII after the dash) is an option; `-搬迁` is a negation.
  private static func looksLikeAnOption(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars.prefix(2))
    return scalars.count == 2 && scalars[0] == "-" && (scalars[1] == "-" || scalars[1].properties.isAlphabetic && scalars[1].isASCII)
  }

  /// The query's words, without the `--` that ends the options.
  private var words: [String] {
    guard let dash = query.firstIndex(of: "--") else { return query }
    return Array(query[..<dash] + query[(dash + 1)...])
  }

  func run() throws {
    try GrepStatus.run {
      let registry = try Self.registry()
      let reader = try openIndex(registry: registry)
      let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
      if batch {
        QueryMemory.keepFreedBuffers()
        try BatchRunner(searcher: searcher, counts: !noTotal).run()
        return true
      }
      let text = words.joined(separator: " ")
      let parsed: Query
      do {
        parsed = try QueryParser.policy.parse(text)
      } catch let error as QueryError {
        Console.error("\(error)")
        if isatty(STDERR_FILENO) == 1 { Console.note(error.pointer) }
        throw ExitCode(2)
      }
      // The department registries take a fifth of a one-off search's time to build: only a dept: filter needs them.
      let expanded = parsed.hasFilter(on: .department) ? DepartmentQueryExpansion(registry: registry).expand(parsed) : parsed
      let result = try searcher.search(expanded, limit: limit, offset: offset, facets: facets)
      let printer = HitPrinter(reader: reader, terms: parsed.positiveTerms, color: color.enabled)
      if json {
        try printer.printJSON(result, offset: offset)
      } else {
        try printer.printText(result, query: text, offset: offset)
      }
      return result.total > 0
    }
  }

  /// The built-in plugins and those on $ZHENGCE_PLUGIN_PATH: they parse the
  /// bundled corpus for its index, and give `dept:` its aliases. A manifest
  /// that cannot be used is the error `parse` and `index` print, with status 2.
  private static func registry() throws -> PluginRegistry {
    do {
      return try PluginOptions.registry()
    } catch {
      Console.error("\(error)")
      throw ExitCode(2)
    }
  }

  private func openIndex(registry: PluginRegistry) throws -> IndexReader {
    if let named = Environment.current.namedIndex(index) { return try IndexReader(directory: named) }
    return try DefaultIndex.open(indexer: PluginOptions.indexer(registry: registry)).reader
  }
}

/// The benchmark protocol's query loop: one answer line per non-blank input line,
/// flushed at once. A line that is not a query is named on stderr (`stdin:N: …`)
/// and answered with `BatchQuery.errorAnswer`; the loop goes on. A damaged
/// index stops it: no answer is given from a part whose checksum failed.
struct BatchRunner {
  let searcher: Searcher
  /// Whether each answer counts every match; without, a query with a limit
  /// gets its best hits alone (`Searcher.best`) and a null total.
  var counts = true

  /// - Throws: `IndexError.corrupt` naming a part of the index a query reads.
  func run() throws(IndexError) {
    var number = 0
    // Lines are read as bytes: `readLine` would repair bytes that are not UTF-8, which the protocol refuses.
    var input = StandardInput()
    while let line = input.nextLine() {
      number += 1
      if let text = String(validating: line, as: UTF8.self), text.allSatisfy(\.isWhitespace) { continue }
      switch BatchQuery.parse(line) {
      case .success(let q):
        guard counts || q.limit == 0 else {
          let hits = try searcher.best(q.query, limit: q.limit)
          emit(BatchQuery.answer(ids: hits.map { searcher.reader.id($0.doc) }, total: nil))
          continue
        }
        let result = try searcher.search(q.query, limit: q.limit)
        emit(BatchQuery.answer(ids: result.hits.map { searcher.reader.id($0.doc) }, total: result.total))
      case .failure(let error):
        Console.error("stdin:\(number): \(error.message)")
        emit(BatchQuery.errorAnswer("line \(number): \(error.message)"))
      }
    }
  }

  private func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
