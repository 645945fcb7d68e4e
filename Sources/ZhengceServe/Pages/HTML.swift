import Foundation

/// Markup whose interpolated strings are escaped: `"<td>\(name)</td>" as HTML`
/// writes `name` as text, whatever it holds, while interpolated `HTML` values
/// go in as markup. Every page is built from it, so a document's
/// `<script>` can only ever be shown, never run.
public struct HTML: Sendable, ExpressibleByStringInterpolation {
  public private(set) var source: String

  public init(stringLiteral value: String) { source = value }
  init(raw: String) { source = raw }
  public init(stringInterpolation: StringInterpolation) { source = stringInterpolation.out }

  public struct StringInterpolation: StringInterpolationProtocol {
    var out = ""
    public init(literalCapacity: Int, interpolationCount: Int) { out.reserveCapacity(literalCapacity * 2) }
    public mutating func appendLiteral(_ literal: String) { out += literal }
    public mutating func appendInterpolation(_ text: String) { out += HTML.escape(text) }
    public mutating func appendInterpolation(_ markup: HTML) { out += markup.source }
    public mutating func appendInterpolation(_ parts: [HTML]) { for p in parts { out += p.source } }
    public mutating func appendInterpolation(_ number: Int) { out += String(number) }
  }

  /// Text made safe for element content and quoted attribute values.
  public static func escape(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      switch s {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "'": out.append(contentsOf: "&#39;".unicodeScalars)
      default: out.append(s)
      }
    }
    return String(out)
  }

  /// Markup joined without separators.
  static func join(_ parts: [HTML], separator: HTML = "") -> HTML {
    HTML(raw: parts.map(\.source).joined(separator: separator.source))
  }
}

/// Builds `path?name=value&…` with every value percent-encoded; the result
/// is plain text, escaped again when it is interpolated into an attribute.
struct Link {
  static func to(_ path: String, _ parameters: [(String, String?)]) -> String {
    let pairs = parameters.compactMap { name, value -> String? in
      guard let value, !value.isEmpty else { return nil }
      return name + "=" + encode(value)
    }
    return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
  }

  static func encode(_ value: String) -> String {
    value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
  }

  private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
