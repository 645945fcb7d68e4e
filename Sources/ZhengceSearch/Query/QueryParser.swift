/// Parses the query language:
///
/// ```
/// query   := or
/// or      := and ("OR" and)*
/// and     := unary (["AND"] unary)*
/// unary   := ("NOT" | "-") unary | primary
/// primary := "(" or ")" | FIELD ":" (WORD | PHRASE) | PHRASE | WORD
/// ```
///
/// A WORD runs to whitespace, a parenthesis or a quote; a PHRASE is `"…"`.
/// Both are exact substrings. A FIELD is a field of the schema, by its name
/// (ASCII letters) or an alias; the schema may turn the value into the one
/// indexed (`牵头` → `lead`).
public struct QueryParser: Sendable {
  /// Deepest nesting of parentheses accepted; the parser and the searcher recurse once per level.
  public static let maxDepth = 100

  /// The fields filters may name.
  public let schema: Schema

  public init(schema: Schema) { self.schema = schema }

  /// Parses `query`; repeated terms are dropped (`a a a` is `a`).
  /// - Throws: `QueryError` for bad syntax, or for a query beyond `QueryLimits`
  ///   (checked before any work that grows with the query's length).
  public func parse(_ query: String) throws(QueryError) -> Query {
    var length = 0
    for _ in query.unicodeScalars {
      length += 1
      if length > QueryLimits.maxLength { break }
    }
    if QueryLimits.lengthProblem(length) != nil {
      throw QueryError("query longer than \(QueryLimits.maxLength) characters", column: QueryLimits.maxLength + 1, query: query)
    }
    var parser = State(query: query, lexemes: try lex(query), schema: schema)
    guard !parser.lexemes.isEmpty else { throw QueryError("empty query", column: 1, query: query) }
    let result = try parser.parseOr()
    if let extra = parser.peek {
      throw QueryError(extra.kind == .close ? "unmatched ')'" : "unexpected \(extra.text)", column: extra.column, query: query)
    }
    let distinct = result.deduplicated
    if let problem = QueryLimits.termsProblem(distinct.leafCount) { throw QueryError(problem, column: 1, query: query) }
    return distinct
  }

  struct Lexeme {
    enum Kind: Equatable { case open, close, and, or, not, term, phrase, field(Field) }
    var kind: Kind
    var text: String
    var column: Int
  }

  func lex(_ query: String) throws(QueryError) -> [Lexeme] {
    let chars = Array(query)
    var out: [Lexeme] = []
    var i = 0
    func isSpace(_ c: Character) -> Bool { c.isWhitespace }
    func isStop(_ c: Character) -> Bool { isSpace(c) || c == "(" || c == ")" || c == "\"" }
    func phrase(at start: Int) throws(QueryError) -> (String, Int) {
      var j = start + 1
      while j < chars.count, chars[j] != "\"" { j += 1 }
      guard j < chars.count else { throw QueryError("unterminated quote", column: start + 1, query: query) }
      let text = String(chars[(start + 1)..<j])
      guard !text.isEmpty else { throw QueryError("empty phrase", column: start + 1, query: query) }
      return (text, j + 1)
    }
    while i < chars.count {
      let c = chars[i]
      let column = i + 1
      if isSpace(c) {
        i += 1
      } else if c == "(" {
        out.append(Lexeme(kind: .open, text: "(", column: column)); i += 1
      } else if c == ")" {
        out.append(Lexeme(kind: .close, text: ")", column: column)); i += 1
      } else if c == "\"" {
        let (text, next) = try phrase(at: i)
        out.append(Lexeme(kind: .phrase, text: text, column: column))
        i = next
      } else if c == "-", i + 1 < chars.count, !isSpace(chars[i + 1]) {
        out.append(Lexeme(kind: .not, text: "-", column: column)); i += 1
      } else {
        var j = i
        while j < chars.count, !isStop(chars[j]) { j += 1 }
        let word = String(chars[i..<j])
        if let colon = word.firstIndex(where: { $0 == ":" || $0 == ":" }),
          word[..<colon].allSatisfy({ $0.isASCII && $0.isLetter }) || schema.isAlias(String(word[..<colon])),
          colon != word.startIndex
        {
          let name = String(word[..<colon])
          guard let field = schema.field(named: name) else {
            let known = schema.fields.map(\.name).joined(separator: " ")
            throw QueryError("unknown field '\(name)' (fields: \(known))", column: column, query: query)
          }
          var value = String(word[word.index(after: colon)...])
          i = j
          if value.isEmpty, i < chars.count, chars[i] == "\"" {
            let (text, next) = try phrase(at: i)
            value = text
            i = next
          }
          guard !value.isEmpty else { throw QueryError("no value after '\(name):'", column: column, query: query) }
          out.append(Lexeme(kind: .field(field), text: value, column: column))
          continue
        }
        switch word {
        case "AND": out.append(Lexeme(kind: .and, text: word, column: column))
        case "OR": out.append(Lexeme(kind: .or, text: word, column: column))
        case "NOT": out.append(Lexeme(kind: .not, text: word, column: column))
        default: out.append(Lexeme(kind: .term, text: word, column: column))
        }
        i = j
      }
    }
    return out
  }

  private struct State {
    let query: String
    let lexemes: [Lexeme]
    let schema: Schema
    var i = 0
    /// Open parentheses around the current position.
    var depth = 0

    init(query: String, lexemes: [Lexeme], schema: Schema) {
      self.query = query
      self.lexemes = lexemes
      self.schema = schema
    }

    var peek: Lexeme? { i < lexemes.count ? lexemes[i] : nil }
    var endColumn: Int { query.count + 1 }

    mutating func parseOr() throws(QueryError) -> Query {
      var items = [try parseAnd()]
      while let l = peek, l.kind == .or {
        i += 1
        guard peek != nil else { throw QueryError("expected a term after OR", column: endColumn, query: query) }
        items.append(try parseAnd())
      }
      return items.count == 1 ? items[0] : .or(items)
    }

    mutating func parseAnd() throws(QueryError) -> Query {
      var items = [try parseUnary()]
      while let l = peek, l.kind != .or, l.kind != .close {
        if l.kind == .and {
          i += 1
          guard peek != nil else { throw QueryError("expected a term after AND", column: endColumn, query: query) }
        }
        items.append(try parseUnary())
      }
      return items.count == 1 ? items[0] : .and(items)
    }

    /// NOT / - in a row, read in a loop: NOT NOT a is a, so a long chain nests nothing.
    mutating func parseUnary() throws(QueryError) -> Query {
      var negations = 0
      while let l = peek, l.kind == .not {
        i += 1
        guard peek != nil else { throw QueryError("expected a term after \(l.text)", column: endColumn, query: query) }
        negations += 1
      }
      let operand = try parsePrimary()
      return negations % 2 == 1 ? .not(operand) : operand
    }

    mutating func parsePrimary() throws(QueryError) -> Query {
      guard let l = peek else { throw QueryError("expected a term", column: endColumn, query: query) }
      i += 1
      switch l.kind {
      case .open:
        guard let next = peek, next.kind != .close else {
          throw QueryError("empty parentheses", column: l.column, query: query)
        }
        guard depth < QueryParser.maxDepth else {
          throw QueryError("parentheses nested deeper than \(QueryParser.maxDepth)", column: l.column, query: query)
        }
        depth += 1
        defer { depth -= 1 }
        let inner = try parseOr()
        guard let close = peek, close.kind == .close else {
          throw QueryError("'(' is never closed", column: l.column, query: query)
        }
        i += 1
        return inner
      case .close: throw QueryError("unmatched ')'", column: l.column, query: query)
      case .and, .or: throw QueryError("expected a term before \(l.text)", column: l.column, query: query)
      case .not: throw QueryError("expected a term after \(l.text)", column: l.column, query: query)
      case .term, .phrase: return .term(l.text)
      case .field(let field):
        return .filter(field, schema.queryValue(l.text, of: field))
      }
    }
  }
}
