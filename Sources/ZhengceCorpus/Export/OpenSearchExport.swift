import Foundation
import ZhengceCore

/// `zhengce export --format opensearch`: a directory holding `index-template.json`
/// (`OpenSearchTemplate`) and `bulk.ndjson`, the `_bulk` request body: per
/// measure an `index` action line with its id, then its document line.
/// Both files are written beside their names and put in place on `commit`.
public final class OpenSearchExport: ExportWriter {
  public static let templateFile = "index-template.json"
  public static let bulkFile = "bulk.ndjson"

  private let bulk: AtomicFile
  private let template: AtomicFile
  private let encoder = JSONEncoder()

  /// Starts the files in `directory` (created if missing).
  public init(directory: String) throws(ExportError) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .output(path: directory, reason: "cannot create the directory (\(error.localizedDescription))")
    }
    bulk = try AtomicFile(target: directory + "/" + Self.bulkFile)
    template = try AtomicFile(target: directory + "/" + Self.templateFile)
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  }

  public func add(_ document: ParsedDocument) throws(ExportError) {
    var lines = ""
    for measure in document.measures {
      let action = "{\"index\":{\"_id\":\(ExportValue.jsonString(measure.id)),\"_index\":\"\(OpenSearchTemplate.index)\"}}\n"
      guard let source = try? encoder.encode(OpenSearchDocument(measure, of: document)) else {
        throw .output(path: bulk.target, reason: "measure \(measure.id) cannot be written as JSON")
      }
      lines += action + String(decoding: source, as: UTF8.self) + "\n"
    }
    try bulk.append(lines.utf8)
  }

  public func commit() throws(ExportError) {
    try template.append(OpenSearchTemplate.json.utf8)
    try template.commit()
    try bulk.commit()
  }

  public func discard() {
    bulk.discard()
    template.discard()
  }
}
