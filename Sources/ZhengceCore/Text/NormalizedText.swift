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

  public init(scalars: [Unicode.Scalar], sourceIndex: [Int32]) {
    precondition(scalars.count == sourceIndex.count, "offset map must cover every scalar")
    self.scalars = scalars
    self.sourceIndex = sourceIndex
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars)
    self.text = String(s)
  }

  /// The text under `span`.
  public func slice(_ span: TextSpan) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[span.start..<span.end])
    return String(s)
  }
}
