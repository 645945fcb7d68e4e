import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The clocks a benchmark reads: wall time, and CPU time of a thread or the
/// process (the machine is shared, so wall time alone overstates).
public enum BenchClock {
  /// Monotonic wall time, nanoseconds.
  public static func wall() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// CPU time of this thread (or, with `CLOCK_PROCESS_CPUTIME_ID`, of every thread), nanoseconds.
  public static func cpu(_ clock: clockid_t = CLOCK_THREAD_CPUTIME_ID) -> UInt64 {
    var t = timespec()
    clock_gettime(clock, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }

  /// Milliseconds from `start` to `end` nanoseconds.
  public static func milliseconds(_ start: UInt64, _ end: UInt64) -> Double { Double(end - start) / 1e6 }
}
