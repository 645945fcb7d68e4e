import Foundation
import ZhengceCore
import ZhengceParser

/// Parses the documents that expectation records name and scores each one:
/// what `zhengce check` and the real-world ratchet test run.
public struct ExpectationCheck: Sendable {
  public var parser: CorpusParser

  public init(parser: CorpusParser) {
    self.parser = parser
  }

  /// Where a record's `file` is looked for: in `documents`, else in the folder above it.
  public static func documentPath(_ file: String, documents: String) -> String {
    let folder = URL(fileURLWithPath: documents)
    let direct = folder.appendingPathComponent(file).path
    if FileManager.default.fileExists(atPath: direct) { return direct }
    let above = folder.deletingLastPathComponent().appendingPathComponent(file).path
    return FileManager.default.fileExists(atPath: above) ? above : direct
  }

  /// - Returns: the report over the documents that could be read, and one error
  ///   per record whose document is missing or unreadable.
  public func run(_ expectations: [DocumentExpectation], documents: String) -> (report: CheckReport, errors: [String]) {
    let paths = expectations.map { Self.documentPath($0.file, documents: documents) }
    var errors: [String] = []
    var scores: [DocumentScore] = []
    let scorer = ExpectationScorer()
    for (expectation, outcome) in zip(expectations, parser.parse(paths)) {
      switch outcome {
      case .success(let result): scores.append(scorer.score(expectation, result.document))
      case .failure(let error): errors.append("\(expectation.origin): \(error)")
      }
    }
    return (CheckReport(documents: scores), errors)
  }
}
