import Foundation

/// The expectations that passed when the baseline was written, one
/// `file<TAB>key` a line, sorted. A later run that fails one of them has
/// regressed; one that passes more has improved and writes the baseline anew.
public struct CheckBaseline: Sendable, Equatable {
  public var passing: Set<String>

  public init(passing: Set<String>) {
    self.passing = passing
  }

  public static func read(_ path: String) throws(CheckError) -> CheckBaseline {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(path: path)
    }
    var passing: Set<String> = []
    for (index, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
      guard line.contains("\t") else { throw .badBaseline(path: path, reason: "line \(index + 1) has no TAB") }
      passing.insert(String(line))
    }
    return CheckBaseline(passing: passing)
  }

  public var text: String {
    "# zhengce check baseline: the expectations that pass (file<TAB>key); written by `zhengce check --write-baseline` (scripts/update-accuracy.sh)\n"
      + passing.sorted().map { $0 + "\n" }.joined()
  }

  /// Keys that passed in the baseline and fail now.
  public func regressions(in report: CheckReport) -> [String] {
    passing.subtracting(report.passingKeys).sorted()
  }

  /// Keys that pass now and are not in the baseline.
  public func improvements(in report: CheckReport) -> [String] {
    report.passingKeys.subtracting(passing).sorted()
  }
}

extension CheckBaseline {
  /// Writes the baseline atomically: readers see the old one or the whole new one.
  public func write(to path: String) throws(ExportError) {
    let file = try AtomicFile(target: path)
    do {
      try file.append(Array(text.utf8))
      try file.commit()
    } catch {
      file.discard()
      throw error
    }
  }
}
