extension String.UTF8View {
  /// Whether the bytes end with `suffix`'s: an exact suffix test for names, without
  /// the grapheme walk and normalisation of `String.hasSuffix`.
  @inlinable
  public func ends(with suffix: String.UTF8View) -> Bool {
    guard suffix.count <= count else { return false }
    return self[index(endIndex, offsetBy: -suffix.count)...].elementsEqual(suffix)
  }
}
