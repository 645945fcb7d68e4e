import ArgumentParser
import Foundation
import ZhengceSearch

/// A memory budget on the command line: bytes, or a number with KB, MB or GB
/// (powers of 1024; `MiB` and a lone `M` are read the same).
struct MemorySize: ExpressibleByArgument, Sendable {
  let bytes: Int

  /// `IndexWriter.defaultMemoryBudget` (256MB).
  static let standard = MemorySize(bytes: IndexWriter.defaultMemoryBudget)

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
    let digits = text.prefix { $0.isNumber || $0 == "." }
    guard let number = Double(digits), number > 0 else { return nil }
    var unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
    if unit.hasSuffix("IB") { unit.removeLast(2) } else if unit.hasSuffix("B") { unit.removeLast() }
    let scale: Double
    switch unit {
    case "": scale = 1
    case "K": scale = 1024
    case "M": scale = 1_048_576
    case "G": scale = 1_073_741_824
    default: return nil
    }
    let bytes = number * scale
    guard bytes >= 1_048_576, bytes < Double(Int.max / 2) else { return nil }
    self.bytes = Int(bytes)
  }

  var defaultValueDescription: String { "256MB" }
}
