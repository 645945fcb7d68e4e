import Foundation
import ZhengceCorpus
import ZhengceSearch
@testable import ZhengceServe

/// The bundled corpus plus one hostile document, indexed once per test
/// process into a temporary directory, and a `WebApp` over it.
enum ServedCorpus {
  /// A document whose title and measure carry markup, as a scraped page might.
  static let hostileText = """
    关于<img src=x onerror=alert(1)>加强扶贫资金管理的通知
    一、加强资金监管。<script>alert("measure")</script>各县市区要建立扶贫资金公告公示制度。(省财政厅牵头负责)
    二、强化绩效考核。"><svg onload=alert(2)> 将资金使用纳入考核。(省扶贫办牵头负责)

    """

  static let directory: String = {
    let base = NSTemporaryDirectory() + "zhengce-serve-tests-\(getpid())"
    let documents = base + "/docs"
    try? FileManager.default.createDirectory(atPath: documents, withIntermediateDirectories: true)
    for file in CorpusFiles.expand([CorpusFiles.bundledDirectory() ?? "corpus"]) {
      try? FileManager.default.copyItem(atPath: file, toPath: documents + "/" + (file as NSString).lastPathComponent)
    }
    _ = FileManager.default.createFile(atPath: documents + "/hostile.txt", contents: Data(hostileText.utf8))
    _ = try? CorpusIndexer(parser: CorpusParser(parser: PluginSetup.parser()), builder: "serve-tests").update(IndexDirectory(path: base + "/index"), paths: [documents])
    return base
  }()

  static let app: WebApp? = {
    guard let registry = try? PluginSetup.registry(pluginDirectories: []), let parser = try? PluginSetup.parser(),
      let live = try? LiveIndex(directory: directory + "/index", parser: CorpusParser(parser: parser))
    else { return nil }
    return WebApp(index: live, registry: registry)
  }()

  static func get(_ target: String) -> WebResponse? {
    guard let app, let request = WebRequest(target: target) else { return nil }
    return app.respond(request)
  }

  static func json(_ target: String) -> [String: Any]? {
    guard let response = get(target) else { return nil }
    return (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
  }

  /// `path?q=value` with the value percent-encoded.
  static func target(_ path: String, _ name: String, _ value: String) -> String {
    Link.to(path, [(name, value)])
  }
}
