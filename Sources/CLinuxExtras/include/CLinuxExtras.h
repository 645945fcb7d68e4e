#ifndef CLINUXEXTRAS_H
#define CLINUXEXTRAS_H

#include <sys/types.h>

/// Fixes glibc's mmap threshold at `bytes` (it otherwise rises as large
/// buffers are freed, after which they stay in the heap); 0 where there is no glibc.
int zhengce_fix_mmap_threshold(int bytes);

/// Serves allocations of up to `largest` bytes from the heap and keeps up to
/// `keep` bytes of freed heap before handing it back: for a process that
/// allocates and frees the same large lists query after query; 0 where
/// there is no glibc.
int zhengce_keep_freed_buffers(int largest, int keep);

/// `copy_file_range(2)` from `in` (at `*offset`, which moves on) to `out` at its
/// file position; -1 with errno ENOSYS where the system has none.
ssize_t zhengce_copy_file_range(int in, off_t *offset, int out, size_t length);

#endif
