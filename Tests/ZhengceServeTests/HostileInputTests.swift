import Foundation
import Testing
@testable import ZhengceServe

/// Hostile queries and documents: every answer is a page or JSON with a
/// 2xx/4xx status, markup from a query or a document is only ever shown
/// escaped, no request path reaches the disk, and the app answers normally after.
@Suite struct HostileInputTests {
  static let queries = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE measures; --", "((((((((((",
    String(repeating: "(", count: 400), "province:<svg/onload=alert(1)>", "\"unclosed phrase", "-", "OR OR AND NOT",
    "dept:", "\u{0}\u{1}\u{FFFF}", String(repeating: "扶贫", count: 300), "../../../../etc/passwd", "topic:教育扶贫 -(-(-(x)))",
  ]

  static let markup = ["<script", "<img src=x", "<svg/onload", "<svg onload"]

  @Test(arguments: ["/", "/api/search", "/tasks", "/api/tasks", "/compare", "/api/compare", "/document", "/tasks.csv"])
  func hostileQueriesAreAnsweredSafely(path: String) throws {
    for query in Self.queries {
      for name in ["q", "dept", "topic", "id", "province", "year", "page", "limit", "role", "sort", "hl"] {
        let response = try #require(ServedCorpus.get(ServedCorpus.target(path, name, query)))
        #expect([200, 400, 404].contains(response.status), "\(path) \(name)=\(query): \(response.status)")
        for bad in Self.markup {
          #expect(!response.text.contains(bad), "\(path) \(name)=\(query) echoed \(bad)")
        }
      }
    }
    let normal = try #require(ServedCorpus.json(ServedCorpus.target("/api/search", "q", "易地扶贫搬迁")))
    #expect((normal["total"] as? Int ?? 0) > 0)
  }

  @Test func documentMarkupIsShownEscaped() throws {
    let search = try #require(ServedCorpus.get(ServedCorpus.target("/", "q", "公告公示")))
    #expect(search.text.contains("&lt;script&gt;alert(&quot;measure&quot;)&lt;/script&gt;"))
    let page = try #require(ServedCorpus.get(ServedCorpus.target("/document", "id", "hostile")))
    #expect(page.status == 200)
    // The title as parsed: the normaliser drops the spaces between CJK and Latin.
    #expect(page.text.contains("<h1>关于&lt;imgsrc=xonerror=alert(1)&gt;加强扶贫资金管理的通知</h1>"))
    for bad in Self.markup { #expect(!page.text.contains(bad)) }
    let tasks = try #require(ServedCorpus.get(ServedCorpus.target("/tasks", "dept", "省财政厅")))
    #expect(tasks.text.contains("&lt;script&gt;"))
    for bad in Self.markup { #expect(!tasks.text.contains(bad)) }
  }

  @Test func requestPathsNeverReachTheDisk() throws {
    for id in ["../../../../etc/passwd", "/etc/passwd", "hostile/../../x", "%2e%2e%2fetc%2fpasswd"] {
      #expect(ServedCorpus.get(ServedCorpus.target("/document", "id", id))?.status == 404)
      #expect(ServedCorpus.get("/api/documents/" + Link.encode(id))?.status == 404)
    }
    #expect(ServedCorpus.get("/static/../../etc/passwd")?.status == 404)
  }

  @Test func limitsAreEnforced() {
    let long = String(repeating: "扶", count: ServeLimits().queryLength + 1)
    #expect(ServedCorpus.get(ServedCorpus.target("/api/search", "q", long))?.status == 400)
    #expect(ServedCorpus.get("/api/search?q=x&limit=100000")?.status == 400)
    #expect(ServedCorpus.get("/api/search?q=x&page=-1")?.status == 400)
    #expect(WebRequest(target: "/?q=%ZZ") == nil)
  }
}
