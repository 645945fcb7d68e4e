import Foundation

/// The scoreboard of `zhengce check`, as aligned text for a terminal or as the
/// Markdown tables kept in the README (the same figures either way).
public struct ScoreboardRenderer: Sendable {
  public var report: CheckReport

  public init(report: CheckReport) {
    self.report = report
  }

  /// Label, right/checked and percent per line.
  public var fieldRows: [(String, Tally)] {
    var rows: [(String, Tally)] = []
    let labels: [(CheckField, String)] = [
      (.title, "title"), (.noticeTitle, "noticeTitle"), (.docNumber, "文号 (docNumber)"), (.date, "date"),
      (.issuers, "issuers"), (.province, "province"), (.city, "city"), (.county, "county"), (.level, "level"),
      (.genre, "kind of document (genre)"), (.path, "outline paths found"), (.hasMeasures, "documents with a measure"),
      (.quantityValue, "quantities: right value"), (.quantityFull, "quantities: fully right"),
      (.quantityDeadline, "quantities: right deadline"), (.quantityKind, "quantities: right kind"),
      (.quantitySubject, "quantities: right subject"), (.quantityPer, "quantities: right per-scope"),
    ]
    for (field, label) in labels { rows.append((label, report.tally(field))) }
    return rows
  }

  /// Per role: recall, precision and F1 of department attributions.
  public var departmentRows: [(role: String, recall: Tally, precision: Tally, f1: String)] {
    ["lead", "support", "responsible", "consulted"].map { role in
      let recall = report.tally(.department, role: role)
      let precision = report.precision(role: role)
      var f1 = "–"
      if let r = recall.fraction, let p = precision.fraction, r + p > 0 { f1 = String(format: "%.2f", 2 * r * p / (r + p)) }
      return (role, recall, precision, f1)
    }
  }

  public var text: String {
    var out = "\(report.documents.count) documents\n\n"
    let width = fieldRows.map { $0.0.count }.max() ?? 0
    for (label, tally) in fieldRows {
      out += label.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + "\(tally.right)/\(tally.checked)".leftPadded(9) + "  " + tally.percent.leftPadded(5) + " %\n"
    }
    out += "\ndepartments   recall        precision     F1\n"
    for row in departmentRows {
      out += row.role.padding(toLength: 14, withPad: " ", startingAt: 0)
        + "\(row.recall.right)/\(row.recall.checked)".padding(toLength: 14, withPad: " ", startingAt: 0)
        + "\(row.precision.right)/\(row.precision.checked)".padding(toLength: 14, withPad: " ", startingAt: 0)
        + row.f1 + "\n"
    }
    out += "\nby kind of document (% right)\n"
    let rows = kindRows
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      let cells = row.enumerated().map { column, cell in
        column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0) : cell.leftPadded(widths[column])
      }
      out += cells.joined(separator: "  ") + "\n"
    }
    return out
  }

  /// The README's "Real-world accuracy" tables.
  public var markdown: String {
    var out = "| field | right | checked | % |\n| --- | ---: | ---: | ---: |\n"
    for (label, tally) in fieldRows {
      out += "| \(label) | \(tally.right) | \(tally.checked) | \(tally.percent) |\n"
    }
    out += "\n| departments | recall | precision | F1 |\n| --- | ---: | ---: | ---: |\n"
    for row in departmentRows {
      out += "| \(row.role) | \(row.recall.right)/\(row.recall.checked) | \(row.precision.right)/\(row.precision.checked) | \(row.f1) |\n"
    }
    out += "\n"
    let rows = kindRows
    out += "| " + rows[0].joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: rows[0].count) + "\n"
    for row in rows.dropFirst() { out += "| " + row.joined(separator: " | ") + " |\n" }
    return out
  }

  /// A header row, then one row per kind of document: documents, then % right
  /// of the genre, metadata (title, noticeTitle, 文号, date, issuers), region, quantity values and fully right quantities.
  public var kindRows: [[String]] {
    var rows = [["kind", "documents", "genre %", "metadata %", "region %", "quantity values %", "quantities fully right %"]]
    for kind in report.kinds {
      rows.append([
        kind, String(report.documents.filter { $0.kind == kind }.count), report.tally(.genre, kind: kind).percent,
        report.tally(CheckField.metadata, kind: kind).percent, report.tally(CheckField.region, kind: kind).percent,
        report.tally(.quantityValue, kind: kind).percent, report.tally(.quantityFull, kind: kind).percent,
      ])
    }
    return rows
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
