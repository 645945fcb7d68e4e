import ZhengceCore

/// Draws an outline as an indented tree, for golden-string comparisons:
/// ```
/// document
/// └─ 三 "保障措施"
///    └─ (一) "加强组织领导"
/// ```
public enum OutlineDump {
  public static func render(_ blocks: [Block]) -> String {
    var lines = ["document"]
    func walk(_ blocks: [Block], _ prefix: String) {
      for (k, b) in blocks.enumerated() {
        let last = k == blocks.count - 1
        lines.append("\(prefix)\(last ? "└─ " : "├─ ")\(b.marker.label) \"\(b.title)\"")
        walk(b.children, prefix + (last ? "   " : "│  "))
      }
    }
    walk(blocks, "")
    return lines.joined(separator: "\n")
  }
}
