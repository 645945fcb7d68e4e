import CLibXML2
import Foundation

/// libxml2's HTML parser, configured for untrusted pages: recovery on, no network,
/// no DTD loading, no entity expansion, no messages on stderr.
enum LibXMLParser {
  /// Recover from broken markup, forbid network access, stay quiet, and ignore the
  /// page's own charset (we transcode to UTF-8 first). Never NOENT or DTDLOAD.
  /// HUGE lifts libxml2's depth limit of 256, past which it drops the rest of the
  /// page; size stays bounded by `HTMLReader.Limits`, and every walk here iterates.
  static let options = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
      | XML_PARSE_HUGE.rawValue)

  /// Elements whose content is never page text; their subtrees are not copied.
  static let skippedElements: Set<String> = [
    "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "math",
    "select", "textarea", "button", "input", "canvas", "audio", "video", "map", "head",
  ]

  /// Parses UTF-8 `bytes` into a `PageTree`; nil when libxml2 returns no document.
  static func parse(_ bytes: [UInt8]) -> PageTree? {
    initialize()
    zc_xml_silence()
    let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
      buf.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
      }
    }
    guard let doc else { return nil }
    defer { xmlFreeDoc(doc) }
    var tree = PageTree()
    tree.documentTitle = title(of: doc)
    guard let first = doc.pointee.children else { return tree }
    copy(from: first, into: &tree)
    return tree
  }

  /// Walks libxml2's tree with its parent/next links (no recursion) and copies
  /// elements and text into `tree`.
  private static func copy(from first: xmlNodePtr, into tree: inout PageTree) {
    var parents: [Int32] = [PageTree.root]
    var node: xmlNodePtr? = first
    while let current = node {
      var descend = false
      let parent = parents[parents.count - 1]
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        let tag = name(of: current)
        if tag == "frameset" { tree.isFrameset = true }
        if tag == "frame" || tag == "iframe", tree.frameSources.count < 8, let src = source(of: current) {
          tree.frameSources.append(src)
        }
        if !skippedElements.contains(tag) {
          let a = attributes(of: current)
          let index = tree.append(
            PageTree.Node(
              tag: tag, text: "", idClass: a.idClass, hidden: a.hidden, rowSpan: a.rowSpan, colSpan: a.colSpan,
              parent: parent))
          if current.pointee.children != nil {
            parents.append(index)
            descend = true
          }
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          tree.append(PageTree.Node(tag: "", text: String(cString: content), idClass: "", hidden: false, parent: parent))
        }
      case XML_ENTITY_REF_NODE:
        // An entity libxml2 did not expand stays visible as written, never resolved.
        tree.append(PageTree.Node(tag: "", text: "&" + name(of: current) + ";", idClass: "", hidden: false, parent: parent))
      default:
        break
      }
      if descend {
        node = current.pointee.children
        continue
      }
      var cursor: xmlNodePtr? = current
      while let c = cursor, c.pointee.next == nil {
        cursor = c.pointee.parent
        if cursor == nil || parents.count == 1 { return }
        parents.removeLast()
      }
      node = cursor?.pointee.next
    }
  }

  private static func name(of node: xmlNodePtr) -> String {
    guard let name = node.pointee.name else { return "" }
    return String(cString: name).lowercased()
  }

  /// The `src` of a frame, trimmed and cut to 200 characters; nil when absent or empty.
  private static func source(of node: xmlNodePtr) -> String? {
    var attr = node.pointee.properties
    while let a = attr {
      defer { attr = a.pointee.next }
      guard let rawName = a.pointee.name, String(cString: rawName).lowercased() == "src",
        let content = a.pointee.children?.pointee.content
      else { continue }
      var value = String.UnicodeScalarView()
      for u in String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.prefix(200) {
        value.append(u.properties.isWhitespace || u.value < 0x20 ? " " : u)  // one line, whatever the page holds
      }
      return value.isEmpty ? nil : String(value)
    }
    return nil
  }

  private static let usedAttributes: Set<String> = ["id", "class", "style", "hidden", "rowspan", "colspan"]

  /// The attributes the reader uses; spans are clamped so a hostile `colspan=99999` stays cheap.
  private static func attributes(of node: xmlNodePtr) -> (idClass: String, hidden: Bool, rowSpan: Int32, colSpan: Int32) {
    var idClass = ""
    var hidden = false
    var rowSpan: Int32 = 1
    var colSpan: Int32 = 1
    var attr = node.pointee.properties
    while let a = attr {
      defer { attr = a.pointee.next }
      guard let rawName = a.pointee.name else { continue }
      let attrName = String(cString: rawName).lowercased()
      guard usedAttributes.contains(attrName) else { continue }  // never copy a long src/href/data-* value
      let value = a.pointee.children?.pointee.content.map { String(cString: $0).lowercased() } ?? ""
      switch attrName {
      case "id", "class":
        idClass += idClass.isEmpty ? value : " " + value
      case "style":
        let compact = value.filter { $0 != " " }
        if compact.contains("display:none") || compact.contains("visibility:hidden") { hidden = true }
      case "hidden":
        hidden = true
      case "rowspan":
        rowSpan = min(max(Int32(value.filter(\.isNumber).prefix(6)) ?? 1, 1), 1000)
      case "colspan":
        colSpan = min(max(Int32(value.filter(\.isNumber).prefix(6)) ?? 1, 1), 50)
      default:
        break
      }
    }
    return (idClass, hidden, rowSpan, colSpan)
  }

  /// Text of the first `<title>` element under `<head>`.
  private static func title(of doc: htmlDocPtr) -> String {
    var node = doc.pointee.children
    // html → head → title, at most a few levels; iterate over siblings only.
    var depth = 0
    while let n = node, depth < 4 {
      if n.pointee.type == XML_ELEMENT_NODE {
        let tag = name(of: n)
        if tag == "title" {
          guard let text = xmlNodeGetContent(n) else { return "" }
          defer { zc_xmlFree(text) }
          return String(cString: text)
        }
        if tag == "html" || tag == "head" {
          node = n.pointee.children
          depth += 1
          continue
        }
      }
      node = n.pointee.next
    }
    return ""
  }

  private static let initOnce: Void = { xmlInitParser() }()
  private static func initialize() { _ = initOnce }
}
