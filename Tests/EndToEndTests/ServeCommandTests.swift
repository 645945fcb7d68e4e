import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce serve` starts, says where it listens, and answers over HTTP until stopped.
@Suite struct ServeCommandTests {
  @Test func serveListensAndAnswersTheSearchAPI() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-serve-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let index = scratch.appendingPathComponent("index").path
    let built = try CommandRunner.run(["index", "corpus", "--index", index])
    #expect(built.status == 0, "\(built.stderr)")

    let server = Process()
    server.executableURL = try CommandRunner.binary()
    server.arguments = ["serve", "--index", index, "--port", "0"]
    let err = Pipe()
    server.standardError = err
    server.standardOutput = FileHandle.nullDevice
    try server.run()
    defer { server.terminate(); server.waitUntilExit() }

    // The line naming the address comes within seconds; read until it does.
    var said = ""
    let deadline = Date().addingTimeInterval(30)
    while !said.contains("serving "), Date() < deadline, server.isRunning {
      let chunk = err.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      said += String(decoding: chunk, as: UTF8.self)
    }
    let address = try #require(said.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression).map { String(said[$0]) }, "\(said)")
    // curl, as a user would; Foundation on Linux reads no http URLs without FoundationNetworking.
    let curl = Process()
    curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    curl.arguments = ["curl", "-sS", "--max-time", "20", address + "api/search?q=%E6%98%93%E5%9C%B0%E6%89%B6%E8%B4%AB%E6%90%AC%E8%BF%81"]
    let out = Pipe()
    curl.standardOutput = out
    try curl.run()
    let body = out.fileHandleForReading.readDataToEndOfFile()
    curl.waitUntilExit()
    let answer = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    #expect((answer["total"] as? Int ?? 0) > 0, "\(answer)")
  }
}
