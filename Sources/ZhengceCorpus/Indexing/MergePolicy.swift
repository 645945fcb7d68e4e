/// Decides, after an update is published, which of the index's newest
/// segments to merge into one, so that the segments a search walks stay few
/// and a merge rewrites little.
///
/// Segments are merged only as a tail (the newest ones), which keeps records
/// in order. Past `mostSegments` the tail grows from the newest two while the
/// segment before it holds less than twice the tail's records: small updates
/// merge with each other, and a segment is rewritten again only once the
/// segments after it together hold about half its size, so each record is
/// rewritten a logarithmic number of times, not at every update. When more
/// than a quarter of the records are deleted the whole index is merged, which
/// drops them.
public struct MergePolicy: Sendable, Hashable {
  /// Segments an index may hold before the newest ones are merged.
  public var mostSegments: Int

  public init(mostSegments: Int = 8) {
    self.mostSegments = mostSegments
  }

  /// The first segment of the tail to merge into one (0: all of them), or nil
  /// to leave the segments as they are.
  /// - Parameter segments: each segment's records, and those not deleted, oldest first.
  public func tail(_ segments: [(records: Int, live: Int)]) -> Int? {
    let slots = segments.reduce(0) { $0 + $1.records }
    let live = segments.reduce(0) { $0 + $1.live }
    if (slots - live) * 4 > slots { return 0 }
    let n = segments.count
    guard n > mostSegments else { return nil }
    var start = n - 2
    var size = segments[n - 2].live + segments[n - 1].live
    while start > 0, segments[start - 1].live < 2 * size {
      start -= 1
      size += segments[start].live
    }
    return start
  }
}
