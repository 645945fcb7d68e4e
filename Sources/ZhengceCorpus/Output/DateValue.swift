/// A contract date (`2020`, `2020-06`, `2020-06-30`) as every table writes it:
/// a full ISO date and how much of it the text stated.
///
/// Why: a bare `2020` beside `2019-12-31` in one column is read by pandas and
/// Excel as 2020-01-01, which turns "by 2020" into its first day. A deadline
/// stands for the last day of the period it names (到2020年 → 2020-12-31), a
/// document's date for the first (2020年6月 → 2020-06-01); `precision` keeps
/// what was really written.
public struct DateValue: Sendable, Hashable, Codable {
  public enum Precision: String, Sendable, Hashable, Codable {
    case year, month, day
  }

  /// `YYYY-MM-DD`.
  public var date: String
  public var precision: Precision

  public init(date: String, precision: Precision) {
    self.date = date
    self.precision = precision
  }

  /// The period's last day: for deadlines and due dates.
  public static func deadline(_ text: String?) -> DateValue? { parse(text, lastDay: true) }

  /// The period's first day: for the dates documents are written on.
  public static func start(_ text: String?) -> DateValue? { parse(text, lastDay: false) }

  private static func parse(_ text: String?, lastDay: Bool) -> DateValue? {
    guard let text else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
    let numbers = parts.compactMap { $0 }
    let year = numbers[0]
    guard (1000...9999).contains(year) else { return nil }
    let month = numbers.count > 1 ? numbers[1] : (lastDay ? 12 : 1)
    guard (1...12).contains(month) else { return nil }
    let last = daysIn(month: month, year: year)
    let day = numbers.count > 2 ? numbers[2] : (lastDay ? last : 1)
    guard (1...last).contains(day) else { return nil }
    let precision: Precision = numbers.count == 1 ? .year : numbers.count == 2 ? .month : .day
    return DateValue(date: "\(year)-\(twoDigits(month))-\(twoDigits(day))", precision: precision)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
