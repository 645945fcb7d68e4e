#ifndef CLINUXEXTRAS_H
#define CLINUXEXTRAS_H

#include <sys/types.h>

/// Fixes glibc's heap thresholds: allocations above `mmap_threshold` bytes
/// are mapped on their own, and free heap beyond `trim_threshold` bytes is
/// handed back (a negative one is left as it is). Fixed, they no longer move
/// as large buffers are freed. 0 where there is no glibc.
int zhengce_fix_heap_thresholds(int mmap_threshold, int trim_threshold);

/// `copy_file_range(2)` from `in` (at `*offset`, which moves on) to `out` at its
/// file position; -1 with errno ENOSYS where the system has none.
ssize_t zhengce_copy_file_range(int in, off_t *offset, int out, size_t length);

#endif
