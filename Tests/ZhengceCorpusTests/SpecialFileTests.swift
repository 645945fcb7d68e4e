import Foundation
import Testing
import ZhengceCore
import ZhengceCorpus

/// FIFOs and devices among the files: refused by name, never opened, so nothing blocks.
@Suite struct SpecialFileTests {
  @Test func aFIFOOrADeviceIsNotARegularFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-fifo-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
    #expect(throws: SourceError.unreadable(path: dir + "/pipe.txt", reason: "not a regular file")) {
      try FileBytes.read(dir + "/pipe.txt")
    }
    #expect(throws: SourceError.unreadable(path: "/dev/zero", reason: "not a regular file")) {
      try FileBytes.read("/dev/zero")
    }
  }

  @Test func walkingAFolderWithAnExtensionlessFIFODoesNotWaitForAWriter() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zc-fifo-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(mkfifo(dir + "/pipe", 0o644) == 0)
    try "一、总体要求".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    // On a regression the walk blocks in open(2); wait for it on another thread, not forever.
    let done = DispatchSemaphore(value: 0)
    let found = LockedPaths()
    Thread.detachNewThread {
      found.set(CorpusFiles.expand([dir]))
      done.signal()
    }
    #expect(done.wait(timeout: .now() + 10) == .success)
    #expect(found.get() == [dir + "/a.txt"])
  }
}

private final class LockedPaths: @unchecked Sendable {
  private let lock = NSLock()
  private var paths: [String] = []
  func set(_ value: [String]) { lock.withLock { paths = value } }
  func get() -> [String] { lock.withLock { paths } }
}
