import Foundation
import Testing
import ZhengceTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `zhengce index` while another process holds the index's writer lock: it
/// waits and says so, or with `--no-wait` stops at once without writing.
@Suite struct IndexLockCommandTests {
  @Test func aSecondWriterWaitsOrStops() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let records = try StressRecords.write(.hunan, in: scratch)
    let index = scratch.path + "/index"
    let first = try CommandRunner.run(["index", "--records", records, "--index", index])
    #expect(first.status == 0, "\(first.stderr)")

    let fd = open(index + "/LOCK", O_RDWR)
    try #require(fd >= 0 && flock(fd, LOCK_EX) == 0)
    let refused = try CommandRunner.run(["index", "--records", records, "--index", index, "--no-wait"])
    #expect(refused.status == 1)
    #expect(refused.stderr == "zhengce: \(index): another zhengce is writing this index (without --no-wait, wait for it)\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: index).sorted() == ["CURRENT", "LOCK", "gen-000001"])

    let release = DispatchTime.now() + 1
    DispatchQueue.global().asyncAfter(deadline: release) { close(fd) }
    let waited = try CommandRunner.run(["index", "--records", records, "--index", index])
    #expect(DispatchTime.now() >= release)
    #expect(waited.status == 0)
    #expect(waited.stderr.hasPrefix("waiting for another zhengce writing the index \(index)\nindexed "), "\(waited.stderr)")
    #expect(try String(contentsOfFile: index + "/CURRENT", encoding: .utf8) == "gen-000002\n")
  }
}
