import Foundation
import ZhengceCore
import ZhengceHTML

/// Reads one file as a document: decoding, and the HTML path for web pages.
public enum DocumentLoader {
  /// File name endings always read as HTML pages.
  public static let htmlExtensions: Set<String> = ["html", "htm", "shtml", "xhtml"]

  /// Reads and decodes `path`: `.html`/`.htm` files, files without an
  /// extension whose content is HTML, and text that holds a page's markup
  /// (`MarkupInText`) go through `HTMLReader`.
  /// - Throws: `SourceError` naming the file and the problem.
  /// - Parameter html: the page reader and its limits (the command line's honour `$ZHENGCE_HTML_MAX_MB`).
  public static func load(_ path: String, html: HTMLReader = HTMLReader()) throws(SourceError) -> SourceText {
    try load(bytes: try FileBytes.read(path), path: path, html: html)
  }

  /// Reads bytes that came from elsewhere (a stream, a cluster's storage) as the
  /// document at `path`: its extension, or its content when it has none, says
  /// whether it is an HTML page, and `path` names it in the result and errors.
  public static func load(bytes: [UInt8], path: String, html: HTMLReader = HTMLReader()) throws(SourceError) -> SourceText {
    let ext = (path as NSString).pathExtension.lowercased()
    if htmlExtensions.contains(ext) || (ext.isEmpty && HTMLReader.looksLikeHTML(bytes)) {
      return try html.read(bytes: bytes, path: path)
    }
    let text = try SourceText.plainText(bytes: bytes, path: path)
    guard MarkupInText.holdsMarkup(text.text) else { return text }
    // Read as a page, but named, hashed and decoded as the file it is.
    var page = try html.read(bytes: Array(MarkupInText.page(text.text).utf8), path: path)
    page.encoding = text.encoding
    page.sha256 = text.sha256
    page.replacements = text.replacements
    return page
  }

  /// Whether the regular file at `path` starts like an HTML page (reads its first 4 KB).
  public static func isHTMLFile(_ path: String) -> Bool {
    FileBytes.head(path, limit: 4096).map(HTMLReader.looksLikeHTML) ?? false
  }
}
