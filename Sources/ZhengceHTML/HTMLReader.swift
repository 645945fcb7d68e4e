import Foundation
import ZhengceCore

/// Reads a saved web page as a document: decodes it (meta charset honoured,
/// UTF-8/GB18030 detected), parses it with libxml2 (recovery on, no network, no
/// entities, no DTD), finds the article, drops the page chrome, and reads the
/// info block into `MetadataHints`.
public struct HTMLReader: Sendable {
  /// Bounds on what a page may cost.
  public struct Limits: Sendable {
    /// Largest page read, in bytes; larger files are refused with a clear error.
    public var maxBytes: Int

    public init(maxBytes: Int = 32 << 20) {
      self.maxBytes = maxBytes
    }

    /// The variable that raises (or lowers) `maxBytes`, in whole megabytes.
    public static let environmentKey = "ZHENGCE_HTML_MAX_MB"

    /// The default limits, with `maxBytes` from `environment`'s
    /// `$ZHENGCE_HTML_MAX_MB` when it is a whole number of megabytes from 1 to
    /// 4096. The caller hands the variables over (the command line reads them
    /// once); nothing here reads the process environment.
    public static func fromEnvironment(_ environment: [String: String]) -> Limits {
      guard let text = environment[environmentKey], let megabytes = Int(text), (1...4096).contains(megabytes) else {
        return Limits()
      }
      return Limits(maxBytes: megabytes << 20)
    }
  }

  public var limits: Limits

  public init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// The article of the page in `bytes` as a `SourceText` with format `.html`.
  /// - Throws: `SourceError` naming `path` when the page is too large, undecodable,
  ///   unparsable or has no text.
  public func read(bytes: [UInt8], path: String) throws(SourceError) -> SourceText {
    guard bytes.count <= limits.maxBytes else {
      throw .unusable(
        path: path,
        reason: "HTML page is \(Self.megabytes(bytes.count)) MB, over the \(Self.megabytes(limits.maxBytes)) MB limit "
          + "(raise it with \(Limits.environmentKey)=MEGABYTES)")
    }
    let decoded = try CharsetDetector.decode(bytes, path: path)
    guard let tree = LibXMLParser.parse(Array(decoded.text.utf8)) else {
      throw .unusable(path: path, reason: "libxml2 could not read the HTML page")
    }
    if tree.isFrameset {
      // The noframes text is a fallback ("your browser does not support frames"), not the document.
      throw .unusable(path: path, reason: "HTML frame page (<frameset>); its text is in the frames: \(Self.list(tree.frameSources))")
    }
    let page = ArticleExtractor(tree: tree).extract()
    guard !page.text.isEmpty else {
      let frames = tree.frameSources.isEmpty ? "" : "; it embeds \(Self.list(tree.frameSources))"
      throw .unusable(path: path, reason: "HTML page has no readable text\(frames)")
    }
    return SourceText(
      path: path, format: .html, encoding: decoded.encoding, sha256: SHA256.hex(bytes), text: page.text,
      hints: page.hints, replacements: decoded.replacements)
  }

  /// Whether `bytes` look like an HTML page: the first markup in the first 4 KB
  /// is a doctype, `<html>`, `<head>`, `<body>` or `<meta>`.
  public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    var head = Array(bytes.prefix(4096))
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
    let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    guard let start = lower.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
      lower[start] == UInt8(ascii: "<")
    else { return false }
    for marker in ["<!doctype html", "<html", "<head", "<body", "<meta"] {
      let m = Array(marker.utf8)
      if lower.indices.contains(where: { i in lower[i] == m[0] && lower[i...].starts(with: m) }) { return true }
    }
    return false
  }

  /// `a.htm, b.htm`, or `none named` for an empty list.
  private static func list(_ sources: [String]) -> String {
    sources.isEmpty ? "none named" : sources.joined(separator: ", ")
  }

  private static func megabytes(_ n: Int) -> String {
    let tenths = (n * 10 + (1 << 19)) >> 20
    return "\(tenths / 10).\(tenths % 10)"
  }
}
