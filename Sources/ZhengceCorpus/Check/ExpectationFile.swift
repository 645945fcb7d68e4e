import Foundation

/// A problem with the input of `zhengce check`: one line naming the file.
public enum CheckError: Error, CustomStringConvertible, Sendable {
  case unreadable(path: String)
  case badRecord(origin: String, reason: String)
  case missingDocument(origin: String, path: String)
  case emptyExpectations(path: String)
  case badBaseline(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path): "\(path): cannot read the file"
    case .badRecord(let origin, let reason): "\(origin): not an expectation record: \(reason)"
    case .missingDocument(let origin, let path): "\(origin): no document at \(path)"
    case .emptyExpectations(let path): "\(path): no expectation records"
    case .badBaseline(let path, let reason): "\(path): not a baseline: \(reason)"
    }
  }
}

/// Reads expectation records, one JSON object per line; blank lines are skipped.
public enum ExpectationFile {
  public static func read(_ path: String) throws(CheckError) -> [DocumentExpectation] {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(path: path)
    }
    var records: [DocumentExpectation] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { continue }
      let origin = "\(path):\(index + 1)"
      do {
        var record = try JSONDecoder().decode(DocumentExpectation.self, from: Data(trimmed.utf8))
        record.origin = origin
        records.append(record)
      } catch {
        throw .badRecord(origin: origin, reason: Self.reason(error))
      }
    }
    guard !records.isEmpty else { throw .emptyExpectations(path: path) }
    return records
  }

  /// A decoding error in a few words: which key and what was wrong.
  static func reason(_ error: any Error) -> String {
    func keys(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
    switch error as? DecodingError {
    case .keyNotFound(let key, let context)?:
      let at = keys(context)
      return "missing key \(at.isEmpty ? "" : at + ".")\(key.stringValue)"
    case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
      return "wrong type at \(keys(context))"
    case .dataCorrupted(let context)?:
      return keys(context).isEmpty ? "invalid JSON" : "invalid value at \(keys(context))"
    default:
      return "\(error)"
    }
  }
}
