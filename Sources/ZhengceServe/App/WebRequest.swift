import Foundation

/// A GET request as the app sees it: the decoded path and the query
/// parameters, nothing else. Independent of the HTTP server, so pages and the
/// API can be tested without opening a socket.
public struct WebRequest: Sendable {
  /// The percent-decoded path, without the query.
  public var path: String
  /// Query parameters in order, percent- and `+`-decoded.
  public var parameters: [(name: String, value: String)]

  public init(path: String, parameters: [(name: String, value: String)] = []) {
    self.path = path
    self.parameters = parameters
  }

  /// Parses a request target (`/search?q=%E6%89%B6`).
  /// - Returns: nil when the path or a parameter is not valid percent-encoded UTF-8.
  public init?(target: String) {
    let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    guard let rawPath = parts.first, let path = String(rawPath).removingPercentEncoding else { return nil }
    var parameters: [(String, String)] = []
    if parts.count == 2 {
      for pair in parts[1].split(separator: "&") where !pair.isEmpty {
        let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        func decode(_ s: Substring) -> String? { s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
        guard let name = decode(nameValue[0]), let value = nameValue.count == 2 ? decode(nameValue[1]) : "" else { return nil }
        parameters.append((name, value))
      }
    }
    self.init(path: path, parameters: parameters)
  }

  /// The first value of `name`, nil when absent or blank.
  public func value(_ name: String) -> String? {
    guard let v = parameters.first(where: { $0.name == name })?.value else { return nil }
    let trimmed = v.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// A whole-number parameter, `fallback` when absent; nil when present and not a number.
  public func integer(_ name: String, default fallback: Int) -> Int? {
    guard let text = value(name) else { return fallback }
    return Int(text)
  }

  /// The page language: English with `lang=en`, else Chinese.
  public var language: Language { value("lang") == "en" ? .en : .zh }
}

/// The two languages of the pages.
public enum Language: String, Sendable {
  case zh, en
}
