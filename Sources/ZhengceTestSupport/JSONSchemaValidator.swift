import Foundation

/// Validates JSON against the subset of JSON Schema (2020-12) the contract
/// uses: type (and type lists), const, enum, required, properties, items,
/// pattern, minLength, minimum, and `$ref` to `#/$defs/…`.
public struct JSONSchemaValidator {
  public let schema: JSONValue

  public init(schemaData: Data) throws {
    schema = try JSONDecoder().decode(JSONValue.self, from: schemaData)
  }

  /// A violation: where in the instance, and what is wrong.
  public struct Violation: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
  }

  /// Every violation of `instance` (JSON bytes); [] when valid.
  public func validate(_ instance: Data) throws -> [Violation] {
    var out: [Violation] = []
    check(try JSONDecoder().decode(JSONValue.self, from: instance), against: schema, at: "$", &out)
    return out
  }

  private func resolve(_ s: JSONValue) -> JSONValue {
    guard let ref = s["$ref"]?.stringValue, ref.hasPrefix("#/$defs/"),
      let target = schema["$defs"]?[String(ref.dropFirst("#/$defs/".count))]
    else { return s }
    return target
  }

  private func check(_ value: JSONValue, against raw: JSONValue, at path: String, _ out: inout [Violation]) {
    let s = resolve(raw)
    func fail(_ message: String) { out.append(Violation(path: path, message: message)) }
    if let types = s["type"] {
      let allowed: [String]
      switch types {
      case .string(let t): allowed = [t]
      case .array(let ts): allowed = ts.compactMap(\.stringValue)
      default: allowed = []
      }
      guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
        fail("expected \(allowed.joined(separator: "|")), got \(value)")
        return
      }
    }
    if let constant = s["const"], constant != value { fail("expected const \(constant)") }
    if case .array(let options)? = s["enum"], !options.contains(value) { fail("\(value) not in enum") }
    if case .string(let string) = value {
      if case .number(let min)? = s["minLength"], Double(string.count) < min { fail("shorter than \(min)") }
      if let pattern = s["pattern"]?.stringValue {
        let regex = try? NSRegularExpression(pattern: pattern)
        if regex?.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil {
          fail("\"\(string)\" does not match \(pattern)")
        }
      }
    }
    if case .number(let n) = value, case .number(let minimum)? = s["minimum"], n < minimum {
      fail("\(n) below minimum \(minimum)")
    }
    if case .object(let object) = value {
      if case .array(let required)? = s["required"] {
        for key in required.compactMap(\.stringValue) where object[key] == nil { fail("missing required \"\(key)\"") }
      }
      if case .object(let properties)? = s["properties"] {
        for (key, sub) in properties { if let v = object[key] { check(v, against: sub, at: "\(path).\(key)", &out) } }
      }
    }
    if case .array(let array) = value, let items = s["items"] {
      for (i, element) in array.enumerated() { check(element, against: items, at: "\(path)[\(i)]", &out) }
    }
  }

  static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("string", .string), ("boolean", .bool), ("object", .object), ("array", .array),
      ("number", .number):
      return true
    case ("integer", .number(let n)): return n.rounded() == n
    default: return false
    }
  }
}
