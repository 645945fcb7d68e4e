#define _GNU_SOURCE
#include "CLinuxExtras.h"
#include <errno.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int zhengce_fix_mmap_threshold(int bytes) {
#if defined(__GLIBC__)
  return mallopt(M_MMAP_THRESHOLD, bytes);
#else
  (void)bytes;
  return 0;
#endif
}

int zhengce_keep_freed_buffers(int largest, int keep) {
#if defined(__GLIBC__)
  return mallopt(M_MMAP_THRESHOLD, largest) && mallopt(M_TRIM_THRESHOLD, keep);
#else
  (void)largest;
  (void)keep;
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
