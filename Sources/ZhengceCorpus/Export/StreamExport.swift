import ZhengceCore

/// `zhengce export --format stream`: every table in one typed JSON Lines stream (`ExportStream`).
public final class StreamExport: ExportWriter {
  private let output: TextOutput
  private var stream = ExportStream()

  /// - Parameter output: a file to replace, or nil for standard output.
  public init(output: String?) throws(ExportError) {
    self.output = try TextOutput(path: output)
    try self.output.write(stream.header)
  }

  public func add(_ document: ParsedDocument) throws(ExportError) {
    try output.write(stream.lines(of: document))
  }

  public func commit() throws(ExportError) {
    try output.write(stream.end)
    try output.commit()
  }

  public func discard() { output.discard() }
}
