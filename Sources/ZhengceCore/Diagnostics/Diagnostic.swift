/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable {
  case note, warning, error
}

/// A stable identifier for a kind of diagnostic, e.g. `department.unregistered`.
public struct DiagnosticID: Sendable, Hashable, Codable, RawRepresentable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
}

/// Something odd about a document, reported instead of thrown.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public var id: DiagnosticID
  public var severity: Severity
  public var message: String
  /// Where in the normalised text, when it can be said.
  public var span: TextSpan?

  public init(_ id: DiagnosticID, _ severity: Severity, _ message: String, span: TextSpan? = nil) {
    self.id = id
    self.severity = severity
    self.message = message
    self.span = span
  }

  public var description: String {
    let at = span.map { "@\($0.start)-\($0.end) " } ?? ""
    return "\(severity.rawValue): \(at)[\(id)] \(message)"
  }
}
