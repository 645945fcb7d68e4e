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
  /// - Complexity: O(n) in the term's scalars: a piece grows in a buffer of its
  ///   own and is filed once it ends (growing it inside the array copied the
  ///   array's last element on every scalar, which made long terms quadratic).
  public static func fragments(_ term: String) -> [Fragment] {
    var out: [Fragment] = []
    var word: [UInt8] = []
    var chars: [UInt32] = []
    var start = 0
    func flush() {
      if !word.isEmpty { out.append(Fragment(kind: .word(String(decoding: word, as: UTF8.self)), offset: start)) }
      if !chars.isEmpty { out.append(Fragment(kind: .chars(chars), offset: start)) }
      word.removeAll(keepingCapacity: true)
      chars.removeAll(keepingCapacity: true)
    }
    var offset = 0
    for original in term.unicodeScalars {
      let scalar = Unicode.Scalar(ScriptRunTokenizer.script.fold(original.value)) ?? original
      if let byte = ScriptRunTokenizer.wordByte(scalar.value) {
        if word.isEmpty { flush(); start = offset }
        word.append(byte)
      } else {
        if chars.isEmpty { flush(); start = offset }
        chars.append(scalar.value)
      }
      offset += 1
    }
    flush()
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
