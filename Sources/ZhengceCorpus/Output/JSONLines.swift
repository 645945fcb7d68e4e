import Foundation

/// Record streams as JSON Lines: one compact object per line, keys sorted,
/// slashes unescaped. Every command that prints records uses it, so
/// `jq`, `pandas.read_json(lines=True)` and DuckDB read them all alike.
public enum JSONLines {
  public static func encode<Row: Encodable>(_ rows: [Row]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return rows.compactMap { row in (try? encoder.encode(row)).map { String(decoding: $0, as: UTF8.self) + "\n" } }.joined()
  }
}
