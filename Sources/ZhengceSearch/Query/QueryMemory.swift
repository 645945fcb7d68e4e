import CLinuxExtras

/// How a process that answers many queries should set glibc's allocator.
///
/// A query allocates lists as long as its matches (hundreds of thousands of
/// entries for a common term) and frees them when it answers. glibc serves
/// such lists by mmap, or from a heap it trims as soon as enough is free, so
/// the next query touches fresh pages again: at one million measures, 300
/// queries of `贫困村` took 517,000 page faults (0.76 s of system time) where
/// 7,000 would do. The search commands and the web app call this once; the
/// library never does on its own, as it changes the whole process.
public enum QueryMemory {
  /// Keeps freed buffers of up to 32 MB in the heap, and up to 256 MB of free heap.
  public static func keepFreedBuffers() { _ = zhengce_fix_heap_thresholds(32 << 20, 256 << 20) }
}
