/// Why a comparison cannot be made (thrown; the CLI prints one line).
public enum CompareError: Error, Hashable, CustomStringConvertible {
  case unknownTopic(String, known: [String])
  case emptyQuery
  case badQuery(String)
  case noDocuments
  case noProvince([String], available: [String])

  public var description: String {
    switch self {
    case .unknownTopic(let name, let known):
      return "unknown topic '\(name)'; known topics: \(known.joined(separator: ", "))"
    case .emptyQuery:
      return "the query is empty; give words to look for, or --topic NAME"
    case .badQuery(let message):
      return message
    case .noDocuments:
      return "no documents to compare"
    case .noProvince(let asked, let available):
      return "no document from \(asked.joined(separator: ", ")); the documents are from \(available.joined(separator: ", "))"
    }
  }
}
