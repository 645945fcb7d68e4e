/// Where a term of several grams starts in one document: the positions at
/// which every gram lines up, intersected straight from the packed
/// positions of cursors that all stand on that document. The list is
/// scratch space, reused from one document to the next.
final class MatchStarts {
  private var capacity = 64
  /// The starts found by the last `intersect`, in increasing order.
  private(set) var starts: UnsafeMutablePointer<Int32>

  init() { starts = .allocate(capacity: capacity) }

  deinit { starts.deallocate() }

  /// Intersects the positions of the cursors `members[range]` of `cursors`
  /// (each less its shift, `shifts[range]`: the gram's offset in the term,
  /// negated) on their current document; returns how many starts they
  /// share, which `starts` then holds.
  @inline(__always)
  func intersect(_ cursors: [PostingCursor], _ members: [Int], _ shifts: [Int32], _ range: Range<Int>) -> Int {
    // The cursors are read in place: a copy of one retains its decoded block.
    let lead = members[range.lowerBound]
    var n = Int(cursors[lead].freq)
    if n > capacity {
      starts.deallocate()
      capacity = n * 2
      starts = .allocate(capacity: capacity)
    }
    let starts = self.starts
    let shift0 = shifts[range.lowerBound]
    for i in 0..<n { starts[i] = cursors[lead].position(i) + shift0 }
    for c in (range.lowerBound + 1)..<range.upperBound where n > 0 {
      let m = members[c]
      let f = Int(cursors[m].freq)
      let shift = shifts[c]
      var j = 0
      var v = cursors[m].position(0) + shift
      var w = 0
      for i in 0..<n {
        let s = starts[i]
        while v < s {
          j += 1
          if j == f { break }
          v = cursors[m].position(j) + shift
        }
        if j == f { break }
        if v == s {
          starts[w] = s
          w += 1
        }
      }
      n = w
    }
    return n
  }
}
