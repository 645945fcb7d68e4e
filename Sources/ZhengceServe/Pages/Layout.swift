/// The frame of every page: header with the three sections, the language
/// switch, the stylesheet inline (no file is fetched, nothing from a CDN).
enum Layout {
  static func page(_ title: String, labels: Labels, request: WebRequest, section: String, body: HTML) -> HTML {
    let sections: [(path: String, name: String)] = [("/", labels.search), ("/tasks", labels.tasks), ("/compare", labels.compare)]
    let nav = sections.map { s -> HTML in
      let current: HTML = s.path == section ? " aria-current=\"page\"" : ""
      return "<a href=\"\(Link.to(s.path, langParameter(labels.language)))\"\(current)>\(s.name)</a>"
    }
    var switched = request.parameters.filter { $0.name != "lang" }.map { ($0.name, Optional($0.value)) }
    if labels.otherLanguage == .en { switched.append(("lang", "en")) }
    return """
      <!DOCTYPE html>
      <html lang="\(labels.htmlLang)"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title) · \(labels.appName)</title>
      <style>\(Stylesheet.css)</style></head>
      <body><header><a class="brand" href="\(Link.to("/", langParameter(labels.language)))">\(labels.appName)</a>
      <nav>\(nav)</nav><a class="lang" href="\(Link.to(request.path, switched))">\(labels.switchLanguage)</a></header>
      <main>\(body)</main></body></html>
      """
  }

  static func langParameter(_ language: Language) -> [(String, String?)] { language == .en ? [("lang", "en")] : [] }

  /// A page saying what went wrong, with the status it is sent with.
  static func error(_ error: WebError, labels: Labels, request: WebRequest) -> HTML {
    let heading = error.status == 404 ? labels.notFound : labels.badRequest
    return page(heading, labels: labels, request: request, section: "", body: "<h1>\(heading)</h1><p class=\"error\">\(error.message)</p>")
  }
}

/// The one stylesheet, embedded in the binary.
enum Stylesheet {
  static let css: HTML = """
    body{margin:0;font:15px/1.6 "Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#f6f7f9}
    header{display:flex;gap:1.5em;align-items:center;padding:.6em 1.5em;background:#8b1a1a;color:#fff}
    header a{color:#fff;text-decoration:none}header .brand{font-weight:700;font-size:1.2em}
    header nav{display:flex;gap:1em;flex:1}header nav a[aria-current]{border-bottom:2px solid #fff}
    main{max-width:1200px;margin:0 auto;padding:1em 1.5em}
    form.bar{display:flex;gap:.5em;flex-wrap:wrap;margin:.5em 0 1em}form.bar input[type=search],form.bar input[type=text]{flex:1;min-width:18em;padding:.45em .6em;font-size:1em;border:1px solid #bbb;border-radius:4px}
    button,select{padding:.4em .9em;font-size:1em}
    .layout{display:grid;grid-template-columns:230px 1fr;gap:1.5em}
    aside h3{font-size:.95em;margin:1em 0 .3em;color:#555}aside ul{list-style:none;margin:0;padding:0}aside li a{text-decoration:none;color:#0b57d0}
    .count{color:#777;font-size:.85em;margin-left:.3em}
    .chips a{display:inline-block;background:#e8eefc;border-radius:1em;padding:.1em .7em;margin:0 .3em .3em 0;text-decoration:none;color:#0b3d91}
    ol.hits{list-style:none;padding:0}ol.hits li{background:#fff;border:1px solid #e3e5e8;border-radius:6px;padding:.7em 1em;margin:0 0 .7em}
    .hit-title{font-weight:600}.meta{color:#666;font-size:.88em}mark{background:#ffe08a;padding:0 1px}
    .pager{display:flex;gap:1em;align-items:center}
    .doc{display:grid;grid-template-columns:280px 1fr;gap:1.5em}.toc{position:sticky;top:0;max-height:95vh;overflow:auto;font-size:.9em}
    .toc ul{padding-left:1em;margin:0}.measure{background:#fff;border:1px solid #e3e5e8;border-radius:6px;padding:.7em 1em;margin:0 0 .8em}
    .measure:target,.measure.focus{border:2px solid #d4a017;background:#fffbea}.measure .text{white-space:pre-wrap}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.facts dt{color:#666}
    table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #dde;padding:.35em .6em;vertical-align:top;text-align:left}th{background:#f0f2f5}
    td.num{text-align:right;white-space:nowrap}.role{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.85em;background:#eef}
    .role-lead{background:#fde2e2}.role-support{background:#e2f0fd}.role-responsible{background:#e7f7e2}
    .error{color:#a00}.note{color:#666}svg text{font-family:inherit}
    @media (max-width:800px){.layout,.doc{grid-template-columns:1fr}}
    """
}
