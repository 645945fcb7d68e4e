import ZhengceScript

/// The analyzer shared by the index and the query parser.
///
/// Text → tokens: overlapping bigrams over the character stream (Han and
/// everything else that is not a letter or digit), a unigram closing each run
/// (so a lone Han character is a unigram), and folded words for letter/digit
/// runs; Traditional characters fold to Simplified. See `ScriptRunTokenizer`
/// for why every scalar starts one term.
public enum Analyzer {
  /// All tokens of `text` with their offsets.
  public static func tokens(_ text: String) -> [Token] {
    var out: [Token] = []
    ScriptRunTokenizer.scan(
      text,
      gram: { key, position in
        let (a, b) = ScriptRunTokenizer.gramScalars(key)
        out.append(Token(kind: .gram, term: gramText(a, b), start: position, end: position + (b == nil ? 1 : 2)))
      },
      word: { bytes, position, length in
        out.append(Token(kind: .word, term: String(decoding: bytes, as: UTF8.self), start: position, end: position + length))
      })
    return out
  }

  /// A query term split into maximal pieces of one kind, with their offsets in the term.
  public static func fragments(_ term: String) -> [Fragment] {
    var out: [Fragment] = []
    var offset = 0
    for original in term.unicodeScalars {
      let scalar = Unicode.Scalar(ScriptRunTokenizer.script.fold(original.value)) ?? original
      if let byte = ScriptRunTokenizer.wordByte(scalar.value) {
        if case .word(let w)? = out.last?.kind {
          out[out.count - 1].kind = .word(w + String(UnicodeScalar(byte)))
        } else {
          out.append(Fragment(kind: .word(String(UnicodeScalar(byte))), offset: offset))
        }
      } else if case .chars(let c)? = out.last?.kind {
        out[out.count - 1].kind = .chars(c + [scalar.value])
      } else {
        out.append(Fragment(kind: .chars([scalar.value]), offset: offset))
      }
      offset += 1
    }
    return out
  }

  /// `text` folded the way the index folds it (words to lowercase ASCII, Traditional
  /// characters to Simplified); same length in scalars.
  public static func folded(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    let script = ScriptRunTokenizer.script
    for s in text.unicodeScalars {
      if let b = ScriptRunTokenizer.wordByte(s.value) {
        scalars.append(UnicodeScalar(b))
      } else {
        scalars.append(Unicode.Scalar(script.fold(s.value)) ?? s)
      }
    }
    return String(scalars)
  }

  static func gramText(_ a: UInt32, _ b: UInt32?) -> String {
    var s = String.UnicodeScalarView()
    s.append(UnicodeScalar(a) ?? "\u{FFFD}")
    if let b { s.append(UnicodeScalar(b) ?? "\u{FFFD}") }
    return String(s)
  }
}

/// A maximal piece of a query term that is all character stream or all word.
public struct Fragment: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case chars([UInt32])
    case word(String)
  }
  public var kind: Kind
  /// Scalar offset of the fragment in the term.
  public var offset: Int
  public var length: Int {
    switch kind {
    case .chars(let c): return c.count
    case .word(let w): return w.utf8.count
    }
  }
}
