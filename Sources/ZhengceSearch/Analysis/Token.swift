/// What kind of term a token is.
public enum TokenKind: Sendable, Hashable {
  /// One or two scalars of the character stream: an overlapping bigram, or the
  /// unigram that closes a run (a lone character is a run of one).
  case gram
  /// A run of ASCII letters and digits (full-width forms folded), lowercased.
  case word
}

/// One analysed term with where it came from. Positions are scalar offsets
/// into the analysed text, so a token's position is also its highlight start.
public struct Token: Sendable, Hashable, CustomStringConvertible {
  public var kind: TokenKind
  /// The term as indexed: the gram's scalars, or the folded word.
  public var term: String
  /// Scalar offset of the first scalar, which is also the token's position.
  public var start: Int
  /// Scalar offset just past the token.
  public var end: Int

  public init(kind: TokenKind, term: String, start: Int, end: Int) {
    self.kind = kind
    self.term = term
    self.start = start
    self.end = end
  }

  public var description: String { "\(term)@\(start)-\(end)" }
}
