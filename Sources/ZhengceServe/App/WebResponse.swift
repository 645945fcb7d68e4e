/// What the app answers: status, media type, body and extra headers.
public struct WebResponse: Sendable {
  public var status: Int
  public var contentType: String
  public var body: [UInt8]
  /// Extra headers, e.g. `Content-Disposition` for downloads.
  public var headers: [(name: String, value: String)]

  public init(status: Int = 200, contentType: String, body: [UInt8], headers: [(name: String, value: String)] = []) {
    self.status = status
    self.contentType = contentType
    self.body = body
    self.headers = headers
  }

  static func html(_ page: HTML, status: Int = 200) -> WebResponse {
    WebResponse(status: status, contentType: "text/html; charset=utf-8", body: Array(page.source.utf8))
  }

  static func json(_ text: String, status: Int = 200) -> WebResponse {
    WebResponse(status: status, contentType: "application/json; charset=utf-8", body: Array(text.utf8))
  }

  /// A file to save: CSV or JSON Lines, named `filename` (ASCII).
  static func download(_ text: String, contentType: String, filename: String) -> WebResponse {
    WebResponse(
      contentType: contentType, body: Array(text.utf8),
      headers: [("Content-Disposition", "attachment; filename=\"\(filename)\"")])
  }

  /// The body as text (tests and logs).
  public var text: String { String(decoding: body, as: UTF8.self) }
}
