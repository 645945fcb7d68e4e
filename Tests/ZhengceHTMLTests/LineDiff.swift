/// The first place two line lists differ, readable in a test failure; nil when equal.
func firstDifference(_ actual: [String], _ expected: [String]) -> String? {
  for i in 0..<max(actual.count, expected.count) {
    let a = i < actual.count ? actual[i] : "<none>"
    let e = i < expected.count ? expected[i] : "<none>"
    if a != e { return "line \(i): got \(a.prefix(80)) | expected \(e.prefix(80)) (\(actual.count) vs \(expected.count) lines)" }
  }
  return nil
}
