#include "file_content.h"

#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int read_all(int fd, struct file_content *out) {
  size_t capacity = 0;
  out->bytes = NULL;
  out->size = 0;
  for (;;) {
    grow_array((void **)&out->bytes, 1, out->size + 4096, &capacity);
    ssize_t got = read(fd, out->bytes + out->size, capacity - out->size);
    if (got < 0 && errno == EINTR)
      continue;
    if (got < 0)
      return -1;
    if (got == 0)
      return 0;
    out->size += (size_t)got;
  }
}

int read_file_content(const char *path, struct file_content *out) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  struct stat info;
  int status = fstat(fd, &info);
  if (status == 0 && !S_ISREG(info.st_mode)) {
    errno = EINVAL;
    status = -1;
  }
  if (status == 0) {
    out->mode = info.st_mode & 07777;
    status = read_all(fd, out);
  }
  int saved_errno = errno;
  close(fd);
  errno = saved_errno;
  return status;
}
