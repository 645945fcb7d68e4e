import Dispatch
import Foundation
import ZhengceCore
import ZhengceHTML
import ZhengceParser

/// Parses many files on every core, keeping input order.
public struct CorpusParser: Sendable {
  public var parser: Parser
  public var pluginID: String?
  /// Reads the web pages among the files, with its size limit.
  public var html: HTMLReader

  public init(parser: Parser, pluginID: String? = nil, html: HTMLReader = HTMLReader()) {
    self.parser = parser
    self.pluginID = pluginID
    self.html = html
  }

  /// One entry per path, in order: a parse result or the error that stopped the file.
  /// - Parameter ids: a document id per path (default: each file's stem).
  public func parse(_ paths: [String], ids: [String]? = nil) -> [Result<ParseResult, SourceError>] {
    parse(paths, ids: ids) { $0 }
  }

  /// One entry per path, in order: what `transform` made of the parse result
  /// (on the core that parsed it), or the error that stopped the file.
  public func parse<T: Sendable>(
    _ paths: [String], ids: [String]? = nil, _ transform: @Sendable (ParseResult) throws(SourceError) -> T
  ) -> [Result<T, SourceError>] {
    precondition(ids == nil || ids?.count == paths.count, "one id per path")
    let results = ConcurrentSlots<Result<T, SourceError>>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      let outcome: Result<T, SourceError>
      do throws(SourceError) {
        let source = try DocumentLoader.load(paths[i], html: html)
        outcome = .success(try transform(parser.parse(source, id: ids?[i], pluginID: pluginID)))
      } catch {
        outcome = .failure(error)
      }
      results.set(i, outcome)
    }
    return results.values.map { $0 ?? .failure(.unusable(path: "?", reason: "not parsed")) }
  }
}

