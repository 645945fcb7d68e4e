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
    self.text = String(scalars: scalars)
    var offsets = [Int32]()
    offsets.reserveCapacity(scalars.count + 1)
    var offset: Int32 = 0
    for u in scalars {
      offsets.append(offset)
      offset += Int32(UTF8.width(u))
    }
    offsets.append(offset)
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
