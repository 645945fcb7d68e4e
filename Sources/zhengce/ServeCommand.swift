import ArgumentParser
import ZhengceCore
import Foundation
import ZhengceCorpus
import ZhengceSearch
import ZhengceServe

/// `zhengce serve`: the web app over an index, on 127.0.0.1 unless told otherwise.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve a local web app: search, documents, task registers, comparisons, and a JSON API.",
    discussion: """
      Reads the index only; when `zhengce index` publishes a new generation of it, new requests use it \
      without a restart. Binds to 127.0.0.1 unless --host says otherwise.
      Example: zhengce serve --index ~/policies.idx --port 8080
      """)

  @Option(help: "Index directory (default: $ZHENGCE_INDEX, else the bundled corpus, indexed on first use).")
  var index: String?

  @Option(parsing: .unconditional, help: "TCP port.")
  var port = 8080

  @Option(help: "Address to bind; 0.0.0.0 serves other machines too.")
  var host = "127.0.0.1"

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
  }

  func run() async throws {
    QueryMemory.keepFreedBuffers()
    let registry: PluginRegistry
    do {
      registry = try PluginOptions.registry()
    } catch {
      throw fail("\(error)")
    }
    let directory = try indexDirectory(registry: registry)
    let live: LiveIndex
    do {
      live = try LiveIndex(directory: directory, parser: PluginOptions.parser(registry: registry))
    } catch {
      throw fail("\(error)")
    }
    let server = WebServer(app: WebApp(index: live, registry: registry), host: host, port: port)
    try await server.run { address in
      Console.note("serving \(directory) on http://\(address)/ (Ctrl-C stops)")
    }
  }

  private func indexDirectory(registry: PluginRegistry) throws -> String {
    let environment = Environment.current
    if let named = environment.namedIndex(index) { return named }
    do {
      _ = try IndexCache.bundledIndex(
        at: environment.cachedIndex, corpus: environment.bundledCorpus, indexer: PluginOptions.indexer(registry: registry),
        progress: Console.progressBar(label: "indexing bundled corpus"))
    } catch {
      throw fail("\(error)")
    }
    return environment.cachedIndex
  }
}
