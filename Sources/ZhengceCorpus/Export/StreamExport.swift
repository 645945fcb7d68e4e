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

  public var prepare: @Sendable (ParsedDocument) -> ExportStream.Lines { { ExportStream.lines(of: $0) } }

  public func add(_ lines: ExportStream.Lines) throws(ExportError) {
    try output.write(stream.counting(lines))
  }

  public func commit() throws(ExportError) {
    try output.write(stream.end)
    try output.commit()
  }

  public func discard() { output.discard() }
}
