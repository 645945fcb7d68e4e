import Foundation

/// The processor cores this process may use, read once.
///
/// On Linux, Foundation's `ProcessInfo.activeProcessorCount` reads the cgroup
/// files (`cpu.cfs_quota_us`, `cpuset.cpus`) at every call: eight system
/// calls, about 10 µs, which a search that asks once per query paid on every
/// query (a fifth of a small index's filtered search).
public enum Cores {
  public static let available = ProcessInfo.processInfo.activeProcessorCount
}
