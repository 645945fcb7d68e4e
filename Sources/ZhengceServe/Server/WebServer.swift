import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `zhengce serve`'s HTTP side: Hummingbird turns each GET into a
/// `WebRequest` for the `WebApp` and its `WebResponse` back into HTTP. The
/// app's work runs on Dispatch's pool, away from the server's event loops,
/// and a request that takes longer than the limit is answered 503 while
/// the work finishes on its own. Only GET and HEAD are served: the app is read-only.
public struct WebServer: Sendable {
  public var app: WebApp
  public var host: String
  public var port: Int

  public init(app: WebApp, host: String = "127.0.0.1", port: Int = 8080) {
    self.app = app
    self.host = host
    self.port = port
  }

  /// Serves until the process is stopped (SIGINT/SIGTERM end it gracefully).
  /// - Parameter onStart: called with the address once the socket is bound.
  public func run(onStart: @escaping @Sendable (String) -> Void) async throws {
    let app = self.app
    let seconds = app.limits.secondsPerRequest
    let responder = CallbackResponder<BasicRequestContext> { request, _ in
      guard request.method == .get || request.method == .head else {
        return Self.response(WebResponse(status: 405, contentType: "text/plain; charset=utf-8", body: Array("GET only\n".utf8)))
      }
      let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
      guard target.utf8.count <= 8_192, let webRequest = WebRequest(target: target) else {
        return Self.response(WebResponse(status: 400, contentType: "text/plain; charset=utf-8", body: Array("bad request target\n".utf8)))
      }
      return Self.response(await Self.answer(webRequest, app: app, seconds: seconds))
    }
    let application = Application(
      responder: responder,
      configuration: .init(address: .hostname(host, port: port), serverName: "zhengce"),
      onServerRunning: { channel in onStart("\(host):\(channel.localAddress?.port ?? port)") })
    try await application.runService()
  }

  /// The app's answer, or 503 when it takes longer than `seconds`.
  static func answer(_ request: WebRequest, app: WebApp, seconds: Double) async -> WebResponse {
    await withCheckedContinuation { (continuation: CheckedContinuation<WebResponse, Never>) in
      let once = Once(continuation)
      DispatchQueue.global().async { once.resume(app.respond(request)) }
      DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
        once.resume(WebResponse(status: 503, contentType: "text/plain; charset=utf-8", body: Array("request took too long\n".utf8)))
      }
    }
  }

  /// Sent with every answer: no sniffing, no script, nothing loaded from elsewhere, no framing.
  static let securityHeaders: [(name: String, value: String)] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"),
    ("Referrer-Policy", "no-referrer"),
  ]

  static func response(_ web: WebResponse) -> Response {
    var headers: HTTPFields = [.contentType: web.contentType]
    for (name, value) in securityHeaders + web.headers {
      if let field = HTTPField.Name(name) { headers[field] = value }
    }
    return Response(
      status: HTTPResponse.Status(code: web.status), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: web.body)))
  }
}

/// Resumes a continuation once, with whichever answer comes first.
private final class Once: @unchecked Sendable {
  private let lock = NSLock()
  private var continuation: CheckedContinuation<WebResponse, Never>?

  init(_ continuation: CheckedContinuation<WebResponse, Never>) { self.continuation = continuation }

  func resume(_ response: WebResponse) {
    let c = lock.withLock { () -> CheckedContinuation<WebResponse, Never>? in
      defer { continuation = nil }
      return continuation
    }
    c?.resume(returning: response)
  }
}
