import Foundation
import ZhengceCore
import ZhengceCorpus

/// `zhengce parse --json --stdin`: one contract line out per record line in,
/// in order, flushed at once, so that the program fits Spark's `RDD.pipe` and
/// any engine that streams lines through a program. A line that fails gets an
/// error record in its place (and a `zhengce: stdin:N: …` line on stderr);
/// blank lines are skipped and get none.
struct RecordStream {
  var parser: CorpusParser
  let encoder: JSONEncoder

  /// The line in place of a document that could not be parsed.
  struct ErrorRecord: Encodable {
    var schemaVersion = ParsedDocument.currentSchemaVersion
    var id: String?
    var line: Int
    var error: String

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(schemaVersion, forKey: .schemaVersion)
      try c.encode(id, forKey: .id)
      try c.encode(line, forKey: .line)
      try c.encode(error, forKey: .error)
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, id, line, error }
  }

  /// Reads standard input to its end.
  /// - Returns: false when any record failed.
  func run() throws -> Bool {
    var ok = true
    var number = 0
    while let line = readLine(strippingNewline: true) {
      number += 1
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      let out: Data
      do {
        out = try encoder.encode(try parse(line))
      } catch let failure as Failure {
        ok = false
        Console.error("stdin:\(number): \(failure.message)")
        out = try encoder.encode(ErrorRecord(id: failure.id, line: number, error: failure.message))
      }
      FileHandle.standardOutput.write(out + Data("\n".utf8))
    }
    return ok
  }

  private struct Failure: Error {
    var id: String?
    var message: String
  }

  private func parse(_ line: String) throws(Failure) -> ParsedDocument {
    let record: DocumentRecord
    do { record = try DocumentRecord(line: line) } catch { throw Failure(id: error.id, message: error.description) }
    do {
      let source = try record.load(html: parser.html)
      return parser.parser.parse(source, id: record.id, pluginID: parser.pluginID).document
    } catch {
      throw Failure(id: record.id ?? SourceText.stem(of: record.name), message: error.description)
    }
  }
}
