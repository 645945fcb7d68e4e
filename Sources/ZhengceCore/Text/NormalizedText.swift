/// A document's text after normalisation, with a map back to the decoded text.
///
/// Every offset of the contract (measure spans) counts Unicode scalars of `text`.
public struct NormalizedText: Sendable {
  /// The normalised text: one paragraph a line, chrome removed.
  public let text: String
  /// The same text as scalars, for offset arithmetic.
  public let scalars: [Unicode.Scalar]
  /// For each scalar of `text`, the index of the decoded scalar it came from.
  public let sourceIndex: [Int32]

  /// For each scalar (and the end), its UTF-8 offset in `text`.
  private let utf8Offsets: [Int32]

  public init(scalars: [Unicode.Scalar], sourceIndex: [Int32]) {
    precondition(scalars.count == sourceIndex.count, "offset map must cover every scalar")
    self.scalars = scalars
    self.sourceIndex = sourceIndex
    // One pass encodes the text and records where each scalar starts in it.
    var offsets = [Int32](repeating: 0, count: scalars.count + 1)
    self.text = offsets.withUnsafeMutableBufferPointer { offsets in
      String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
        guard let out = buffer.baseAddress else { return 0 }
        var n = 0
        for (k, u) in scalars.enumerated() {
          offsets[k] = Int32(truncatingIfNeeded: n)
          n &+= u.writeUTF8(to: out + n)
        }
        offsets[scalars.count] = Int32(truncatingIfNeeded: n)
        return n
      }
    }
    utf8Offsets = offsets
  }

  /// The text under `span` (copied from `text` without re-validating it).
  public func slice(_ span: TextSpan) -> String {
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[span.start]))
    let to = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[span.end]))
    return String(text[from..<to])
  }
}
