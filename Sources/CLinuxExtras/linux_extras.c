#define _GNU_SOURCE
#include "CLinuxExtras.h"
#include <errno.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int zhengce_fix_heap_thresholds(int mmap_threshold, int trim_threshold) {
#if defined(__GLIBC__)
  if (trim_threshold >= 0 && !mallopt(M_TRIM_THRESHOLD, trim_threshold)) return 0;
  return mallopt(M_MMAP_THRESHOLD, mmap_threshold);
#else
  (void)mmap_threshold;
  (void)trim_threshold;
  return 0;
#endif
}

ssize_t zhengce_copy_file_range(int in, off_t *offset, int out, size_t length) {
#if defined(__linux__)
  return copy_file_range(in, offset, out, NULL, length, 0);
#else
  (void)in; (void)offset; (void)out; (void)length;
  errno = ENOSYS;
  return -1;
#endif
}
