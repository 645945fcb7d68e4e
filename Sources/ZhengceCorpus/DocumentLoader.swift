import Foundation
import ZhengceCore

/// Reads one file as a document: decoding, and the HTML path for web pages.
public enum DocumentLoader {
  /// Reads and decodes `path`.
  /// - Throws: `SourceError` naming the file and the problem.
  public static func load(_ path: String) throws(SourceError) -> SourceText {
    let bytes = try FileBytes.read(path)
    return try SourceText.plainText(bytes: bytes, path: path)
  }
}
